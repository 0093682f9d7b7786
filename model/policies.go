package model

import (
	"encoding/json"
	"fmt"
	"regexp"
)

// The patterns Amplify's custom-policies schema enforces.
var (
	policyActionRE   = regexp.MustCompile(`^[a-zA-Z0-9]+:[a-zA-Z0-9*]+$`)
	policyResourceRE = regexp.MustCompile(`^arn:aws[a-zA-Z0-9-]*:.+`)
)

type rawStatement struct {
	Action   []string `json:"Action"`
	Resource []string `json:"Resource"`
	Effect   string   `json:"Effect"`
}

// PolicyIssue is one problem in a custom-policies.json; Warning marks what is only risky.
type PolicyIssue struct {
	Index   int // 0-based statement index
	Warning bool
	Msg     string
}

// ParseCustomPolicies validates custom-policies.json as Amplify does and returns
// its statements. The scaffold's `[{"Action": [], "Resource": []}]` means none.
func ParseCustomPolicies(data []byte) ([]PolicyStatement, []PolicyIssue, error) {
	var raw []json.RawMessage
	if err := decodeJSON(data, &raw); err != nil {
		return nil, nil, err
	}
	var out []PolicyStatement
	var issues []PolicyIssue
	bad := func(i int, format string, args ...any) {
		issues = append(issues, PolicyIssue{Index: i, Msg: fmt.Sprintf(format, args...)})
	}
	for i, r := range raw {
		var s rawStatement
		if err := strictUnmarshal(r, &s); err != nil {
			bad(i, "statement %d: %v (Action and Resource are arrays of strings, Effect is Allow or Deny)", i+1, err)
			continue
		}
		if len(s.Action) == 0 && len(s.Resource) == 0 {
			continue // the empty placeholder Amplify scaffolds
		}
		if len(s.Action) == 0 {
			bad(i, "statement %d has no Action; list at least one, e.g. \"s3:GetObject\"", i+1)
		}
		if len(s.Resource) == 0 {
			bad(i, "statement %d has no Resource; list at least one ARN", i+1)
		}
		for _, a := range s.Action {
			if !policyActionRE.MatchString(a) {
				bad(i, "statement %d: action %q is not of the form service:Action (e.g. s3:GetObject)", i+1, a)
			}
		}
		for _, res := range s.Resource {
			switch {
			case res == "*":
				issues = append(issues, PolicyIssue{Index: i, Warning: true,
					Msg: fmt.Sprintf("statement %d grants %v on every resource (\"*\"); name the ARNs the containers need", i+1, s.Action)})
			case !policyResourceRE.MatchString(res):
				bad(i, "statement %d: resource %q is not an ARN (arn:aws:...) or \"*\"", i+1, res)
			}
		}
		switch s.Effect {
		case "":
			s.Effect = "Allow"
		case "Allow", "Deny":
		default:
			bad(i, "statement %d: Effect %q must be Allow or Deny", i+1, s.Effect)
		}
		out = append(out, PolicyStatement{Effect: s.Effect, Actions: s.Action, Resource: s.Resource})
	}
	return out, issues, nil
}
