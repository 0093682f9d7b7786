package cfnspec

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const broken = `Parameters:
  Env:
    Type: String
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitionz: []
      Cpu: !Ref Env
  Service:
    Type: AWS::ECS::Service
    DependsOn: [Nope]
    Properties:
      DesiredCount: [1, 2]
      LaunchType: FARGATE_SPOT_PLUS
      TaskDefinition: !Ref Task
      DeploymentConfiguration:
        DeploymentCircuitBreaker:
          Enable: maybe
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: !Sub "${Env}-${Missing}-${AWS::Region}-${Api.NoSuchAttribute}"
  Sub:
    Type: AWS::ServiceDiscovery::Service
  Odd:
    Type: AWS::Nope::Thing
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
Outputs:
  Endpoint:
    Value: !GetAtt Api.NoSuchAttribute
  Missing:
    Value: {"Ref": "DoesNotExist"}
  Good:
    Value: !GetAtt Api.ApiEndpoint
`

func TestCheckFindsEachKindOfMistake(t *testing.T) {
	spec, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	got := spec.Check([]byte(broken))
	want := []string{
		`Outputs.Endpoint: AWS::ApiGatewayV2::Api has no attribute "NoSuchAttribute" (has [ApiEndpoint ApiId ExecuteApiArn])`,
		`Outputs.Missing: Ref to unknown "DoesNotExist"`,
		`Resources.Api: AWS::ApiGatewayV2::Api has no attribute "NoSuchAttribute" (has [ApiEndpoint ApiId ExecuteApiArn])`,
		`Resources.Api: Ref to unknown "Missing"`,
		`Resources.Odd: unknown resource type AWS::Nope::Thing`,
		`Resources.Service.DependsOn: "Nope" is not a resource`,
		`Resources.Service.Properties.DeploymentConfiguration.DeploymentCircuitBreaker.Enable: expected true or false, got "maybe"`,
		`Resources.Service.Properties.DeploymentConfiguration.DeploymentCircuitBreaker: missing required property "Rollback" of DeploymentCircuitBreaker`,
		`Resources.Service.Properties.DesiredCount: expected a number (integer), got a list`,
		`Resources.Service.Properties.LaunchType: "FARGATE_SPOT_PLUS" is not one of [EC2 FARGATE EXTERNAL]`,
		`Resources.Task.Properties: unknown property "ContainerDefinitionz" for AWS::ECS::TaskDefinition`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCheckSetNested(t *testing.T) {
	spec, _ := Load()
	root := `Resources:
  Child:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: child.yaml
      Parameters:
        Extra: x
Outputs:
  A:
    Value: !GetAtt Child.Outputs.Present
  B:
    Value: !GetAtt Child.Outputs.Absent
`
	child := `Parameters:
  Needed:
    Type: String
  Optional:
    Type: String
    Default: ""
Resources:
  Log:
    Type: AWS::Logs::LogGroup
Outputs:
  Present:
    Value: !Ref Log
`
	got := strings.Join(spec.CheckSet(map[string][]byte{"root.yaml": []byte(root), "child.yaml": []byte(child)}), "\n")
	for _, want := range []string{
		`root.yaml: Resources.Child: passes "Extra", which child.yaml does not declare`,
		`root.yaml: Resources.Child: does not pass "Needed", which child.yaml requires`,
		`root.yaml: GetAtt Child.Outputs.Absent: the nested template has no output "Absent"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Optional") || strings.Contains(got, "Present") {
		t.Errorf("false positive:\n%s", got)
	}
}
