package gen

import (
	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/iam"
)

// statement is one IAM policy statement. Resources hold ARNs or intrinsic strings.
type statement struct {
	Sid       string
	Principal any // a map of principal types, or "*"
	Actions   []string
	Resources []string
	Effect    string
	Condition map[string]any
}

func (s statement) doc() map[string]any {
	effect := s.Effect
	if effect == "" {
		effect = "Allow"
	}
	d := map[string]any{"Effect": effect, "Action": s.Actions, "Resource": s.Resources}
	if s.Sid != "" {
		d["Sid"] = s.Sid
	}
	if s.Principal != nil {
		d["Principal"] = s.Principal
	}
	if s.Condition != nil {
		d["Condition"] = s.Condition
	}
	return d
}

func policyDocument(stmts []statement) map[string]any {
	var list []any
	for _, s := range stmts {
		list = append(list, s.doc())
	}
	return map[string]any{"Version": "2012-10-17", "Statement": list}
}

// serviceRole is a role that one AWS service principal assumes, with one inline policy.
func serviceRole(principal, policyName string, stmts []statement, condition map[string]any) *iam.Role {
	trust := map[string]any{
		"Effect":    "Allow",
		"Principal": map[string]any{"Service": principal},
		"Action":    "sts:AssumeRole",
	}
	if condition != nil {
		trust["Condition"] = condition
	}
	r := &iam.Role{AssumeRolePolicyDocument: map[string]any{"Version": "2012-10-17", "Statement": []any{trust}}}
	if len(stmts) > 0 {
		r.Policies = []iam.Role_Policy{{PolicyName: policyName, PolicyDocument: policyDocument(stmts)}}
	}
	return r
}

// sameAccount limits who may pass a role's trust to this account (the confused-deputy guard).
func sameAccount() map[string]any {
	return map[string]any{"StringEquals": map[string]any{"aws:SourceAccount": cloudformation.Ref("AWS::AccountId")}}
}

func arn(format string) string { return cloudformation.Sub(format) }
