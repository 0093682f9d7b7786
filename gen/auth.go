package gen

import (
	"slices"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/cognito"
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
	out := func(id, desc, v string) {
		t.AddOutput(id, cloudformation.Output{Description: cloudformation.String(desc), Value: v})
	}
	out("UserPoolId", "Cognito user pool ID", cloudformation.Ref("UserPool"))
	out("UserPoolArn", "Cognito user pool ARN", cloudformation.GetAtt("UserPool", "Arn"))
	out("AppClientIDWeb", "Web app client ID", cloudformation.Ref("UserPoolClientWeb"))
	if a.HostedUIDomain != "" {
		out("HostedUIDomain", "Hosted UI domain prefix", cloudformation.Ref("UserPoolDomain"))
	}
	return t
}
