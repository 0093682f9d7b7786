package gen

import (
	"maps"
	"slices"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/cognito"
	"github.com/awslabs/goformation/v7/cloudformation/iam"
	"github.com/dockstack/dockstack/model"
)

// Auth builds a Cognito auth stack: a user pool (retained: it holds the users)
// and a web client without a secret, with the outputs Amplify's names.
func Auth(a *model.Auth) *Template {
	t := NewTemplate("dockstack auth " + a.Name + ": Cognito user pool and web client")
	t.AddParameter("env", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The environment name; it names the user pool")})
	pool := &cognito.UserPool{
		UserPoolName:           cloudformation.String(cloudformation.Sub(literal(a.UserPoolName) + "-${env}")),
		UsernameAttributes:     a.SignInWith,
		AutoVerifiedAttributes: a.SignInWith,
		Policies: &cognito.UserPool_Policies{PasswordPolicy: &cognito.UserPool_PasswordPolicy{
			MinimumLength:                 cloudformation.Int(a.Password.MinLength),
			RequireLowercase:              cloudformation.Bool(slices.Contains(a.Password.Requires, "lowercase")),
			RequireUppercase:              cloudformation.Bool(slices.Contains(a.Password.Requires, "uppercase")),
			RequireNumbers:                cloudformation.Bool(slices.Contains(a.Password.Requires, "numbers")),
			RequireSymbols:                cloudformation.Bool(slices.Contains(a.Password.Requires, "symbols")),
			TemporaryPasswordValidityDays: cloudformation.Int(7),
		}},
		DeletionProtection:                   cloudformation.String("ACTIVE"),
		AWSCloudFormationDeletionPolicy:      "RetainExceptOnCreate",
		AWSCloudFormationUpdateReplacePolicy: "Retain",
	}
	if a.CaseSensitive != nil {
		pool.UsernameConfiguration = &cognito.UserPool_UsernameConfiguration{CaseSensitive: cloudformation.Bool(*a.CaseSensitive)}
	}
	t.Add("UserPool", "Cognito user pool: the project's users", pool)
	t.Add("UserPoolClientWeb", "App client for the web front end (no secret)", &cognito.UserPoolClient{
		UserPoolId:                 cloudformation.Ref("UserPool"),
		ClientName:                 cloudformation.String(a.Name + "-web"),
		GenerateSecret:             cloudformation.Bool(false),
		ExplicitAuthFlows:          []string{"ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"},
		PreventUserExistenceErrors: cloudformation.String("ENABLED"),
		EnableTokenRevocation:      cloudformation.Bool(true),
	})
	if a.HostedUIDomain != "" {
		// Cognito domain prefixes are global: the environment keeps them apart.
		t.Add("UserPoolDomain", "Hosted UI domain", &cognito.UserPoolDomain{
			Domain:     cloudformation.Sub(literal(a.HostedUIDomain) + "-${env}"),
			UserPoolId: cloudformation.Ref("UserPool"),
		})
	}
	if a.IdentityPool != nil {
		identityPool(t, a)
	}
	out := func(id, desc, v string) {
		t.AddOutput(id, cloudformation.Output{Description: cloudformation.String(desc), Value: v})
	}
	out("UserPoolId", "Cognito user pool ID", cloudformation.Ref("UserPool"))
	out("UserPoolArn", "Cognito user pool ARN", cloudformation.GetAtt("UserPool", "Arn"))
	out("AppClientIDWeb", "Web app client ID", cloudformation.Ref("UserPoolClientWeb"))
	if a.HostedUIDomain != "" {
		out("HostedUIDomain", "Hosted UI domain prefix", cloudformation.Ref("UserPoolDomain"))
	}
	if a.IdentityPool != nil {
		out("IdentityPoolId", "Cognito identity pool ID", cloudformation.Ref("IdentityPool"))
		out("IdentityPoolName", "Cognito identity pool name", cloudformation.GetAtt("IdentityPool", "Name"))
	}
	return t
}

// identityPool gives the user pool's users (and guests, when allowed)
// temporary AWS credentials through roles that grant nothing yet: a role
// only Cognito Identity may assume, for identities of this pool alone.
func identityPool(t *Template, a *model.Auth) {
	ip := a.IdentityPool
	t.Add("IdentityPool", "Cognito identity pool: AWS credentials for the user pool's users", &cognito.IdentityPool{
		IdentityPoolName:               cloudformation.String(cloudformation.Sub(literal(ip.Name) + "_${env}")),
		AllowUnauthenticatedIdentities: ip.AllowUnauthenticated,
		CognitoIdentityProviders: []cognito.IdentityPool_CognitoIdentityProvider{{
			ClientId:     cloudformation.Ref("UserPoolClientWeb"),
			ProviderName: cloudformation.GetAtt("UserPool", "ProviderName"),
		}},
	})
	roles := map[string]string{"authenticated": cloudformation.GetAtt("AuthRole", "Arn")}
	kinds := map[string]string{"AuthRole": "authenticated"}
	if ip.AllowUnauthenticated {
		roles["unauthenticated"] = cloudformation.GetAtt("UnauthRole", "Arn")
		kinds["UnauthRole"] = "unauthenticated"
	}
	for _, id := range slices.Sorted(maps.Keys(kinds)) {
		t.Add(id, "Role of the identity pool's "+kinds[id]+" identities (no permissions yet)", &iam.Role{
			AssumeRolePolicyDocument: map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{
				"Effect": "Allow", "Principal": map[string]any{"Federated": "cognito-identity.amazonaws.com"},
				"Action": "sts:AssumeRoleWithWebIdentity",
				"Condition": map[string]any{
					"StringEquals":           map[string]any{"cognito-identity.amazonaws.com:aud": cloudformation.Ref("IdentityPool")},
					"ForAnyValue:StringLike": map[string]any{"cognito-identity.amazonaws.com:amr": kinds[id]},
				},
			}}},
		})
	}
	t.Add("IdentityPoolRoles", "Which role each kind of identity gets", &cognito.IdentityPoolRoleAttachment{
		IdentityPoolId: cloudformation.Ref("IdentityPool"),
		Roles:          roles,
	})
}
