package gen

import (
	"encoding/json"
	"testing"

	"github.com/dockstack/dockstack/model"
	"github.com/google/go-cmp/cmp"
)

// TestNativeClientConfig: native front ends get api.plugins.awsAPIPlugin with the
// true authorization type (Amplify says AWS_IAM for open APIs) and GraphQL APIs too.
func TestNativeClientConfig(t *testing.T) {
	b := &model.Backend{
		Project: model.Project{Frontend: "android"},
		Env:     model.Environment{Name: "dev", Region: "eu-west-1"},
		APIs: []model.API{
			{Name: "open", Type: model.REST},
			{Name: "closed", Type: model.REST, RestrictAccess: true},
			{Name: "gql", Type: model.GraphQL},
			{Name: "fresh", Type: model.REST},
		},
		Auth: []model.Auth{{Name: "users"}},
	}
	files, pending, err := ClientConfig(b, model.StackOutputs{
		"apiopen":   {"RootUrl": "https://open.example"},
		"apiclosed": {"RootUrl": "https://closed.example"},
		"apigql":    {"GraphQLAPIEndpointOutput": "https://gql.example/graphql"},
		"authusers": {"UserPoolId": "eu-west-1_X", "AppClientIDWeb": "client"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"fresh"}, pending); diff != "" {
		t.Errorf("pending (-want +got):\n%s", diff)
	}
	var got map[string]any
	if err := json.Unmarshal(files["amplifyconfiguration.json"], &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"UserAgent": "aws-amplify-cli/2.0", "Version": "1.0",
		"api": map[string]any{"plugins": map[string]any{"awsAPIPlugin": map[string]any{
			"open":   map[string]any{"endpointType": "REST", "endpoint": "https://open.example", "region": "eu-west-1", "authorizationType": "NONE"},
			"closed": map[string]any{"endpointType": "REST", "endpoint": "https://closed.example", "region": "eu-west-1", "authorizationType": "AMAZON_COGNITO_USER_POOLS"},
			"gql":    map[string]any{"endpointType": "GraphQL", "endpoint": "https://gql.example/graphql", "region": "eu-west-1", "authorizationType": "NONE"},
		}}},
		"auth": map[string]any{"plugins": map[string]any{"awsCognitoAuthPlugin": map[string]any{
			"CognitoUserPool": map[string]any{"Default": map[string]any{"PoolId": "eu-west-1_X", "AppClientId": "client", "Region": "eu-west-1"}},
		}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("amplifyconfiguration.json (-want +got):\n%s", diff)
	}
	if _, ok := files["aws-exports.js"]; ok {
		t.Error("a native front end got aws-exports.js")
	}
}

// TestTableActions: each permission adds exactly its DynamoDB actions, no wildcards.
func TestTableActions(t *testing.T) {
	for op, want := range map[string][]string{
		"create": {"dynamodb:BatchWriteItem", "dynamodb:PartiQLInsert", "dynamodb:PutItem"},
		"read":   {"dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PartiQLSelect", "dynamodb:Query", "dynamodb:Scan"},
		"update": {"dynamodb:PartiQLUpdate", "dynamodb:UpdateItem"},
		"delete": {"dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PartiQLDelete"},
	} {
		if diff := cmp.Diff(want, TableActions([]string{op})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", op, diff)
		}
	}
	if got := TableActions([]string{"delete", "create"}); len(got) != 5 {
		t.Errorf("create+delete share BatchWriteItem once: %v", got)
	}
}
