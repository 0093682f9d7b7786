package gen

import (
	"fmt"
	"strings"
	"testing"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/logs"
)

// TestQuotas: a template over CloudFormation's limits is refused by gen, not at deploy time.
func TestQuotas(t *testing.T) {
	tpl := NewTemplate("too big")
	for i := range 501 {
		tpl.Add(fmt.Sprintf("Log%d", i), "a log group", &logs.LogGroup{})
	}
	for i := range 201 {
		tpl.AddOutput(fmt.Sprintf("Out%d", i), cloudformation.Output{Value: "x"})
	}
	data, err := tpl.Render("yaml")
	if err != nil {
		t.Fatal(err)
	}
	err = checkQuotas("api-big.yaml", tpl, data)
	for _, want := range []string{"api-big.yaml is too large for CloudFormation", "501 resources (CloudFormation allows 500)", "201 parameters and outputs (CloudFormation allows 200)"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want %q", err, want)
		}
	}
	small := NewTemplate("fine")
	small.Add("Log", "a log group", &logs.LogGroup{})
	data, _ = small.Render("yaml")
	if err := checkQuotas("fine.yaml", small, data); err != nil {
		t.Errorf("a small template: %v", err)
	}
}
