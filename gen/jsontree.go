package gen

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// jsonTree reads JSON into YAML nodes, keeping key order. A string holding
// goformation's encoded intrinsic (base64 JSON such as {"Ref":"X"}) is
// expanded into that intrinsic, as goformation's own output does.
// (json.Decoder.Token would do, at a fifth of the speed: it allocates an
// error at the end of every scalar, and rendering is most of a gen run.)
type jsonTree struct {
	data []byte
	pos  int
}

func readJSONTree(data []byte) (*yaml.Node, error) {
	r := &jsonTree{data: data}
	n, err := r.node()
	if err == nil {
		if r.skipSpace(); r.pos < len(r.data) {
			err = r.errorf("data after the value")
		}
	}
	return n, err
}

func (r *jsonTree) node() (*yaml.Node, error) {
	switch r.skipSpace() {
	case '{', '[':
		return r.collection()
	case '"':
		s, err := r.string()
		if err != nil {
			return nil, err
		}
		if in := intrinsicJSON(s); in != nil {
			return readJSONTree(in)
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}, nil
	case 0:
		return nil, r.errorf("unexpected end")
	}
	start := r.pos
	for r.pos < len(r.data) && !strings.ContainsRune(",:]} \t\r\n", rune(r.data[r.pos])) {
		r.pos++
	}
	lit := string(r.data[start:r.pos])
	switch {
	case lit == "true" || lit == "false":
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: lit}, nil
	case lit == "null":
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
	case json.Valid([]byte(lit)) && (lit[0] == '-' || lit[0] >= '0' && lit[0] <= '9'):
		tag := "!!int"
		if strings.ContainsAny(lit, ".eE") {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: lit}, nil
	}
	return nil, r.errorf("invalid value %q", lit)
}

// collection reads an object or array, its opening delimiter next.
func (r *jsonTree) collection() (*yaml.Node, error) {
	n, closer := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}, byte('}')
	if r.data[r.pos] == '[' {
		n.Kind, n.Tag, closer = yaml.SequenceNode, "!!seq", ']'
	}
	r.pos++
	for {
		if r.skipSpace() == closer {
			r.pos++
			return n, nil
		}
		if len(n.Content) > 0 {
			if err := r.expect(','); err != nil {
				return nil, err
			}
		}
		if n.Kind == yaml.MappingNode {
			if r.skipSpace() != '"' {
				return nil, r.errorf("want a key")
			}
			key, err := r.string()
			if err != nil {
				return nil, err
			}
			if err := r.expect(':'); err != nil {
				return nil, err
			}
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key})
		}
		child, err := r.node()
		if err != nil {
			return nil, err
		}
		n.Content = append(n.Content, child)
	}
}

// string reads a JSON string, its opening quote next.
func (r *jsonTree) string() (string, error) {
	start, escaped := r.pos, false
	for r.pos++; r.pos < len(r.data); r.pos++ {
		switch r.data[r.pos] {
		case '\\':
			escaped = true
			r.pos++
		case '"':
			r.pos++
			if !escaped {
				return string(r.data[start+1 : r.pos-1]), nil
			}
			var s string
			if err := json.Unmarshal(r.data[start:r.pos], &s); err != nil {
				return "", r.errorf("%v", err)
			}
			return s, nil
		}
	}
	return "", r.errorf("unterminated string")
}

// skipSpace moves past white space and returns the next byte, 0 at the end.
func (r *jsonTree) skipSpace() byte {
	for ; r.pos < len(r.data); r.pos++ {
		if c := r.data[r.pos]; c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return c
		}
	}
	return 0
}

func (r *jsonTree) expect(c byte) error {
	if r.skipSpace() != c {
		return r.errorf("want %q", c)
	}
	r.pos++
	return nil
}

func (r *jsonTree) errorf(format string, args ...any) error {
	return fmt.Errorf("JSON at offset %d: %s", r.pos, fmt.Sprintf(format, args...))
}

// intrinsicJSON decodes a goformation-encoded intrinsic, or returns nil for any other string.
func intrinsicJSON(s string) []byte {
	if len(s) < 8 || len(s)%4 != 0 || !strings.HasPrefix(s, "ey") { // base64 of `{"` starts with "ey"
		return nil
	}
	data, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(data) == 0 || data[0] != '{' {
		return nil
	}
	key := bytes.TrimLeft(data[1:], " \t\n")
	if bytes.HasPrefix(key, []byte(`"Ref"`)) || bytes.HasPrefix(key, []byte(`"Fn::`)) || bytes.HasPrefix(key, []byte(`"Condition"`)) {
		return data
	}
	return nil
}
