package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecordDeployKeepsAmplifyKeys: rewriting amplify-meta.json keeps what
// dockstack does not own (Amplify's AmplifyAppId, role names, StackId, other
// categories' entries) and sets the outputs.
func TestRecordDeployKeepsAmplifyKeys(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, BackendDir), 0o755)
	before := `{"providers": {"awscloudformation": {"AmplifyAppId": "d1a2b3", "AuthRoleName": "r-auth", "StackId": "arn:stack", "Region": "us-east-1"}},
  "function": {"resize": {"service": "Lambda"}}, "api": {"posts": {"service": "ElasticContainer", "exposedContainer": {"name": "web"}}}}`
	if err := os.WriteFile(filepath.Join(root, MetaFile), []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	env := Environment{Name: "dev", Region: "eu-west-1", StackName: "amplify-demo-dev"}
	if err := RecordDeploy(root, env, "bucket", StackOutputs{"apiposts": {"RootUrl": "https://x"}}); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(filepath.Join(root, MetaFile))
	for _, want := range []string{`"AmplifyAppId": "d1a2b3"`, `"AuthRoleName": "r-auth"`, `"StackId": "arn:stack"`, `"Region": "eu-west-1"`,
		`"resize"`, `"exposedContainer"`, `"RootUrl": "https://x"`, `"DeploymentBucketName": "bucket"`} {
		if !strings.Contains(string(after), want) {
			t.Errorf("amplify-meta.json lacks %s:\n%s", want, after)
		}
	}
}
