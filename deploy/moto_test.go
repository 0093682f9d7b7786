package deploy

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
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
