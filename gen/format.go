// Package gen is the pure transform from the backend model to the files a
// team commits: templates, buildspecs, parameter files and client config.
package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/awslabs/goformation/v7/cloudformation"
	"gopkg.in/yaml.v3"
)

// Template is a goformation template plus the order its parameters, resources
// and outputs are written in: goformation keeps maps, a reviewer wants a story
// (network, compute, API, pipeline).
type Template struct {
	CF          *cloudformation.Template
	params      []string
	resources   []string
	outputs     []string
	description map[string]string
	extra       map[string]map[string]any
}

// NewTemplate starts a template with its description.
func NewTemplate(description string) *Template {
	cf := cloudformation.NewTemplate()
	cf.AWSTemplateFormatVersion = "2010-09-09"
	cf.Description = description
	return &Template{CF: cf, description: map[string]string{}, extra: map[string]map[string]any{}}
}

// AddParameter adds a parameter in writing order.
func (t *Template) AddParameter(id string, p cloudformation.Parameter) {
	t.CF.Parameters[id] = p
	t.params = append(t.params, id)
}

// Add adds a resource in writing order, with the one-line description deploy shows in its progress.
func (t *Template) Add(id, description string, r cloudformation.Resource) {
	t.CF.Resources[id] = r
	t.resources = append(t.resources, id)
	t.description[id] = description
}

// SetProperty sets a resource property that goformation v7.14.9 (April 2024)
// predates; the spec check still validates it.
func (t *Template) SetProperty(id, name string, value any) {
	if t.extra[id] == nil {
		t.extra[id] = map[string]any{}
	}
	t.extra[id][name] = value
}

// AddOutput adds an output in writing order.
func (t *Template) AddOutput(id string, o cloudformation.Output) {
	t.CF.Outputs[id] = o
	t.outputs = append(t.outputs, id)
}

// Top-level and per-resource key orders of hand-written CloudFormation.
var (
	topOrder      = []string{"AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Mappings", "Conditions", "Transform", "Resources", "Outputs"}
	paramOrder    = []string{"Type", "Description", "Default", "AllowedValues", "AllowedPattern", "MinValue", "MaxValue", "NoEcho"}
	outputOrder   = []string{"Description", "Condition", "Value", "Export"}
	resourceOrder = []string{"Type", "DependsOn", "Condition", "Metadata", "Properties", "CreationPolicy", "UpdatePolicy", "DeletionPolicy", "UpdateReplacePolicy"}
)

// Render writes the template in dockstack's one canonical format: "yaml"
// (short-form intrinsics, 2-space indent, a blank line between resources) or
// "json" (the same content and order, long-form intrinsics).
func (t *Template) Render(format string) ([]byte, error) {
	raw, err := json.Marshal(t.CF)
	if err != nil {
		return nil, fmt.Errorf("render template: %w", err)
	}
	root, err := readJSONTree(raw)
	if err != nil {
		return nil, fmt.Errorf("render template: %w", err)
	}
	orderKeys(root, topOrder)
	if n := value(root, "Parameters"); n != nil {
		orderEntries(n, t.params, paramOrder)
	}
	if n := value(root, "Outputs"); n != nil {
		orderEntries(n, t.outputs, outputOrder)
	}
	if n := value(root, "Resources"); n != nil {
		orderKeys(n, t.resources)
		for i := 0; i+1 < len(n.Content); i += 2 {
			res := n.Content[i+1]
			if d := t.description[n.Content[i].Value]; d != "" {
				describe(res, d)
			}
			if err := setExtra(res, t.extra[n.Content[i].Value]); err != nil {
				return nil, err
			}
			orderKeys(res, resourceOrder)
		}
	}
	orderPolicies(root)
	plain(root)
	switch format {
	case "json":
		var buf bytes.Buffer
		writeJSON(&buf, root, "")
		buf.WriteString("\n")
		return buf.Bytes(), nil
	case "yaml", "":
		shortForm(root)
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(root); err != nil {
			return nil, err
		}
		return spaceSections(buf.Bytes()), nil
	}
	return nil, fmt.Errorf("unknown format %q: use yaml or json", format)
}

