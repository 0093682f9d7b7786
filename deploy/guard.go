package deploy

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// statefulTypes hold data a stack operation could lose.
var statefulTypes = []string{
	"AWS::DynamoDB::Table", "AWS::S3::Bucket", "AWS::ECR::Repository", "AWS::Cognito::UserPool",
	"AWS::SecretsManager::Secret", "AWS::Logs::LogGroup", "AWS::KMS::Key", "AWS::EFS::FileSystem",
}

// DataLoss lists the changes that would replace or remove a stateful resource, and why.
func DataLoss(changes []Change) []string {
	var risky []string
	for _, c := range changes {
		if !slices.Contains(statefulTypes, c.Type) {
			continue
		}
		where := c.LogicalID
		if c.Stack != "" {
			where = c.Stack + "/" + c.LogicalID
		}
		switch {
		case c.Action == "Remove":
			risky = append(risky, fmt.Sprintf("%s (%s) would be removed", where, c.Type))
		case c.Action == "Modify" && (c.Replacement == "True" || c.Replacement == "Conditional"):
			risky = append(risky, fmt.Sprintf("%s (%s) would be replaced (replacement: %s), and the old one's data lost", where, c.Type, c.Replacement))
		}
	}
	return risky
}

// FormatChanges shows a change set as a tree (text), a table for a pull
// request comment (markdown), or JSON.
func FormatChanges(changes []Change, format string) string {
	var b strings.Builder
	switch format {
	case "json":
		data, _ := json.MarshalIndent(changes, "", "  ")
		return string(data) + "\n"
	case "markdown":
		b.WriteString("| stack | resource | type | action | replacement |\n|---|---|---|---|---|\n")
		for _, c := range changes {
			stack := c.Stack
			if stack == "" {
				stack = "(root)"
			}
			fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s |\n", stack, c.LogicalID, c.Type, c.Action, c.Replacement)
		}
		return b.String()
	}
	b.WriteString("Changes:\n")
	for _, c := range changes {
		indent := strings.Repeat("  ", strings.Count(c.Stack, "/")+boolInt(c.Stack != "")+1)
		mark := map[string]string{"Add": "+", "Modify": "~", "Remove": "-"}[c.Action]
		if mark == "" {
			mark = "?"
		}
		line := fmt.Sprintf("%s%s %s (%s)", indent, mark, c.LogicalID, c.Type)
		if c.Replacement == "True" || c.Replacement == "Conditional" {
			line += "  REPLACEMENT"
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
