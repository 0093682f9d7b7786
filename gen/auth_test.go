package gen

import (
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/cfnspec"
	"github.com/dockstack/dockstack/model"
)

func TestAuthHostedUIDomain(t *testing.T) {
	spec, err := cfnspec.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, domain := range []string{"", "myapp"} {
		out, err := Auth(&model.Auth{Name: "users", UserPoolName: "users", SignInWith: []string{"email"}, HostedUIDomain: domain}).Render("yaml")
		if err != nil {
			t.Fatal(err)
		}
		if p := spec.Check(out); len(p) > 0 {
			t.Errorf("spec check: %v", p)
		}
		has := strings.Contains(string(out), "Domain: !Sub myapp-${env}")
		if has != (domain != "") {
			t.Errorf("domain %q: UserPoolDomain present = %v\n%s", domain, has, out)
		}
	}
}
