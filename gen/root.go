package gen

import (
	"slices"

	"github.com/awslabs/goformation/v7/cloudformation"
	cfn "github.com/awslabs/goformation/v7/cloudformation/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/s3"
	"github.com/dockstack/dockstack/model"
)

// Root builds the root stack: the network, auth and API stacks nested with
// relative TemplateURLs, which `aws cloudformation package` (and dockstack
// deploy) replace with uploaded copies.
func Root(b *model.Backend, ext string) *Template {
	t := NewTemplate("dockstack root stack of " + b.Project.Name + ": network, storage, auth and container API stacks")
	t.AddParameter("env", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The environment name")})
	t.AddParameter("DeploymentBucketName", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The deployment bucket made by the bootstrap stack")})
	for _, api := range b.APIs {
		t.AddParameter(DesiredCountParam(APIStackID(api.Name)), cloudformation.Parameter{Type: "Number", Default: "0", MinValue: cloudformation.Float64(0),
			Description: cloudformation.String("Tasks of the " + api.Name + " service. dockstack deploy sets it from the running service (never lower) and the API's replicas once its images exist; 0 until then. Plain `aws cloudformation deploy` keeps the previous value when this is not overridden")})
		if !S3Source(&api) {
			continue
		}
		t.AddParameter(ZipPathParam(APIStackID(api.Name)), cloudformation.Parameter{Type: "String",
			Description: cloudformation.String("Key of the " + api.Name + " source bundle in the deployment bucket")})
	}
	t.Add(NetworkStackID, "Network: VPC, ECS cluster, VPC link, Cloud Map namespace", &cfn.Stack{
		TemplateURL: networkFile(ext),
		Parameters:  map[string]string{"env": cloudformation.Ref("env")},
	})
	for _, tbl := range b.Tables {
		t.Add(storageStackID(tbl.Name), "Storage "+tbl.Name+": DynamoDB table", &cfn.Stack{
			TemplateURL: storageFile(tbl.Name, ext),
			Parameters:  map[string]string{"env": cloudformation.Ref("env")},
		})
	}
	for _, a := range b.Auth {
		t.Add(authStackID(a.Name), "Auth "+a.Name+": Cognito user pool", &cfn.Stack{
			TemplateURL: authFile(a.Name, ext),
			Parameters:  map[string]string{"env": cloudformation.Ref("env")},
		})
	}
	for i := range b.APIs {
		api := &b.APIs[i]
		params := map[string]string{
			"env":           cloudformation.Ref("env"),
			"rootStackName": cloudformation.Ref("AWS::StackName"),
			"DesiredCount":  cloudformation.Ref(DesiredCountParam(APIStackID(api.Name))),
		}
		if Builds(api) {
			params["deploymentBucketName"] = cloudformation.Ref("DeploymentBucketName")
		}
		if S3Source(api) {
			params["ParamZipPath"] = cloudformation.Ref(ZipPathParam(APIStackID(api.Name)))
		}
		for _, o := range NetworkOutputs {
			params["NetworkStack"+o] = cloudformation.GetAtt(NetworkStackID, "Outputs."+o)
		}
		for _, v := range b.InjectedVars(api) {
			if v.Table != "" {
				params[storageStackID(v.Table)+v.Attr] = cloudformation.GetAtt(storageStackID(v.Table), "Outputs."+v.Attr)
			}
		}
		if api.RestrictAccess {
			for _, attr := range []string{"UserPoolId", "AppClientIDWeb"} {
				params[authStackID(api.AuthName)+attr] = cloudformation.GetAtt(authStackID(api.AuthName), "Outputs."+attr)
			}
		}
		t.Add(APIStackID(api.Name), "Container API "+api.Name, &cfn.Stack{TemplateURL: apiFile(api.Name, ext), Parameters: params})
	}
	if b.Hosting != nil {
		hostingStack(t, b, ext)
	}
	// Each nested stack's ID, so that deploy reads every output from the root
	// stack's description and one description per nested stack.
	for _, id := range t.resources {
		t.AddOutput(NestedStackOutput(id), cloudformation.Output{Description: cloudformation.String("Stack ID of " + id), Value: cloudformation.Ref(id)})
	}
	if slices.ContainsFunc(b.Envs, model.Environment.MadeByAmplify) {
		amplifyRoot(t)
	}
	return t
}

// DesiredCountParam is the root parameter holding the task count of the
// service in the nested stack with that logical ID (an API's or the site's).
func DesiredCountParam(stack string) string { return stack + "DesiredCount" }

// HostingParam is the root parameter the hosting stack's parameter name
// takes its value from (Domain, CertificateArn ...).
func HostingParam(name string) string { return HostingStackID + name }

// ZipPathParam is the root parameter holding the key of that stack's source bundle.
func ZipPathParam(stack string) string { return stack + "ParamZipPath" }

// NestedStackOutput is the root output holding a nested stack's ID.
func NestedStackOutput(logicalID string) string { return logicalID + "StackId" }

// ArtifactDays is how long pipeline artifacts and old source bundles are kept.
const ArtifactDays = 7

// Bootstrap builds the deployment bucket's stack, created before everything
// else: versioned (the pipeline's S3 source needs it), encrypted, private,
// sending events to EventBridge (which starts the pipelines), with lifecycle
// rules that expire pipeline artifacts and old versions. The bucket is retained.
func Bootstrap() *Template {
	t := NewTemplate("dockstack bootstrap: the deployment bucket for templates, source bundles and pipeline artifacts")
	t.AddParameter("DeploymentBucketName", cloudformation.Parameter{Type: "String", Description: cloudformation.String("Name of the deployment bucket")})
	bucket, policy := deploymentBucket()
	bucket.AWSCloudFormationDeletionPolicy = "RetainExceptOnCreate"
	t.Add("DeploymentBucket", "Deployment bucket: templates, source bundles, pipeline artifacts", bucket)
	t.Add("DeploymentBucketPolicy", "Refuses requests that do not use TLS", policy)
	t.AddOutput("DeploymentBucketName", cloudformation.Output{Description: cloudformation.String("Deployment bucket name"), Value: cloudformation.Ref("DeploymentBucket")})
	return t
}

// deploymentBucket is the deployment bucket and its TLS-only policy: versioned
// (the pipeline's S3 source needs it), encrypted, private, sending events to
// EventBridge (which starts the pipelines), with lifecycle rules that expire
// pipeline artifacts and old versions. The bucket is retained.
// Both templates that hold it (bootstrap, and the root of an environment
// Amplify made) name it by their DeploymentBucketName parameter.
func deploymentBucket() (*s3.Bucket, *s3.BucketPolicy) {
	bucket := &s3.Bucket{
		BucketName:              cloudformation.String(cloudformation.Ref("DeploymentBucketName")),
		VersioningConfiguration: &s3.Bucket_VersioningConfiguration{Status: "Enabled"},
		BucketEncryption: &s3.Bucket_BucketEncryption{ServerSideEncryptionConfiguration: []s3.Bucket_ServerSideEncryptionRule{{
			ServerSideEncryptionByDefault: &s3.Bucket_ServerSideEncryptionByDefault{SSEAlgorithm: "AES256"},
		}}},
		PublicAccessBlockConfiguration: &s3.Bucket_PublicAccessBlockConfiguration{
			BlockPublicAcls: cloudformation.Bool(true), BlockPublicPolicy: cloudformation.Bool(true),
			IgnorePublicAcls: cloudformation.Bool(true), RestrictPublicBuckets: cloudformation.Bool(true),
		},
		OwnershipControls:         &s3.Bucket_OwnershipControls{Rules: []s3.Bucket_OwnershipControlsRule{{ObjectOwnership: cloudformation.String("BucketOwnerEnforced")}}},
		NotificationConfiguration: &s3.Bucket_NotificationConfiguration{EventBridgeConfiguration: &s3.Bucket_EventBridgeConfiguration{EventBridgeEnabled: true}},
		LifecycleConfiguration: &s3.Bucket_LifecycleConfiguration{Rules: []s3.Bucket_Rule{
			{Id: cloudformation.String("ExpirePipelineArtifacts"), Status: "Enabled", Prefix: cloudformation.String(ArtifactPrefix), ExpirationInDays: cloudformation.Int(ArtifactDays)},
			{Id: cloudformation.String("ExpireOldVersions"), Status: "Enabled",
				NoncurrentVersionExpiration:    &s3.Bucket_NoncurrentVersionExpiration{NoncurrentDays: ArtifactDays},
				AbortIncompleteMultipartUpload: &s3.Bucket_AbortIncompleteMultipartUpload{DaysAfterInitiation: 1}},
		}},
		AWSCloudFormationDeletionPolicy:      "Retain",
		AWSCloudFormationUpdateReplacePolicy: "Retain",
	}
	policy := &s3.BucketPolicy{
		Bucket: cloudformation.Ref("DeploymentBucket"),
		PolicyDocument: map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{
			"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
			"Resource":  []string{cloudformation.GetAtt("DeploymentBucket", "Arn"), cloudformation.Join("", []string{cloudformation.GetAtt("DeploymentBucket", "Arn"), "/*"})},
			"Condition": map[string]any{"Bool": map[string]any{"aws:SecureTransport": "false"}},
		}}},
	}
	return bucket, policy
}

