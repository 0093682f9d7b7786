package gen

import (
	"fmt"
	"strings"
	"testing"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/logs"
	"github.com/dockstack/dockstack/model"
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

// TestStatefulResourcesSurviveRollbacks: tables, user pools and the deployment
// bucket are kept when deleted, except when the stack that created them rolls
// back (RetainExceptOnCreate): with Retain a retried first deploy failed on
// "already exists".
func TestStatefulResourcesSurviveRollbacks(t *testing.T) {
	b := &model.Backend{Project: model.Project{Name: "demo"},
		Tables: []model.Table{{Name: "posts", TableName: "posts", PartitionKey: model.Key{Name: "id", Type: "N"}}},
		Auth:   []model.Auth{{Name: "users", UserPoolName: "users", Password: model.PasswordPolicy{MinLength: 8}}}}
	for name, tpl := range map[string]*Template{"storage": Storage(&b.Tables[0]), "auth": Auth(&b.Auth[0]), "bootstrap": Bootstrap()} {
		out, err := tpl.Render("yaml")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), "DeletionPolicy: RetainExceptOnCreate") || strings.Contains(string(out), "DeletionPolicy: Retain\n") {
			t.Errorf("%s: stateful resources must be RetainExceptOnCreate:\n%s", name, out)
		}
	}
}
