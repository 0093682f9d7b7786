// Package cfnspec checks CloudFormation templates against the CloudFormation
// registry data (trimmed from @aws-cdk/aws-service-spec, see tools/cfnspec):
// resource types, property names, required properties, value types, allowed
// values, and the targets of Ref, GetAtt, Sub and DependsOn.
package cfnspec

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed spec.json
var specJSON []byte

// Spec is the registry data of the resource types dockstack emits.
type Spec struct {
	Source    string              `json:"source"`
	Resources map[string]Resource `json:"resources"`
	Types     map[string]TypeDef  `json:"types"`
}

type Resource struct {
	Properties map[string]Property `json:"properties"`
	Attributes []string            `json:"attributes"`
}

type TypeDef struct {
	Name       string              `json:"name"`
	Properties map[string]Property `json:"properties"`
}

type Property struct {
	Type              Type   `json:"type"`
	Required          bool   `json:"required"`
	CausesReplacement string `json:"causesReplacement"`
}

type Type struct {
	Type          string `json:"type"`
	Element       *Type  `json:"element"`
	Ref           string `json:"ref"`
	Types         []Type `json:"types"`
	AllowedValues []any  `json:"allowedValues"` // strings, sometimes numbers
}

var (
	loadOnce sync.Once
	loaded   *Spec
	loadErr  error
)

// Load returns the embedded spec.
func Load() (*Spec, error) {
	loadOnce.Do(func() {
		loaded = &Spec{}
		loadErr = json.Unmarshal(specJSON, loaded)
	})
	return loaded, loadErr
}

var pseudoParams = []string{"AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix"}

// template is a parsed template: what Refs may point at.
type template struct {
	params    map[string]*yaml.Node
	resources map[string]string // logical ID -> type
	outputs   map[string]bool
	root      *yaml.Node
}

func parse(data []byte) (*template, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("not a template: the document is not a mapping")
	}
	t := &template{params: map[string]*yaml.Node{}, resources: map[string]string{}, outputs: map[string]bool{}, root: doc.Content[0]}
	for _, kv := range pairs(get(t.root, "Parameters")) {
		t.params[kv[0].Value] = kv[1]
	}
	for _, kv := range pairs(get(t.root, "Resources")) {
		t.resources[kv[0].Value] = scalar(get(kv[1], "Type"))
	}
	for _, kv := range pairs(get(t.root, "Outputs")) {
		t.outputs[kv[0].Value] = true
	}
	return t, nil
}

// Check validates one template and returns its problems, sorted.
func (s *Spec) Check(data []byte) []string {
	t, err := parse(data)
	if err != nil {
		return []string{err.Error()}
	}
	c := &checker{spec: s, t: t}
	for _, kv := range pairs(get(t.root, "Resources")) {
		id, res := kv[0].Value, kv[1]
		path := "Resources." + id
		typ := t.resources[id]
		r, known := s.Resources[typ]
		switch {
		case typ == "":
			c.errorf(path, "no Type")
		case !known:
			c.errorf(path, "unknown resource type %s", typ)
		default:
			c.object(path+".Properties", get(res, "Properties"), r.Properties, typ)
		}
		for _, dep := range dependsOn(get(res, "DependsOn")) {
			if _, ok := t.resources[dep]; !ok {
				c.errorf(path+".DependsOn", "%q is not a resource", dep)
			}
		}
		c.intrinsics(path, res)
	}
	for _, kv := range pairs(get(t.root, "Outputs")) {
		c.intrinsics("Outputs."+kv[0].Value, kv[1])
	}
	sort.Strings(c.problems)
	return c.problems
}

type checker struct {
	spec     *Spec
	t        *template
	problems []string
}

func (c *checker) errorf(path, format string, args ...any) {
	c.problems = append(c.problems, path+": "+fmt.Sprintf(format, args...))
}

// object checks a mapping against a set of property definitions.
func (c *checker) object(path string, n *yaml.Node, props map[string]Property, what string) {
	if n == nil {
		n = &yaml.Node{Kind: yaml.MappingNode}
	}
	if isIntrinsic(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		c.errorf(path, "expected an object (%s), got %s", what, kind(n))
		return
	}
	seen := map[string]bool{}
	for _, kv := range pairs(n) {
		name := kv[0].Value
		seen[name] = true
		p, ok := props[name]
		if !ok {
			c.errorf(path, "unknown property %q for %s", name, what)
			continue
		}
		c.value(path+"."+name, kv[1], p.Type)
	}
	for _, name := range slices.Sorted(maps.Keys(props)) {
		if props[name].Required && !seen[name] {
			c.errorf(path, "missing required property %q of %s", name, what)
		}
	}
}

