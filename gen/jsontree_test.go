package gen

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// FuzzJSONTree checks the JSON reader against encoding/json: valid JSON reads
// into nodes that write back as the same value; nothing panics.
func FuzzJSONTree(f *testing.F) {
	for _, s := range []string{`{"a":[1,-2.5e3,true,false,null,"x\"\u003c\n"],"b":{}}`, `[]`, ` { "k" : [ {} , [ ] ] } `, `"s"`, `1`, `[1,]`, `{"a":1,}`, `tru`, `[1 2]`, `{"a"}`, `"\x"`, `[`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n, err := readJSONTree([]byte(in))
		if !json.Valid([]byte(in)) || strings.Contains(in, `"ey`) { // "ey..." may be an encoded intrinsic
			return
		}
		if err != nil {
			t.Fatalf("valid JSON %q: %v", in, err)
		}
		var out bytes.Buffer
		writeJSON(&out, n, "")
		want, err := decodeNumbers([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeNumbers(out.Bytes())
		if err != nil {
			t.Fatalf("%q wrote %q: %v", in, out.String(), err)
		}
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("%q wrote %q", in, out.String())
		}
	})
}

// decodeNumbers decodes JSON keeping numbers as written (1e999 is valid JSON).
func decodeNumbers(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

func TestJSONTreeErrors(t *testing.T) {
	for _, in := range []string{``, `[1,]`, `{"a":1,}`, `tru`, `[1 2]`, `{"a"}`, `{1:2}`, `"open`, `"\x"`, `[`, `{} {}`, `01x`} {
		if _, err := readJSONTree([]byte(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestJSONTreeExpandsIntrinsics(t *testing.T) {
	// goformation writes !Ref X as the base64 of {"Ref":"X"}.
	n, err := readJSONTree([]byte(`{"A":"eyJSZWYiOiJYIn0="}`))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	writeJSON(&out, n, "")
	if got := strings.Join(strings.Fields(out.String()), ""); got != `{"A":{"Ref":"X"}}` {
		t.Errorf("got %s", got)
	}
}

// TestMayReadAsNonString keeps the cheap test in step with the regular expression it guards.
func TestMayReadAsNonString(t *testing.T) {
	for _, s := range []string{"y", "Yes", "NO", "true", "False", "on", "OFF", "~", "null", "0777", "0x1F", "0b101", "1:20", "190:20:30",
		"1e3", "-1", "+.5", ".inf", ".NaN", "1_000", "3.14"} {
		if !yaml11NonString.MatchString(s) {
			t.Errorf("%q: the expression does not match it; the list is wrong", s)
		}
		if !mayReadAsNonString(s) {
			t.Errorf("%q reads as a non-string in YAML 1.1, but the cheap test passes it as a string", s)
		}
	}
	for _, s := range []string{"AWS::Region", "Type", "Yellow", "nobody", "65534:65534", ""} {
		if mayReadAsNonString(s) && yaml11NonString.MatchString(s) {
			t.Errorf("%q is a plain string", s)
		}
	}
}
