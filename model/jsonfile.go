package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// readJSON decodes root/rel into v. A missing file returns false without a problem
// when optional; every other failure is reported with the line where known.
func readJSON(root, rel string, v any, optional bool, r *Report) bool {
	line, err := decodeFile(root, rel, v)
	switch {
	case err == nil:
		return true
	case errors.Is(err, fs.ErrNotExist):
		if !optional {
			r.Errorf(rel, 0, "file is missing; run `dockstack init` in the project directory, or pass --dir to point at it")
		}
	case line > 0:
		r.Errorf(rel, line, "%v; fix the file (it must be a JSON document as Amplify writes it)", err)
	default:
		r.Errorf(rel, 0, "cannot read: %v", err)
	}
	return false
}

// decodeFile decodes the JSON file root/rel into v. A decoding error comes with
// its line; a missing file is fs.ErrNotExist.
func decodeFile(root, rel string, v any) (int, error) {
	data, err := ReadFile(root, rel)
	if err != nil {
		return 0, err
	}
	if err := decodeJSON(data, v); err != nil {
		line, msg := jsonErrorLine(data, err)
		return max(line, 1), errors.New("invalid JSON: " + msg)
	}
	return 0, nil
}

// decodeJSON decodes one JSON document and rejects trailing data and duplicate keys.
func decodeJSON(data []byte, v any) error {
	if err := checkDuplicateKeys(data); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return &json.SyntaxError{Offset: dec.InputOffset()}
	}
	return nil
}

// DuplicateKeyError is an object with one key twice. encoding/json keeps the
// last silently, so `"Effect": "Deny", "Effect": "Allow"` would allow.
type DuplicateKeyError struct {
	Key    string
	Offset int64
}

func (e *DuplicateKeyError) Error() string {
	return fmt.Sprintf("key %q appears twice in one object; keep one", e.Key)
}

// checkDuplicateKeys finds the first object key that appears twice in its object.
// Syntax errors are left to the decoder, which reports them better.
func checkDuplicateKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	type object struct {
		keys    map[string]bool
		wantKey bool
	}
	var stack []*object
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return nil
		}
		top := len(stack) - 1
		if top >= 0 && stack[top].wantKey {
			if key, ok := tok.(string); ok {
				if stack[top].keys[key] {
					return &DuplicateKeyError{Key: key, Offset: off + int64(bytes.IndexByte(data[off:], '"'))}
				}
				stack[top].keys[key] = true
				stack[top].wantKey = false
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &object{keys: map[string]bool{}, wantKey: true})
			continue
		case json.Delim('['):
			stack = append(stack, &object{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:top]
		}
		// A value ends: the enclosing object wants its next key.
		if n := len(stack); n > 0 && stack[n-1].keys != nil {
			stack[n-1].wantKey = true
		}
	}
}

// jsonErrorLine turns a decoding error into a line number and a message.
func jsonErrorLine(data []byte, err error) (int, string) {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var dup *DuplicateKeyError
	switch {
	case errors.As(err, &dup):
		return lineAt(data, dup.Offset), dup.Error()
	case errors.As(err, &syn):
		msg := syn.Error()
		if msg == "" {
			msg = "unexpected data after the JSON document"
		}
		return lineAt(data, syn.Offset), msg
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "the document"
		}
		return lineAt(data, typ.Offset), fmt.Sprintf("%s must be %s, not %s", field, jsonKind(typ.Type.Kind().String()), typ.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return lineAt(data, int64(len(bytes.TrimRight(data, " \t\r\n")))), "the file is empty or cut short"
	}
	return 0, err.Error()
}

func jsonKind(k string) string {
	switch k {
	case "slice", "array":
		return "an array"
	case "map", "struct":
		return "an object"
	case "bool":
		return "true or false"
	case "int", "int64", "float64":
		return "a number"
	}
	return "a " + k
}

// lineAt is the 1-based line of byte offset off.
func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// remarshal converts a decoded JSON value into a typed one.
func remarshal(in, out any) error {
	data, err := json.Marshal(in)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, out)
}
