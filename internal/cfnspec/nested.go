package cfnspec

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// CheckSet checks a set of templates by file name: each one against the spec,
// and every nested stack whose TemplateURL names a file of the set against
// that file: parameters passed must exist, parameters without a default must
// be passed, and GetAtt Stack.Outputs.X must name an output. Problems are
// prefixed with the file name.
func (s *Spec) CheckSet(files map[string][]byte) []string {
	var problems []string
	parsed := map[string]*template{}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		for _, p := range s.Check(files[name]) {
			problems = append(problems, name+": "+p)
		}
		if t, err := parse(files[name]); err == nil {
			parsed[name] = t
		}
	}
	for _, name := range slices.Sorted(maps.Keys(parsed)) {
		problems = append(problems, nestedProblems(name, parsed)...)
	}
	sort.Strings(problems)
	return problems
}

func nestedProblems(name string, parsed map[string]*template) []string {
	var problems []string
	parent := parsed[name]
	children := map[string]*template{} // logical ID -> child template
	for _, kv := range pairs(get(parent.root, "Resources")) {
		id, res := kv[0].Value, kv[1]
		if parent.resources[id] != "AWS::CloudFormation::Stack" {
			continue
		}
		props := get(res, "Properties")
		url := scalar(get(props, "TemplateURL"))
		child, ok := parsed[url]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: Resources.%s: TemplateURL %q is not a generated template", name, id, url))
			continue
		}
		children[id] = child
		passed := map[string]bool{}
		for _, p := range pairs(get(props, "Parameters")) {
			passed[p[0].Value] = true
			if _, ok := child.params[p[0].Value]; !ok {
				problems = append(problems, fmt.Sprintf("%s: Resources.%s: passes %q, which %s does not declare", name, id, p[0].Value, url))
			}
		}
		for _, p := range slices.Sorted(maps.Keys(child.params)) {
			if !passed[p] && get(child.params[p], "Default") == nil {
				problems = append(problems, fmt.Sprintf("%s: Resources.%s: does not pass %q, which %s requires", name, id, p, url))
			}
		}
	}
	walkGetAtts(parent.root, func(res, attr string) {
		child, ok := children[res]
		out, isOutput := strings.CutPrefix(attr, "Outputs.")
		if ok && isOutput && !child.outputs[out] {
			problems = append(problems, fmt.Sprintf("%s: GetAtt %s.%s: the nested template has no output %q", name, res, attr, out))
		}
	})
	return problems
}

func walkGetAtts(n *yaml.Node, visit func(res, attr string)) {
	if name, arg := intrinsic(n); name == "GetAtt" {
		target := scalar(arg)
		if arg != nil && arg.Kind == yaml.SequenceNode && len(arg.Content) == 2 {
			target = arg.Content[0].Value + "." + arg.Content[1].Value
		}
		if res, attr, ok := strings.Cut(target, "."); ok {
			visit(res, attr)
		}
	}
	for _, c := range n.Content {
		walkGetAtts(c, visit)
	}
}
