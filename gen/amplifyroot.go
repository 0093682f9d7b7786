package gen

import (
	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/iam"
	"github.com/dockstack/dockstack/model"
)

// An environment `amplify init` made has a root stack holding the deployment
// bucket and two roles (AuthRole, UnauthRole). dockstack adopts it: the root
// template keeps those resources under their logical IDs, with Amplify's
// outputs and exports, when the environment's parameters name the roles (the
// AmplifyEnvironment condition), so updating Amplify's root stack removes
// nothing of Amplify's. Environments dockstack made have no such resources:
// their bucket is in the bootstrap stack.

const amplifyCondition = "AmplifyEnvironment"

// amplifyRoot adds Amplify's root resources, conditional, to the root template.
func amplifyRoot(t *Template) {
	for _, p := range []string{"AuthRoleName", "UnauthRoleName"} {
		t.AddParameter(p, cloudformation.Parameter{Type: "String", Default: "",
			Description: cloudformation.String("Environments made by `amplify init`: the name of Amplify's " + p[:len(p)-4] + " (from team-provider-info.json); empty otherwise")})
	}
	t.CF.Conditions[amplifyCondition] = map[string]any{"Fn::Not": []any{map[string]any{"Fn::Equals": []any{map[string]any{"Ref": "AuthRoleName"}, ""}}}}
	bucket, policy := deploymentBucket()
	bucket.AWSCloudFormationCondition = amplifyCondition
	policy.AWSCloudFormationCondition = amplifyCondition
	// As Amplify's names the bucket (by the parameter), so the policy is updated, not replaced.
	policy.Bucket = cloudformation.Ref("DeploymentBucketName")
	policy.AWSCloudFormationDependsOn = []string{"DeploymentBucket"}
	t.Add("DeploymentBucket", "Deployment bucket of the environment Amplify made (adopted, kept)", bucket)
	t.Add("DeploymentBucketBlockHTTP", "Refuses requests that do not use TLS (Amplify's logical ID)", policy)
	for _, role := range []string{"AuthRole", "UnauthRole"} {
		t.Add(role, "Amplify's "+role+" (adopted, kept as Amplify made it)", &iam.Role{
			RoleName: cloudformation.String(cloudformation.Ref(role + "Name")),
			AssumeRolePolicyDocument: map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{
				"Sid": "", "Effect": "Deny", "Principal": map[string]any{"Federated": "cognito-identity.amazonaws.com"},
				"Action": "sts:AssumeRoleWithWebIdentity",
			}}},
			AWSCloudFormationCondition: amplifyCondition,
		})
	}
	out := func(id, value string, export bool) {
		o := cloudformation.Output{Value: value, Condition: cloudformation.String(amplifyCondition)}
		if export { // other stacks may import these, as Amplify exported them
			o.Export = &cloudformation.Export{Name: cloudformation.Sub("${AWS::StackName}-" + id)}
		}
		t.AddOutput(id, o)
	}
	out("Region", cloudformation.Ref("AWS::Region"), true)
	out("StackName", cloudformation.Ref("AWS::StackName"), true)
	out("StackId", cloudformation.Ref("AWS::StackId"), true)
	out("DeploymentBucketName", cloudformation.Ref("DeploymentBucketName"), true)
	out("AuthRoleArn", cloudformation.GetAtt("AuthRole", "Arn"), false)
	out("UnauthRoleArn", cloudformation.GetAtt("UnauthRole", "Arn"), false)
	out("AuthRoleName", cloudformation.Ref("AuthRole"), false)
	out("UnauthRoleName", cloudformation.Ref("UnauthRole"), false)
}

// amplifyParameters are the root parameters of an environment Amplify made.
func amplifyParameters(env model.Environment, p map[string]string) {
	if env.MadeByAmplify() {
		p["AuthRoleName"], p["UnauthRoleName"] = env.AuthRoleName, env.UnauthRoleName
	}
}
