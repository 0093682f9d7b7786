package deploy

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	cognitotypes "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ecr"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/smithy-go"
)

// DataStores are the services holding what an environment's templates retain.
// Only `delete --delete-data` uses them.
type DataStores struct {
	Tables interface {
		UpdateTable(context.Context, *dynamodb.UpdateTableInput, ...func(*dynamodb.Options)) (*dynamodb.UpdateTableOutput, error)
		DeleteTable(context.Context, *dynamodb.DeleteTableInput, ...func(*dynamodb.Options)) (*dynamodb.DeleteTableOutput, error)
	}
	Repos interface {
		DeleteRepository(context.Context, *ecr.DeleteRepositoryInput, ...func(*ecr.Options)) (*ecr.DeleteRepositoryOutput, error)
	}
	Pools interface {
		UpdateUserPool(context.Context, *cognitoidentityprovider.UpdateUserPoolInput, ...func(*cognitoidentityprovider.Options)) (*cognitoidentityprovider.UpdateUserPoolOutput, error)
		DeleteUserPool(context.Context, *cognitoidentityprovider.DeleteUserPoolInput, ...func(*cognitoidentityprovider.Options)) (*cognitoidentityprovider.DeleteUserPoolOutput, error)
	}
	Keys interface {
		ScheduleKeyDeletion(context.Context, *kms.ScheduleKeyDeletionInput, ...func(*kms.Options)) (*kms.ScheduleKeyDeletionOutput, error)
	}
	Groups interface {
		DeleteLogGroup(context.Context, *cloudwatchlogs.DeleteLogGroupInput, ...func(*cloudwatchlogs.Options)) (*cloudwatchlogs.DeleteLogGroupOutput, error)
	}
	Secrets interface {
		DeleteSecret(context.Context, *secretsmanager.DeleteSecretInput, ...func(*secretsmanager.Options)) (*secretsmanager.DeleteSecretOutput, error)
	}
	Buckets interface {
		ListObjectVersions(context.Context, *s3.ListObjectVersionsInput, ...func(*s3.Options)) (*s3.ListObjectVersionsOutput, error)
		DeleteObjects(context.Context, *s3.DeleteObjectsInput, ...func(*s3.Options)) (*s3.DeleteObjectsOutput, error)
		DeleteBucket(context.Context, *s3.DeleteBucketInput, ...func(*s3.Options)) (*s3.DeleteBucketOutput, error)
	}
}

// NewDataStores makes the data services' clients.
func NewDataStores(cfg aws.Config, pathStyle bool) DataStores {
	return DataStores{Tables: dynamodb.NewFromConfig(cfg), Repos: ecr.NewFromConfig(cfg), Pools: cognitoidentityprovider.NewFromConfig(cfg),
		Keys: kms.NewFromConfig(cfg), Groups: cloudwatchlogs.NewFromConfig(cfg), Secrets: secretsmanager.NewFromConfig(cfg),
		Buckets: s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = pathStyle })}
}

// keyPendingDays is how long a deleted key (and a deleted secret) can still be
// restored: the most AWS allows, since data encrypted with the key is lost with it.
const keyPendingDays = 30

// DeleteData removes what the stacks kept, once they are gone: each one
// tried, every failure reported, and a kept resource already gone is no failure.
// Buckets are emptied of every object version first, so that they can go; keys
// and secrets are scheduled for deletion with the longest recovery window.
func DeleteData(ctx context.Context, s DataStores, kept []Kept, w io.Writer) []error {
	var failed []error
	for _, k := range kept {
		err := s.deleteOne(ctx, k)
		if err != nil && !isNotFound(err) {
			failed = append(failed, fmt.Errorf("%s %s: %w (by hand: %s)", k.Type, k.ID, err, k.RemoveCommand()))
			continue
		}
		fmt.Fprintf(w, "Deleted %s %s\n", k.Type, k.ID)
	}
	return failed
}