// hostingStack nests the hosting site, with the parameters that differ by
// environment (domain, zone) and those deploy looks up (certificate, prefix list).
func hostingStack(t *Template, b *model.Backend, ext string) {
	param := func(id, desc, def string) {
		t.AddParameter(HostingParam(id), cloudformation.Parameter{Type: "String", Description: cloudformation.String(desc), Default: def})
	}
	t.AddParameter(DesiredCountParam(HostingStackID), cloudformation.Parameter{Type: "Number", Default: "0", MinValue: cloudformation.Float64(0),
		Description: cloudformation.String("Tasks of the hosting site, as for an API's DesiredCount")})
	param("ParamZipPath", "Key of the site's source bundle in the deployment bucket", "") // ZipPathParam(HostingStackID)
	param("Domain", "The site's domain in this environment", "")
	param("HostedZoneId", "Route53 hosted zone of the domain; empty when the DNS records are made by hand", "")
	t.AddParameter(HostingParam("CertificateArn"), cloudformation.Parameter{Type: "String",
		Description: cloudformation.String("CertificateArn output of the hosting-certificate stack (in us-east-1)")})
	t.AddParameter(HostingParam("CloudFrontPrefixListId"), cloudformation.Parameter{Type: "String",
		Description: cloudformation.String("aws ec2 describe-managed-prefix-lists --filters Name=prefix-list-name,Values=com.amazonaws.global.cloudfront.origin-facing")})
	param("WebACLArn", "An AWS WAF web ACL (scope CLOUDFRONT); empty for none", "")
	params := map[string]string{
		"env":                    cloudformation.Ref("env"),
		"rootStackName":          cloudformation.Ref("AWS::StackName"),
		"DesiredCount":           cloudformation.Ref(DesiredCountParam(HostingStackID)),
		"deploymentBucketName":   cloudformation.Ref("DeploymentBucketName"),
		"ParamZipPath":           cloudformation.Ref(ZipPathParam(HostingStackID)),
		"domain":                 cloudformation.Ref(HostingParam("Domain")),
		"hostedZoneId":           cloudformation.Ref(HostingParam("HostedZoneId")),
		"CertificateArn":         cloudformation.Ref(HostingParam("CertificateArn")),
		"CloudFrontPrefixListId": cloudformation.Ref(HostingParam("CloudFrontPrefixListId")),
		"WebACLArn":              cloudformation.Ref(HostingParam("WebACLArn")),
	}
	for _, o := range NetworkOutputs {
		params["NetworkStack"+o] = cloudformation.GetAtt(NetworkStackID, "Outputs."+o)
	}
	for _, v := range b.InjectedVars(&b.Hosting.Site) {
		if v.Table != "" {
			params[storageStackID(v.Table)+v.Attr] = cloudformation.GetAtt(storageStackID(v.Table), "Outputs."+v.Attr)
		}
	}
	if h := b.Hosting; h.RestrictAccess {
		for _, attr := range []string{"UserPoolId", "UserPoolArn", "HostedUIDomain"} {
			params[authStackID(h.AuthName)+attr] = cloudformation.GetAtt(authStackID(h.AuthName), "Outputs."+attr)
		}
	}
	t.Add(HostingStackID, "Hosting site: Fargate behind a load balancer and CloudFront", &cfn.Stack{TemplateURL: "hosting." + ext, Parameters: params})
}
