// Package deploy brings an environment up to date in AWS with CloudFormation
// change sets. It talks to AWS only through the narrow interfaces below, so
// tests run the real SDK against a local fake.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/service/acm"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/aws/aws-sdk-go-v2/service/codebuild"
	"github.com/aws/aws-sdk-go-v2/service/codepipeline"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ecr"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// CloudFormation is the part of the CloudFormation API deploy uses.
type CloudFormation interface {
	DescribeStacks(context.Context, *cloudformation.DescribeStacksInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeStacksOutput, error)
	DescribeStackEvents(context.Context, *cloudformation.DescribeStackEventsInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeStackEventsOutput, error)
	ListStackResources(context.Context, *cloudformation.ListStackResourcesInput, ...func(*cloudformation.Options)) (*cloudformation.ListStackResourcesOutput, error)
	CreateChangeSet(context.Context, *cloudformation.CreateChangeSetInput, ...func(*cloudformation.Options)) (*cloudformation.CreateChangeSetOutput, error)
	DescribeChangeSet(context.Context, *cloudformation.DescribeChangeSetInput, ...func(*cloudformation.Options)) (*cloudformation.DescribeChangeSetOutput, error)
	ExecuteChangeSet(context.Context, *cloudformation.ExecuteChangeSetInput, ...func(*cloudformation.Options)) (*cloudformation.ExecuteChangeSetOutput, error)
	DeleteChangeSet(context.Context, *cloudformation.DeleteChangeSetInput, ...func(*cloudformation.Options)) (*cloudformation.DeleteChangeSetOutput, error)
	GetTemplate(context.Context, *cloudformation.GetTemplateInput, ...func(*cloudformation.Options)) (*cloudformation.GetTemplateOutput, error)
	DeleteStack(context.Context, *cloudformation.DeleteStackInput, ...func(*cloudformation.Options)) (*cloudformation.DeleteStackOutput, error)
	CancelUpdateStack(context.Context, *cloudformation.CancelUpdateStackInput, ...func(*cloudformation.Options)) (*cloudformation.CancelUpdateStackOutput, error)
}

// ObjectStore is the part of S3 deploy uses: one listing, then uploads of what is missing.
type ObjectStore interface {
	ListObjectsV2(context.Context, *s3.ListObjectsV2Input, ...func(*s3.Options)) (*s3.ListObjectsV2Output, error)
	PutObject(context.Context, *s3.PutObjectInput, ...func(*s3.Options)) (*s3.PutObjectOutput, error)
}

// SecretStore is the part of Secrets Manager deploy uses.
type SecretStore interface {
	CreateSecret(context.Context, *secretsmanager.CreateSecretInput, ...func(*secretsmanager.Options)) (*secretsmanager.CreateSecretOutput, error)
	PutSecretValue(context.Context, *secretsmanager.PutSecretValueInput, ...func(*secretsmanager.Options)) (*secretsmanager.PutSecretValueOutput, error)
	GetSecretValue(context.Context, *secretsmanager.GetSecretValueInput, ...func(*secretsmanager.Options)) (*secretsmanager.GetSecretValueOutput, error)
}

// Identity tells which account the credentials belong to.
type Identity interface {
	GetCallerIdentity(context.Context, *sts.GetCallerIdentityInput, ...func(*sts.Options)) (*sts.GetCallerIdentityOutput, error)
}

// Pipelines is the part of CodePipeline that following a run needs.
type Pipelines interface {
	ListPipelineExecutions(context.Context, *codepipeline.ListPipelineExecutionsInput, ...func(*codepipeline.Options)) (*codepipeline.ListPipelineExecutionsOutput, error)
	ListActionExecutions(context.Context, *codepipeline.ListActionExecutionsInput, ...func(*codepipeline.Options)) (*codepipeline.ListActionExecutionsOutput, error)
}

// Builds finds a build's log.
type Builds interface {
	BatchGetBuilds(context.Context, *codebuild.BatchGetBuildsInput, ...func(*codebuild.Options)) (*codebuild.BatchGetBuildsOutput, error)
}

// Logs reads the tail of a log stream.
type Logs interface {
	GetLogEvents(context.Context, *cloudwatchlogs.GetLogEventsInput, ...func(*cloudwatchlogs.Options)) (*cloudwatchlogs.GetLogEventsOutput, error)
	FilterLogEvents(context.Context, *cloudwatchlogs.FilterLogEventsInput, ...func(*cloudwatchlogs.Options)) (*cloudwatchlogs.FilterLogEventsOutput, error)
}

// Tasks explains why ECS stopped tasks.
type Tasks interface {
	ListTasks(context.Context, *ecs.ListTasksInput, ...func(*ecs.Options)) (*ecs.ListTasksOutput, error)
	DescribeTasks(context.Context, *ecs.DescribeTasksInput, ...func(*ecs.Options)) (*ecs.DescribeTasksOutput, error)
}

// Services reads ECS services' task counts, and restarts a service's tasks.
type Services interface {
	DescribeServices(context.Context, *ecs.DescribeServicesInput, ...func(*ecs.Options)) (*ecs.DescribeServicesOutput, error)
	UpdateService(context.Context, *ecs.UpdateServiceInput, ...func(*ecs.Options)) (*ecs.UpdateServiceOutput, error)
	DescribeTaskDefinition(context.Context, *ecs.DescribeTaskDefinitionInput, ...func(*ecs.Options)) (*ecs.DescribeTaskDefinitionOutput, error)
	TagResource(context.Context, *ecs.TagResourceInput, ...func(*ecs.Options)) (*ecs.TagResourceOutput, error)
	RegisterTaskDefinition(context.Context, *ecs.RegisterTaskDefinitionInput, ...func(*ecs.Options)) (*ecs.RegisterTaskDefinitionOutput, error)
	UntagResource(context.Context, *ecs.UntagResourceInput, ...func(*ecs.Options)) (*ecs.UntagResourceOutput, error)
}

