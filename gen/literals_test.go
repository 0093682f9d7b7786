package gen

import (
	"strings"
	"testing"

	"github.com/dockstack/dockstack/model"
)

// TestEncodedIntrinsicsRefused: a value that is goformation's encoding of an
// intrinsic (base64 JSON) would render as !Ref or !GetAtt; gen refuses it.
func TestEncodedIntrinsicsRefused(t *testing.T) {
	for _, c := range []struct{ what, image, env string }{
		{"image", "eyJSZWYiOiJBV1M6OkFjY291bnRJZCJ9", "plain"},
		{"environment value", "nginx", "eyJGbjo6R2V0QXR0IjpbIlRhc2tSb2xlIiwiQXJuIl19"},
	} {
		b := &model.Backend{Project: model.Project{Name: "demo"}, APIs: []model.API{{Name: "myapi", Containers: []model.Container{
			{Name: "web", Image: c.image, Environment: []model.EnvVar{{Name: "X", Value: c.env}}},
		}}}}
		_, err := Generate(b, "yaml")
		if err == nil || !strings.Contains(err.Error(), "encoded CloudFormation function") {
			t.Errorf("%s: %v", c.what, err)
		}
	}
}