// value checks one value against its type; intrinsics are accepted (their targets are checked apart).
func (c *checker) value(path string, n *yaml.Node, t Type) {
	if isIntrinsic(n) {
		return
	}
	switch t.Type {
	case "string", "date-time":
		if n.Kind != yaml.ScalarNode {
			c.errorf(path, "expected a string, got %s", kind(n))
		} else if len(t.AllowedValues) > 0 && !slices.ContainsFunc(t.AllowedValues, func(v any) bool { return fmt.Sprint(v) == n.Value }) {
			c.errorf(path, "%q is not one of %v", n.Value, t.AllowedValues)
		}
	case "integer", "number":
		if _, err := strconv.ParseFloat(n.Value, 64); n.Kind != yaml.ScalarNode || err != nil {
			c.errorf(path, "expected a number (%s), got %s", t.Type, describe(n))
		}
	case "boolean":
		if n.Kind != yaml.ScalarNode || (n.Value != "true" && n.Value != "false") {
			c.errorf(path, "expected true or false, got %s", describe(n))
		}
	case "array":
		if n.Kind != yaml.SequenceNode {
			c.errorf(path, "expected a list, got %s", kind(n))
			return
		}
		for i, e := range n.Content {
			c.value(fmt.Sprintf("%s[%d]", path, i), e, *t.Element)
		}
	case "map":
		if n.Kind != yaml.MappingNode {
			c.errorf(path, "expected a map, got %s", kind(n))
			return
		}
		for _, kv := range pairs(n) {
			c.value(path+"."+kv[0].Value, kv[1], *t.Element)
		}
	case "ref":
		def := c.spec.Types[t.Ref]
		c.object(path, n, def.Properties, def.Name)
	case "tag":
		c.object(path, n, map[string]Property{"Key": {Type: Type{Type: "string"}, Required: true}, "Value": {Type: Type{Type: "string"}, Required: true}}, "Tag")
	case "union":
		for _, member := range t.Types {
			trial := &checker{spec: c.spec, t: c.t}
			trial.value(path, n, member)
			if len(trial.problems) == 0 {
				return
			}
		}
		c.errorf(path, "matches none of the allowed types")
	}
}

var subRefRE = regexp.MustCompile(`\$\{([^!}][^}]*)\}`)

// intrinsics checks every Ref, GetAtt and Sub below n.
func (c *checker) intrinsics(path string, n *yaml.Node) {
	name, arg := intrinsic(n)
	switch name {
	case "Ref":
		c.ref(path, scalar(arg))
	case "GetAtt":
		target := scalar(arg)
		if arg != nil && arg.Kind == yaml.SequenceNode && len(arg.Content) == 2 {
			target = arg.Content[0].Value + "." + arg.Content[1].Value
		}
		res, attr, _ := strings.Cut(target, ".")
		c.getAtt(path, res, attr)
	case "Sub":
		format, vars := arg, (*yaml.Node)(nil)
		if arg != nil && arg.Kind == yaml.SequenceNode && len(arg.Content) == 2 {
			format, vars = arg.Content[0], arg.Content[1]
		}
		local := map[string]bool{}
		for _, kv := range pairs(vars) {
			local[kv[0].Value] = true
		}
		for _, m := range subRefRE.FindAllStringSubmatch(scalar(format), -1) {
			ref := m[1]
			switch res, attr, dotted := strings.Cut(ref, "."); {
			case local[ref]:
			case dotted && !strings.HasPrefix(ref, "AWS::"):
				c.getAtt(path, res, attr)
			default:
				c.ref(path, ref)
			}
		}
	}
	for _, child := range n.Content {
		c.intrinsics(path, child)
	}
}

func (c *checker) ref(path, target string) {
	_, isParam := c.t.params[target]
	_, isRes := c.t.resources[target]
	if !isParam && !isRes && !slices.Contains(pseudoParams, target) {
		c.errorf(path, "Ref to unknown %q", target)
	}
}

func (c *checker) getAtt(path, res, attr string) {
	typ, ok := c.t.resources[res]
	if !ok {
		c.errorf(path, "GetAtt of unknown resource %q", res)
		return
	}
	r, known := c.spec.Resources[typ]
	if !known {
		return
	}
	if typ == "AWS::CloudFormation::Stack" && strings.HasPrefix(attr, "Outputs.") {
		return // checked against the nested template by CheckSet
	}
	if !slices.Contains(r.Attributes, attr) {
		c.errorf(path, "%s has no attribute %q (has %v)", typ, attr, r.Attributes)
	}
}

// intrinsic recognises both forms: a tag (!Ref x) and a one-key mapping ({"Ref": x}).
func intrinsic(n *yaml.Node) (string, *yaml.Node) {
	if n == nil {
		return "", nil
	}
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		arg := *n
		arg.Tag = ""
		return strings.TrimPrefix(n.Tag, "!"), &arg
	}
	if n.Kind == yaml.MappingNode && len(n.Content) == 2 {
		k := n.Content[0].Value
		if k == "Ref" || strings.HasPrefix(k, "Fn::") {
			return strings.TrimPrefix(k, "Fn::"), n.Content[1]
		}
	}
	return "", nil
}

func isIntrinsic(n *yaml.Node) bool { name, _ := intrinsic(n); return name != "" }

func get(m *yaml.Node, key string) *yaml.Node {
	for _, kv := range pairs(m) {
		if kv[0].Value == key {
			return kv[1]
		}
	}
	return nil
}

func pairs(m *yaml.Node) [][2]*yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	var out [][2]*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		out = append(out, [2]*yaml.Node{m.Content[i], m.Content[i+1]})
	}
	return out
}

func scalar(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	return n.Value
}

func dependsOn(n *yaml.Node) []string {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	var out []string
	for _, e := range n.Content {
		out = append(out, e.Value)
	}
	return out
}

func kind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "an object"
	case yaml.SequenceNode:
		return "a list"
	}
	return "a scalar"
}

func describe(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return strconv.Quote(n.Value)
	}
	return kind(n)
}
