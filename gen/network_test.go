package gen

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/dockstack/dockstack/model"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./gen -update creates it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestNetwork(t *testing.T) {
	b := &model.Backend{Project: model.Project{Name: "demo"}, APIs: []model.API{{Name: "a"}}}
	one, err := Network(b).Render("yaml")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/network-1az.yaml", one)

	b.APIs = append(b.APIs, model.API{Name: "b", HighAvailability: true})
	three, err := Network(b).Render("yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"PublicSubnet1:", "PublicSubnet2:", "PublicSubnet3:", "10.0.2.0/24", "- !Ref PublicSubnet3"} {
		if !strings.Contains(string(three), want) {
			t.Errorf("high availability: no %q", want)
		}
	}
	if strings.Contains(string(one), "PublicSubnet2") {
		t.Error("one AZ by default, but PublicSubnet2 is there")
	}
	// The VPC CIDR output is the VPC's own, not a constant (Amplify hard-codes it).
	if !strings.Contains(string(one), "Value: !GetAtt Vpc.CidrBlock") {
		t.Error("VpcCidrBlock output must read the VPC")
	}
}