// describe puts the resource's one-line description into its Metadata, where
// deploy's progress display reads it.
func describe(res *yaml.Node, d string) {
	meta := value(res, "Metadata")
	if meta == nil {
		meta = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		res.Content = append(res.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "Metadata"}, meta)
	}
	meta.Content = append(meta.Content,
		&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "Description"},
		&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: d})
}

// setExtra adds properties to a resource node, keeping Properties sorted as goformation writes them.
func setExtra(res *yaml.Node, props map[string]any) error {
	if len(props) == 0 {
		return nil
	}
	target := value(res, "Properties")
	if target == nil {
		target = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		res.Content = append(res.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "Properties"}, target)
	}
	for name, v := range props {
		// Through JSON, as the rest of the template, so that intrinsics (!Ref) expand.
		raw, err := json.Marshal(v)
		if err != nil {
			return err
		}
		n, err := readJSONTree(raw)
		if err != nil {
			return err
		}
		target.Content = append(target.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name}, n)
	}
	var names []string
	for i := 0; i < len(target.Content); i += 2 {
		names = append(names, target.Content[i].Value)
	}
	slices.Sort(names)
	orderKeys(target, names)
	return nil
}

func value(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// orderEntries orders a section's entries, then each entry's keys.
func orderEntries(section *yaml.Node, entries, keys []string) {
	orderKeys(section, entries)
	for i := 1; i < len(section.Content); i += 2 {
		orderKeys(section.Content[i], keys)
	}
}

// orderKeys sorts a mapping's keys: those in order first, in that order, then the rest as they were.
func orderKeys(m *yaml.Node, order []string) {
	if m.Kind != yaml.MappingNode {
		return
	}
	rank := func(k string) int {
		if i := slices.Index(order, k); i >= 0 {
			return i
		}
		return len(order)
	}
	type pair struct{ k, v *yaml.Node }
	var pairs []pair
	for i := 0; i+1 < len(m.Content); i += 2 {
		pairs = append(pairs, pair{m.Content[i], m.Content[i+1]})
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return rank(a.k.Value) - rank(b.k.Value) })
	m.Content = m.Content[:0]
	for _, p := range pairs {
		m.Content = append(m.Content, p.k, p.v)
	}
}

// IAM policy documents read best in the order AWS's own examples use.
var (
	policyOrder    = []string{"Version", "Id", "Statement"}
	statementOrder = []string{"Sid", "Effect", "Principal", "Action", "NotAction", "Resource", "NotResource", "Condition"}
)

// containerOrder leads a container definition with what identifies it.
var containerOrder = []string{"Name", "Image", "Essential"}

// orderPolicies puts policy documents, their statements and container
// definitions in the order AWS's own examples use.
func orderPolicies(n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		switch {
		case value(n, "Name") != nil && value(n, "Image") != nil && value(n, "LogConfiguration") != nil:
			orderKeys(n, containerOrder)
		case value(n, "Statement") != nil && value(n, "Version") != nil:
			orderKeys(n, policyOrder)
		case value(n, "Effect") != nil && (value(n, "Action") != nil || value(n, "NotAction") != nil):
			orderKeys(n, statementOrder)
		}
	}
	for _, c := range n.Content {
		orderPolicies(c)
	}
}

// plain drops the JSON styles (quoted strings, flow collections) so YAML picks
// the plainest safe form, but quotes strings that a YAML 1.1 parser (as
// CloudFormation's is) would read as something else: yes, off, 0777, 1:20.
func plain(n *yaml.Node) {
	n.Style = 0
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" && (mayReadAsNonString(n.Value) && yaml11NonString.MatchString(n.Value) || misreadPlain(n.Value)) {
		n.Style = yaml.DoubleQuotedStyle
	}
	for _, c := range n.Content {
		plain(c)
	}
}

var yaml11NonString = regexp.MustCompile(`^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|` +
	`[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)))$`)

// misreadPlain: strings that yaml.v3 writes in a form that does not read back
// the same: a leading line break is lost from a block scalar, a kept (|+)
// block takes in the blank line that follows it, and YAML 1.1
// readers (PyYAML in the AWS CLI) take a plain << as a merge key and = as a
// value key, and fail on the template.
func misreadPlain(s string) bool {
	return s == "<<" || s == "=" || strings.HasPrefix(s, "\n") || strings.HasPrefix(s, "\r") || strings.HasSuffix(s, "\n\n")
}

