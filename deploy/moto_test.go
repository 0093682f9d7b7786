package deploy

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	cognitotypes "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/ecr"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	kmstypes "github.com/aws/aws-sdk-go-v2/service/kms/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

// startMoto runs moto_server (an AWS emulator we did not write) on a free loopback port.
func startMoto(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		t.Skip("moto_server is not installed (python3 -m pip install 'moto[server]'); skipping the end-to-end run against it")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", fmt.Sprint(port))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	for deadline := time.Now().Add(30 * time.Second); ; {
		if resp, err := http.Get(url + "/moto-api/"); err == nil {
			resp.Body.Close()
			return url
		}
		if time.Now().After(deadline) {
			t.Fatal("moto_server did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestDeployAgainstMoto deploys the secrets case to moto: bootstrap stack,
// uploads, secrets and the root stack through a change set, then a no-change
// deploy. moto cannot list the resources of stacks holding types it does not
// model (ECS, API Gateway v2, Cloud Map...); deploy reads the outputs from the
// root stack instead, so it completes.
func TestDeployAgainstMoto(t *testing.T) {
	url := startMoto(t)
	cfg := aws.Config{Region: "us-east-1", BaseEndpoint: aws.String(url),
		Credentials: credentials.NewStaticCredentialsProvider("AKIDMOTO", "secret", "")}
	var out bytes.Buffer
	d := &Deployer{C: NewClients(cfg, true), Out: &out, Opts: Options{Yes: true}, Poll: 50 * time.Millisecond}
	b := load(t, project(t, "secrets"))
	if _, err := d.Run(context.Background(), b); err != nil {
		t.Fatalf("deploy to moto: %v\n%s", err, out.String())
	}
	for _, stack := range []string{"amplify-demo-dev-bootstrap", "amplify-demo-dev"} {
		st, err := cloudformation.NewFromConfig(cfg).DescribeStacks(context.Background(), &cloudformation.DescribeStacksInput{StackName: aws.String(stack)})
		if err != nil || len(st.Stacks) == 0 || st.Stacks[0].StackStatus != "CREATE_COMPLETE" {
			t.Errorf("stack %s: %v %+v", stack, err, st)
		}
	}
	secret, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(context.Background(), &secretsmanager.GetSecretValueInput{SecretId: aws.String("amplify-demo-dev/myapi/DB_PASSWORD")})
	if err != nil || aws.ToString(secret.SecretString) != "correct-horse-battery-staple-1f9e" {
		t.Errorf("secret in moto: %v", err)
	}
	out.Reset()
	res, err := d.Run(context.Background(), b)
	if err != nil || !res.NoChanges {
		t.Errorf("second deploy to moto: %v %+v\n%s", err, res, out.String())
	}
}

// TestDeleteDataAgainstMoto: delete --delete-data removes each kind of kept
// resource in moto, a bucket with several versions of an object and a delete
// marker included; a resource already gone is no failure; an unknown type is
// one, naming the way to remove it by hand.
func TestDeleteDataAgainstMoto(t *testing.T) {
	url := startMoto(t)
	cfg := aws.Config{Region: "us-east-1", BaseEndpoint: aws.String(url),
		Credentials: credentials.NewStaticCredentialsProvider("AKIDMOTO", "secret", "")}
	ctx := context.Background()
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	s3c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	must(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("kept-bucket")}))
	must(s3c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String("kept-bucket"),
		VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusEnabled}}))
	for _, body := range []string{"v1", "v2"} {
		must(s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("kept-bucket"), Key: aws.String("dockstack/posts/source.zip"), Body: strings.NewReader(body)}))
	}
	must(s3c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("kept-bucket"), Key: aws.String("dockstack/posts/source.zip")}))
	must(dynamodb.NewFromConfig(cfg).CreateTable(ctx, &dynamodb.CreateTableInput{TableName: aws.String("kept-table"), BillingMode: ddbtypes.BillingModePayPerRequest, DeletionProtectionEnabled: aws.Bool(true),
		AttributeDefinitions: []ddbtypes.AttributeDefinition{{AttributeName: aws.String("id"), AttributeType: ddbtypes.ScalarAttributeTypeS}},
		KeySchema:            []ddbtypes.KeySchemaElement{{AttributeName: aws.String("id"), KeyType: ddbtypes.KeyTypeHash}}}))
	must(ecr.NewFromConfig(cfg).CreateRepository(ctx, &ecr.CreateRepositoryInput{RepositoryName: aws.String("kept-repo")}))
	pool, err := cognitoidentityprovider.NewFromConfig(cfg).CreateUserPool(ctx, &cognitoidentityprovider.CreateUserPoolInput{PoolName: aws.String("kept-pool"), DeletionProtection: cognitotypes.DeletionProtectionTypeActive})
	must(pool, err)
	key, err := kms.NewFromConfig(cfg).CreateKey(ctx, &kms.CreateKeyInput{})
	must(key, err)
	must(cloudwatchlogs.NewFromConfig(cfg).CreateLogGroup(ctx, &cloudwatchlogs.CreateLogGroupInput{LogGroupName: aws.String("kept-logs")}))
	must(secretsmanager.NewFromConfig(cfg).CreateSecret(ctx, &secretsmanager.CreateSecretInput{Name: aws.String("amplify-demo-dev/posts/TOKEN"), SecretString: aws.String("x")}))

	kept := []Kept{{"AWS::S3::Bucket", "kept-bucket", ""}, {"AWS::DynamoDB::Table", "kept-table", ""}, {"AWS::ECR::Repository", "kept-repo", ""},
		{"AWS::Cognito::UserPool", aws.ToString(pool.UserPool.Id), ""}, {"AWS::KMS::Key", aws.ToString(key.KeyMetadata.KeyId), ""},
		{"AWS::Logs::LogGroup", "kept-logs", ""}, {"AWS::SecretsManager::Secret", "amplify-demo-dev/posts/TOKEN", ""},
		{"AWS::DynamoDB::Table", "already-gone", ""}, {"AWS::SQS::Queue", "q", ""}}
	var out bytes.Buffer
	failed := DeleteData(ctx, NewDataStores(cfg, true), kept, &out)
	if len(failed) != 1 || !strings.Contains(failed[0].Error(), "AWS::SQS::Queue q") || !strings.Contains(failed[0].Error(), "in the console") {
		t.Errorf("failures: %v\n%s", failed, out.String())
	}
	if _, err := s3c.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String("kept-bucket")}); err == nil {
		t.Error("the bucket is still there")
	}
	if _, err := dynamodb.NewFromConfig(cfg).DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String("kept-table")}); err == nil {
		t.Error("the table is still there")
	}
	if _, err := cognitoidentityprovider.NewFromConfig(cfg).DescribeUserPool(ctx, &cognitoidentityprovider.DescribeUserPoolInput{UserPoolId: pool.UserPool.Id}); err == nil {
		t.Error("the user pool is still there")
	}
	k, err := kms.NewFromConfig(cfg).DescribeKey(ctx, &kms.DescribeKeyInput{KeyId: key.KeyMetadata.KeyId})
	if err != nil || k.KeyMetadata.KeyState != kmstypes.KeyStatePendingDeletion {
		t.Errorf("the key is not pending deletion: %v", err)
	}
	if n := strings.Count(out.String(), "Deleted "); n != 8 {
		t.Errorf("%d deleted, want 8:\n%s", n, out.String())
	}
}
