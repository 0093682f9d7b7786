package gen

import (
	"fmt"
	"strings"
	"testing"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/ec2"
	"github.com/awslabs/goformation/v7/cloudformation/ecs"
	"github.com/awslabs/goformation/v7/cloudformation/logs"
	"github.com/google/go-cmp/cmp"
)

func sample() *Template {
	t := NewTemplate("A sample")
	t.AddParameter("env", cloudformation.Parameter{Type: "String", Description: cloudformation.String("environment")})
	t.Add("Vpc", "The network", &ec2.VPC{CidrBlock: cloudformation.String("10.0.0.0/16")})
	t.Add("Cluster", "The ECS cluster", &ecs.Cluster{
		ClusterName: cloudformation.String(cloudformation.Sub("${AWS::StackName}-${env}")),
	})
	t.Add("Logs", "Container logs", &logs.LogGroup{
		RetentionInDays:                      cloudformation.Int(30),
		AWSCloudFormationDeletionPolicy:      "Retain",
		AWSCloudFormationDependsOn:           []string{"Cluster"},
		LogGroupName:                         cloudformation.String(cloudformation.Join("/", []string{"/ecs", cloudformation.Ref("env")})),
		AWSCloudFormationUpdateReplacePolicy: "Retain",
	})
	t.AddOutput("VpcId", cloudformation.Output{Value: cloudformation.Ref("Vpc")})
	t.AddOutput("ClusterArn", cloudformation.Output{Value: cloudformation.GetAtt("Cluster", "Arn")})
	return t
}

// TestRenderYAML: the canonical format a reviewer reads: authored order,
// short-form intrinsics, resource keys in CloudFormation's customary order.
func TestRenderYAML(t *testing.T) {
	got, err := sample().Render("yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := `AWSTemplateFormatVersion: "2010-09-09"

Description: A sample

Parameters:
  env:
    Type: String
    Description: environment

Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Metadata:
      Description: The network
    Properties:
      CidrBlock: 10.0.0.0/16

  Cluster:
    Type: AWS::ECS::Cluster
    Metadata:
      Description: The ECS cluster
    Properties:
      ClusterName: !Sub ${AWS::StackName}-${env}

  Logs:
    Type: AWS::Logs::LogGroup
    DependsOn:
      - Cluster
    Metadata:
      Description: Container logs
    Properties:
      LogGroupName: !Join
        - /
        - - /ecs
          - !Ref env
      RetentionInDays: 30
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain

Outputs:
  VpcId:
    Value: !Ref Vpc

  ClusterArn:
    Value: !GetAtt Cluster.Arn
`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestRenderJSONKeepsOrder(t *testing.T) {
	a, err := sample().Render("json")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sample().Render("json")
	if string(a) != string(b) {
		t.Error("two renders differ")
	}
	want := `  "Resources": {
    "Vpc": {`
	if !strings.Contains(string(a), want) || !strings.Contains(string(a), `"Fn::GetAtt": [`) {
		t.Errorf("JSON lost order or intrinsics:\n%s", a)
	}
}

// TestYAML11Strings: CloudFormation reads YAML 1.1, where yes, off, 0777 and 1:20 are not strings.
func TestYAML11Strings(t *testing.T) {
	tpl := NewTemplate("quoting")
	for i, v := range []string{"yes", "off", "0777", "1:20", "1_000", "0x1F", "~", ".5", "hello", "1000:1000", "a:b"} {
		tpl.AddOutput(fmt.Sprintf("O%d", i), cloudformation.Output{Value: v})
	}
	got, err := tpl.Render("yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`Value: "yes"`, `Value: "off"`, `Value: "0777"`, `Value: "1:20"`, `Value: "1_000"`, `Value: "0x1F"`, `Value: "~"`, `Value: ".5"`, "Value: hello", "Value: 1000:1000", "Value: a:b"} {
		if !strings.Contains(string(got), want+"\n") {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}
