package gen

import (
	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/kms"
)

// logsKey is the KMS key that encrypts an API's log groups. It lives in the
// API's own stack, so each API's logs are readable only through its own key.
func logsKey(apiName string) *kms.Key {
	return &kms.Key{
		Description:       cloudformation.String(cloudformation.Sub("Encrypts the CloudWatch log groups of the " + literal(apiName) + " API of ${rootStackName}")),
		EnableKeyRotation: cloudformation.Bool(true),
		KeyPolicy: policyDocument([]statement{
			// In a key policy, Resource "*" means this key.
			{Sid: "AccountAdministersTheKey", Principal: map[string]any{"AWS": arn("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")},
				Actions: []string{"kms:*"}, Resources: []string{"*"}},
			{Sid: "CloudWatchLogsEncryptsThisAccountsLogGroups", Principal: map[string]any{"Service": cloudformation.Sub("logs.${AWS::Region}.amazonaws.com")},
				Actions:   []string{"kms:Decrypt*", "kms:Describe*", "kms:Encrypt*", "kms:GenerateDataKey*", "kms:ReEncrypt*"},
				Resources: []string{"*"},
				Condition: map[string]any{"ArnLike": map[string]any{"kms:EncryptionContext:aws:logs:arn": arn("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*")}}},
			{Sid: "GrantsOnlyForAWSServices", Effect: "Deny", Principal: "*", Actions: []string{"kms:CreateGrant"}, Resources: []string{"*"},
				Condition: map[string]any{"BoolIfExists": map[string]any{"kms:GrantIsForAWSResource": "false", "aws:PrincipalIsAWSService": "false"}}},
		}),
		// Logs encrypted with a deleted key cannot be read again.
		AWSCloudFormationDeletionPolicy:      "RetainExceptOnCreate",
		AWSCloudFormationUpdateReplacePolicy: "Retain",
	}
}