// mayReadAsNonString is a cheap test before yaml11NonString, which is slow:
// the strings it matches are short words or start like a number.
func mayReadAsNonString(s string) bool {
	switch {
	case s == "":
		return false
	case strings.IndexByte("+-.0123456789", s[0]) >= 0:
		return true
	case strings.IndexByte("yYnNtTfFoO~", s[0]) >= 0:
		return len(s) <= 5
	}
	return false
}

// shortForm rewrites {"Ref": x}, {"Fn::GetAtt": [a, b]} and {"Fn::X": v} as !Ref, !GetAtt a.b and !X.
func shortForm(n *yaml.Node) {
	for _, c := range n.Content {
		shortForm(c)
	}
	if n.Kind != yaml.MappingNode || len(n.Content) != 2 {
		return
	}
	key, val := n.Content[0].Value, n.Content[1]
	switch {
	case key == "Ref":
		*n = *val
		n.Tag = "!Ref"
	case key == "Fn::GetAtt" && val.Kind == yaml.SequenceNode && len(val.Content) == 2 && val.Content[1].Kind == yaml.ScalarNode:
		*n = yaml.Node{Kind: yaml.ScalarNode, Tag: "!GetAtt", Value: val.Content[0].Value + "." + val.Content[1].Value}
	case strings.HasPrefix(key, "Fn::"):
		*n = *val
		n.Tag = "!" + strings.TrimPrefix(key, "Fn::")
	}
	if n.Kind == yaml.ScalarNode && n.Value == "" && strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		n.Style = yaml.SingleQuotedStyle // `!GetAZs ''`, never a bare tag
	}
}

// spaceSections puts a blank line before each top-level key and between the
// entries of Parameters, Resources and Outputs.
func spaceSections(in []byte) []byte {
	var out bytes.Buffer
	section := ""
	first := true
	for _, line := range strings.SplitAfter(string(in), "\n") {
		switch {
		case line != "" && line[0] != ' ' && line[0] != '#' && line != "\n":
			if !first {
				out.WriteString("\n")
			}
			first = false
			section, _, _ = strings.Cut(line, ":")
		case strings.HasPrefix(line, "  ") && len(line) > 2 && line[2] != ' ' && line[2] != '-':
			if section == "Resources" || section == "Outputs" || section == "Parameters" {
				if prev := out.Bytes(); !bytes.HasSuffix(prev, []byte(section+":\n")) {
					out.WriteString("\n")
				}
			}
		}
		out.WriteString(line)
	}
	return out.Bytes()
}

// writeJSON writes a node tree as indented JSON, keeping mapping order.
func writeJSON(buf *bytes.Buffer, n *yaml.Node, indent string) {
	inner := indent + "  "
	switch n.Kind {
	case yaml.MappingNode:
		if len(n.Content) == 0 {
			buf.WriteString("{}")
			return
		}
		buf.WriteString("{\n")
		for i := 0; i+1 < len(n.Content); i += 2 {
			buf.WriteString(inner)
			writeString(buf, n.Content[i].Value)
			buf.WriteString(": ")
			writeJSON(buf, n.Content[i+1], inner)
			if i+2 < len(n.Content) {
				buf.WriteString(",")
			}
			buf.WriteString("\n")
		}
		buf.WriteString(indent + "}")
	case yaml.SequenceNode:
		if len(n.Content) == 0 {
			buf.WriteString("[]")
			return
		}
		buf.WriteString("[\n")
		for i, c := range n.Content {
			buf.WriteString(inner)
			writeJSON(buf, c, inner)
			if i+1 < len(n.Content) {
				buf.WriteString(",")
			}
			buf.WriteString("\n")
		}
		buf.WriteString(indent + "]")
	default:
		switch n.ShortTag() {
		case "!!int", "!!float", "!!bool":
			buf.WriteString(n.Value)
		case "!!null":
			buf.WriteString("null")
		default:
			writeString(buf, n.Value)
		}
	}
}

func writeString(buf *bytes.Buffer, s string) {
	b, err := json.Marshal(s)
	if err != nil { // cannot happen for a string
		b = []byte(strconv.Quote(s))
	}
	buf.Write(b)
}
