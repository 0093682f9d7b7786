package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// yamlKeys records, for a YAML document, the line of every mapping key
// ("services.web.ports") and each mapping's keys in file order. compose-go
// gives the values; this gives the positions and order for messages and output.
type yamlKeys struct {
	lines map[string]int
	order map[string][]string
	// scalars holds the scalar items of each sequence, by path ("services.web.ports"), with their lines.
	scalars map[string][]yamlScalar
	// items holds the line of every item of each sequence, by path.
	items map[string][]int
	// empty holds the keys written without a value (`POSTGRES_PASSWORD:`).
	empty map[string]bool
}

type yamlScalar struct {
	value string
	line  int
}

func readYAMLKeys(data []byte) (*yamlKeys, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	k := &yamlKeys{lines: map[string]int{}, order: map[string][]string{}, scalars: map[string][]yamlScalar{}, items: map[string][]int{}, empty: map[string]bool{}}
	if len(doc.Content) > 0 {
		if alias := selfReference(doc.Content[0], map[*yaml.Node]bool{}); alias != nil {
			// compose-go loops for ever on such a document, so it never sees one.
			return nil, fmt.Errorf("line %d: alias *%s refers to a mapping that contains it", alias.Line, alias.Value)
		}
		k.walk("", doc.Content[0], 0)
	}
	return k, nil
}

// selfReference finds an alias to a node that contains the alias.
func selfReference(n *yaml.Node, open map[*yaml.Node]bool) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		if open[n.Alias] {
			return n
		}
		return nil // an alias to a finished node is fine; that node was checked where it stands
	}
	open[n] = true
	defer delete(open, n)
	for _, c := range n.Content {
		if bad := selfReference(c, open); bad != nil {
			return bad
		}
	}
	return nil
}

func (k *yamlKeys) walk(path string, n *yaml.Node, depth int) {
	if depth > 20 { // compose files are shallow; this bounds alias cycles
		return
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.SequenceNode {
		for _, item := range n.Content {
			k.items[path] = append(k.items[path], item.Line)
			if item.Kind == yaml.ScalarNode {
				k.scalars[path] = append(k.scalars[path], yamlScalar{item.Value, item.Line})
			}
		}
		return
	}
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if key.Value == "<<" { // merge key: the merged mapping's keys count as this one's
			if val.Kind == yaml.SequenceNode {
				for _, m := range val.Content {
					k.walk(path, m, depth+1)
				}
			} else {
				k.walk(path, val, depth+1)
			}
			continue
		}
		p := joinPath(path, key.Value)
		if _, seen := k.lines[p]; !seen {
			k.order[path] = append(k.order[path], key.Value)
		}
		k.lines[p] = key.Line
		k.empty[p] = val.Kind == yaml.ScalarNode && val.Tag == "!!null"
		k.walk(p, val, depth+1)
	}
}

// add takes in the positions of another document merged over this one (a
// compose override file) where this one has none, numbering its lines after
// offset so that each line still tells its file.
func (k *yamlKeys) add(o *yamlKeys, offset int) {
	for path, keys := range o.order {
		for _, key := range keys {
			p := joinPath(path, key)
			if _, ok := k.lines[p]; !ok {
				k.order[path] = append(k.order[path], key)
				k.lines[p] = o.lines[p] + offset
				k.empty[p] = o.empty[p]
			}
		}
	}
	for path, items := range o.items {
		if _, ok := k.items[path]; ok {
			continue
		}
		for _, l := range items {
			k.items[path] = append(k.items[path], l+offset)
		}
		for _, sc := range o.scalars[path] {
			k.scalars[path] = append(k.scalars[path], yamlScalar{sc.value, sc.line + offset})
		}
	}
}

// itemLine is the line of the i-th item of the sequence at path, when the
// loader kept n items as the file has them; else the line of path's key.
func (k *yamlKeys) itemLine(i, n int, path ...string) int {
	if lines := k.items[strings.Join(path, ".")]; len(lines) == n && i < n {
		return lines[i]
	}
	return k.line(path...)
}

// line returns the line of the deepest known prefix of path.
func (k *yamlKeys) line(path ...string) int {
	p := ""
	best := 0
	for _, part := range path {
		p = joinPath(p, part)
		if l, ok := k.lines[p]; ok {
			best = l
		}
	}
	return best
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlErrorLine pulls the line number out of a YAML parser message.
func yamlErrorLine(err error) int {
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

// misindented finds the first line whose indentation matches no open block:
// yaml.v3 reports such a line ("did not find expected key") at the line where
// the enclosing mapping starts, often far above. 0 when every line fits.
func misindented(data []byte) int {
	type level struct{ indent, child int } // child: its children's indent, -1 until one is seen
	stack := []level{{0, -1}}
	block := -1 // indent of a block scalar (| or >) being skipped
	for i, raw := range strings.Split(string(data), "\n") {
		text := strings.TrimRight(raw, " \t\r")
		trimmed := strings.TrimLeft(text, " ")
		indent := len(text) - len(trimmed)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") || strings.HasPrefix(trimmed, "---") {
			continue
		}
		if block >= 0 {
			if indent > block {
				continue
			}
			block = -1
		}
		for len(stack) > 1 && indent < stack[len(stack)-1].indent {
			stack = stack[:len(stack)-1]
		}
		top := &stack[len(stack)-1]
		switch {
		case indent == top.indent: // a sibling: its children may sit at another indent
			top.child = -1
		case indent < top.indent:
			return i + 1
		case top.child < 0 || indent == top.child:
			top.child = indent
			stack = append(stack, level{indent, -1})
		default: // deeper than its block, but not where the block's other lines are
			return i + 1
		}
		if strings.HasSuffix(trimmed, "|") || strings.HasSuffix(trimmed, ">") || strings.HasSuffix(trimmed, "|-") || strings.HasSuffix(trimmed, ">-") {
			block = indent
		}
	}
	return 0
}
