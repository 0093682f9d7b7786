package gen

import (
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/golden"
	"github.com/dockstack/dockstack/model"
)

func TestNetwork(t *testing.T) {
	b := &model.Backend{Project: model.Project{Name: "demo"}, APIs: []model.API{{Name: "a"}}}
	one, err := Network(b).Render("yaml")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/network-1az.yaml", one)

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
