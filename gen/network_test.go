package gen

import (
	"strings"
	"testing"

	"github.com/dockstack/dockstack/internal/golden"
	"github.com/dockstack/dockstack/model"
)

func render(t *testing.T, b *model.Backend) string {
	t.Helper()
	tpl, err := Network(b)
	if err != nil {
		t.Fatal(err)
	}
	out, err := tpl.Render("yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestNetwork(t *testing.T) {
	b := &model.Backend{Project: model.Project{Name: "demo"}, APIs: []model.API{{Name: "a"}},
		Envs: []model.Environment{{Name: "dev", Region: "us-east-1"}, {Name: "prod", Region: "eu-west-1"}}}
	one := render(t, b)
	golden.Check(t, "testdata/network-1az.yaml", []byte(one))

	b.APIs = append(b.APIs, model.API{Name: "b", HighAvailability: true})
	three := render(t, b)
	for _, want := range []string{"PublicSubnet1:", "PublicSubnet2:", "PublicSubnet3:", "10.0.2.0/24", "- !Ref PublicSubnet3",
		"us-east-1:", "- use1-az4", "eu-west-1:", "- euw1-az3", "AvailabilityZoneId: !Select"} {
		if !strings.Contains(three, want) {
			t.Errorf("high availability: no %q", want)
		}
	}
	// GetAZs names different zones per account and lists fewer than three in some regions.
	if strings.Contains(three, "GetAZs") {
		t.Error("high availability still chooses zones with GetAZs")
	}
	if strings.Contains(one, "PublicSubnet2") {
		t.Error("one AZ by default, but PublicSubnet2 is there")
	}
	// The VPC CIDR output is the VPC's own, not a constant (Amplify hard-codes it).
	if !strings.Contains(one, "Value: !GetAtt Vpc.CidrBlock") {
		t.Error("VpcCidrBlock output must read the VPC")
	}
}

// TestHighAvailabilityRegions: a region where three zones cannot be chosen fails gen early, naming the environment.
func TestHighAvailabilityRegions(t *testing.T) {
	for region, want := range map[string]string{
		"us-west-1":     "environment prod: region us-west-1 offers two Availability Zones",
		"us-gov-west-1": "environment prod: region us-gov-west-1: dockstack does not know its Availability Zone IDs",
	} {
		b := &model.Backend{Project: model.Project{Name: "demo"}, APIs: []model.API{{Name: "a", HighAvailability: true}},
			Envs: []model.Environment{{Name: "prod", Region: region}}}
		if _, err := Network(b); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", region, err)
		}
	}
	for region, want := range map[string][]string{
		"ap-southeast-2": {"apse2-az1", "apse2-az2", "apse2-az3"},
		"ap-northeast-1": {"apne1-az1", "apne1-az2", "apne1-az4"},
		"eu-central-1":   {"euc1-az1", "euc1-az2", "euc1-az3"},
	} {
		if got, err := zoneIDs(region); err != nil || strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: %v %v", region, got, err)
		}
	}
}