func (s DataStores) deleteOne(ctx context.Context, k Kept) error {
	id := aws.String(k.ID)
	var err error
	switch k.Type {
	case "AWS::DynamoDB::Table": // gen turns deletion protection on: off first
		if _, err = s.Tables.UpdateTable(ctx, &dynamodb.UpdateTableInput{TableName: id, DeletionProtectionEnabled: aws.Bool(false)}); err == nil {
			_, err = s.Tables.DeleteTable(ctx, &dynamodb.DeleteTableInput{TableName: id})
		}
	case "AWS::ECR::Repository":
		_, err = s.Repos.DeleteRepository(ctx, &ecr.DeleteRepositoryInput{RepositoryName: id, Force: true})
	case "AWS::Cognito::UserPool": // as for tables (the update resets other settings: harmless, it goes next)
		if _, err = s.Pools.UpdateUserPool(ctx, &cognitoidentityprovider.UpdateUserPoolInput{UserPoolId: id, DeletionProtection: cognitotypes.DeletionProtectionTypeInactive}); err == nil {
			_, err = s.Pools.DeleteUserPool(ctx, &cognitoidentityprovider.DeleteUserPoolInput{UserPoolId: id})
		}
	case "AWS::KMS::Key":
		_, err = s.Keys.ScheduleKeyDeletion(ctx, &kms.ScheduleKeyDeletionInput{KeyId: id, PendingWindowInDays: aws.Int32(keyPendingDays)})
	case "AWS::Logs::LogGroup":
		_, err = s.Groups.DeleteLogGroup(ctx, &cloudwatchlogs.DeleteLogGroupInput{LogGroupName: id})
	case "AWS::SecretsManager::Secret":
		_, err = s.Secrets.DeleteSecret(ctx, &secretsmanager.DeleteSecretInput{SecretId: id, RecoveryWindowInDays: aws.Int64(keyPendingDays)})
	case "AWS::S3::Bucket":
		if err = s.emptyBucket(ctx, k.ID); err == nil {
			_, err = s.Buckets.DeleteBucket(ctx, &s3.DeleteBucketInput{Bucket: id})
		}
	default:
		err = fmt.Errorf("dockstack does not delete this type")
	}
	return err
}

// emptyBucket deletes every object version and delete marker, a page (at most
// 1000, DeleteObjects' limit) at a time.
func (s DataStores) emptyBucket(ctx context.Context, bucket string) error {
	in := &s3.ListObjectVersionsInput{Bucket: aws.String(bucket)}
	for {
		page, err := s.Buckets.ListObjectVersions(ctx, in)
		if err != nil {
			return err
		}
		var ids []s3types.ObjectIdentifier
		for _, v := range page.Versions {
			ids = append(ids, s3types.ObjectIdentifier{Key: v.Key, VersionId: v.VersionId})
		}
		for _, m := range page.DeleteMarkers {
			ids = append(ids, s3types.ObjectIdentifier{Key: m.Key, VersionId: m.VersionId})
		}
		if len(ids) > 0 {
			out, err := s.Buckets.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: aws.String(bucket), Delete: &s3types.Delete{Objects: ids, Quiet: aws.Bool(true)}})
			if err != nil {
				return err
			}
			if len(out.Errors) > 0 {
				return fmt.Errorf("delete %s: %s", aws.ToString(out.Errors[0].Key), aws.ToString(out.Errors[0].Message))
			}
		}
		if !aws.ToBool(page.IsTruncated) {
			return nil
		}
		in.KeyMarker, in.VersionIdMarker = page.NextKeyMarker, page.NextVersionIdMarker
	}
}

// isNotFound tells an error saying the resource is already gone (or, for a
// key, already pending deletion): deleting it again is done, not failed.
func isNotFound(err error) bool {
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.ErrorCode() {
	case "ResourceNotFoundException", "RepositoryNotFoundException", "NotFoundException", "NoSuchBucket", "KMSInvalidStateException":
		return true
	}
	return false
}
