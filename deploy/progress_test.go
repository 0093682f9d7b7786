package deploy

import (
	"bytes"
	"strings"
	"testing"
)

// TestTreeProgress: at a terminal each resource keeps one row, redrawn in place, with gen's description.
func TestTreeProgress(t *testing.T) {
	var out bytes.Buffer
	p := newTreeProgress(&out, descriptions("Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Metadata:\n      Description: DynamoDB table posts\n    Properties:\n      TableName: !Sub posts-${env}\n"))
	p.Event(StackEvent{Logical: "Table", Type: "AWS::DynamoDB::Table", Status: "CREATE_IN_PROGRESS"})
	p.Event(StackEvent{Logical: "Api", Type: "AWS::ApiGatewayV2::Api", Status: "CREATE_IN_PROGRESS"})
	p.Event(StackEvent{Logical: "Table", Type: "AWS::DynamoDB::Table", Status: "CREATE_COMPLETE"})
	screen := out.String()
	if !strings.Contains(screen, "\x1b[2A") {
		t.Error("the tree is not redrawn in place")
	}
	last := screen[strings.LastIndex(screen, "\x1b[2A"):]
	for _, want := range []string{"✓ Table", "DynamoDB table posts", "… Api", "AWS::ApiGatewayV2::Api"} {
		if !strings.Contains(last, want) {
			t.Errorf("last frame lacks %q:\n%q", want, last)
		}
	}
}
