package gen

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/dockstack/dockstack/model"
)

// goformation marks an intrinsic function inside a string field by encoding
// it as base64 JSON ({"Ref": ...}), and the renderer expands such strings. An
// input value of that shape would become code (`Image: !Ref ...`), and no
// rendering can tell it from gen's own, so gen refuses it.
func checkNoEncodedIntrinsics(b *model.Backend) error {
	return walkStrings(reflect.ValueOf(b), "backend", func(path, s string) error {
		if intrinsicJSON(s) != nil {
			return fmt.Errorf("%s: the value %.20q... is an encoded CloudFormation function; dockstack refuses it so that no input value becomes code", path, s)
		}
		return nil
	})
}

// walkStrings calls fn on every string reachable from v, with a path naming it.
func walkStrings(v reflect.Value, path string, fn func(path, s string) error) error {
	switch v.Kind() {
	case reflect.String:
		return fn(path, v.String())
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return walkStrings(v.Elem(), path, fn)
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				if err := walkStrings(v.Field(i), path+"."+f.Name, fn); err != nil {
					return err
				}
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn); err != nil {
				return err
			}
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		for _, k := range keys {
			key := fmt.Sprint(k.Interface())
			if err := walkStrings(k, path+"{key}", fn); err != nil {
				return err
			}
			if err := walkStrings(v.MapIndex(k), path+"["+key+"]", fn); err != nil {
				return err
			}
		}
	}
	return nil
}
