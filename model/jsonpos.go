package model

import (
	"bytes"
	"encoding/json"
	"strings"
)

// jsonKeyLines maps each object key path ("api.myapi.restrictAccess") of a JSON
// document to its line, so problems can point at it. Keys inside arrays are not
// recorded. A malformed document yields what was read before the fault.
func jsonKeyLines(data []byte) map[string]int {
	type frame struct {
		path    string // "" at the top, "\x00" inside arrays
		object  bool
		key     string
		wantKey bool
	}
	lines := map[string]int{}
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []frame
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return lines
		}
		n := len(stack)
		if n > 0 && stack[n-1].object && stack[n-1].wantKey {
			if s, ok := tok.(string); ok {
				top := &stack[n-1]
				top.key, top.wantKey = joinPath(top.path, s), false
				if !strings.Contains(top.key, "\x00") {
					lines[top.key] = lineAt(data, off+int64(bytes.IndexByte(data[off:], '"')))
				}
				continue
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			path := ""
			if n > 0 {
				path = "\x00"
				if stack[n-1].object {
					path = stack[n-1].key
				}
			}
			stack = append(stack, frame{path: path, object: tok == json.Delim('{'), wantKey: true})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:n-1]
		}
		// A value has ended: the enclosing object expects its next key.
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].wantKey = true
		}
	}
}

func joinPath(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}