// Images tells which images exist in ECR, and moves a tag (rollback).
type Images interface {
	DescribeImages(context.Context, *ecr.DescribeImagesInput, ...func(*ecr.Options)) (*ecr.DescribeImagesOutput, error)
	BatchGetImage(context.Context, *ecr.BatchGetImageInput, ...func(*ecr.Options)) (*ecr.BatchGetImageOutput, error)
	PutImage(context.Context, *ecr.PutImageInput, ...func(*ecr.Options)) (*ecr.PutImageOutput, error)
}

// Certificates reads a certificate's DNS validation record (the hosting site's).
type Certificates interface {
	DescribeCertificate(context.Context, *acm.DescribeCertificateInput, ...func(*acm.Options)) (*acm.DescribeCertificateOutput, error)
}

// Zones finds a Route53 hosted zone for the site's domain.
type Zones interface {
	ListHostedZonesByName(context.Context, *route53.ListHostedZonesByNameInput, ...func(*route53.Options)) (*route53.ListHostedZonesByNameOutput, error)
}

// PrefixLists finds CloudFront's origin-facing prefix list in the region.
type PrefixLists interface {
	DescribeManagedPrefixLists(context.Context, *ec2.DescribeManagedPrefixListsInput, ...func(*ec2.Options)) (*ec2.DescribeManagedPrefixListsOutput, error)
}

// Clients are the AWS clients of one deploy.
type Clients struct {
	CFN CloudFormation
	// GlobalCFN and GlobalCerts are in us-east-1, where CloudFront takes its
	// certificates from: the hosting site's certificate stack lives there.
	GlobalCFN   CloudFormation
	GlobalCerts Certificates
	PrefixLists PrefixLists
	Zones       Zones
	S3          ObjectStore
	Secrets     SecretStore
	STS         Identity
	Pipelines   Pipelines
	Builds      Builds
	Logs        Logs
	Tasks       Tasks
	Services    Services
	Images      Images
	Data        DataStores // only delete --delete-data
}

// NewClients makes the SDK's clients from a configuration. pathStyle addresses
// S3 buckets by path, as emulators need.
func NewClients(cfg aws.Config, pathStyle bool) Clients {
	global := cfg.Copy()
	global.Region = certificateRegion
	return Clients{
		CFN:         cloudformation.NewFromConfig(cfg),
		GlobalCFN:   cloudformation.NewFromConfig(global),
		GlobalCerts: acm.NewFromConfig(global),
		PrefixLists: ec2.NewFromConfig(cfg),
		Zones:       route53.NewFromConfig(global),
		S3:          s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = pathStyle }),
		Secrets:     secretsmanager.NewFromConfig(cfg),
		STS:         sts.NewFromConfig(cfg),
		Pipelines:   codepipeline.NewFromConfig(cfg),
		Builds:      codebuild.NewFromConfig(cfg),
		Logs:        cloudwatchlogs.NewFromConfig(cfg),
		Tasks:       ecs.NewFromConfig(cfg),
		Services:    ecs.NewFromConfig(cfg),
		Images:      ecr.NewFromConfig(cfg),
		Data:        NewDataStores(cfg, pathStyle),
	}
}

// Retryer is the retry policy deploys use: up to 10 attempts with jittered
// exponential backoff from base, and no client-side retry quota, so that
// throttling storms and passing 5xx errors are ridden out rather than fatal.
func Retryer(base time.Duration) aws.Retryer {
	return retry.NewStandard(func(o *retry.StandardOptions) {
		o.MaxAttempts = 10
		o.MaxBackoff = 64 * base
		o.Backoff = retry.NewExponentialJitterBackoff(64 * base)
		o.RateLimiter = ratelimit.None
		// An endpoint that refuses connections or has no address will not
		// answer the tenth time either: fail at once, saying so.
		o.Retryables = append([]retry.IsErrorRetryable{retry.IsErrorRetryableFunc(unreachable)}, o.Retryables...)
	})
}

func unreachable(err error) aws.Ternary {
	var dns *net.DNSError
	if errors.Is(err, syscall.ECONNREFUSED) || errors.As(err, &dns) && dns.IsNotFound {
		return aws.FalseTernary
	}
	return aws.UnknownTernary
}

// Explain says in one or two lines what to do about an error that comes from
// the machine's AWS setup (credentials, endpoint) instead of the SDK's chain.
func Explain(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "failed to retrieve credentials") || strings.Contains(msg, "no EC2 IMDS role found") ||
		strings.Contains(msg, "failed to refresh cached credentials") || strings.Contains(msg, "get identity: get credentials"):
		return fmt.Errorf("no usable AWS credentials: sign in with `aws configure sso` (or `aws sso login --profile NAME`), pass --profile NAME, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
	case errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(msg, "no such host"):
		return fmt.Errorf("cannot reach AWS: %s (check the network, or AWS_ENDPOINT_URL for an emulator)", lastPart(msg))
	}
	return err
}

// lastPart is the innermost cause of a chained error message.
func lastPart(msg string) string {
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		return msg[i+2:]
	}
	return msg
}
