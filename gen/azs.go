package gen

import (
	"fmt"
	"strings"

	"github.com/dockstack/dockstack/model"
)

// High availability spreads the subnets over three Availability Zones, named
// by their AZ IDs (use1-az1): the same physical zones in every account, and a
// choice that never moves. Fn::GetAZs is neither: its names map to different
// zones per account, its list holds only zones with a default subnet where
// there are any, and it has fewer than three entries in some regions.

// zoneIDMapping is the network template's mapping of region to its three zone IDs.
const zoneIDMapping = "HighAvailabilityZones"

// zoneIDExceptions are regions whose first three AZ IDs are not az1-az3:
// those zones are constrained for new accounts (use1-az3, apne1-az3, cac1-az3).
var zoneIDExceptions = map[string][]string{
	"us-east-1":      {"use1-az1", "use1-az2", "use1-az4"},
	"ap-northeast-1": {"apne1-az1", "apne1-az2", "apne1-az4"},
	"ca-central-1":   {"cac1-az1", "cac1-az2", "cac1-az4"},
}

// twoZoneRegions offer fewer than three zones to most accounts.
var twoZoneRegions = map[string]bool{"us-west-1": true}

// directions abbreviate the middle of a region code in its AZ IDs (eu-west-1: euw1).
var directions = map[string]string{"east": "e", "west": "w", "north": "n", "south": "s", "central": "c",
	"northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw"}

// zoneIDs are the three AZ IDs high availability uses in a region.
func zoneIDs(region string) ([]string, error) {
	if ids, ok := zoneIDExceptions[region]; ok {
		return ids, nil
	}
	if twoZoneRegions[region] {
		return nil, fmt.Errorf("region %s offers two Availability Zones to most accounts; high availability needs three: use another region, or turn highAvailability off", region)
	}
	parts := strings.Split(region, "-")
	if len(parts) != 3 || directions[parts[1]] == "" {
		return nil, fmt.Errorf("region %s: dockstack does not know its Availability Zone IDs; turn highAvailability off, or open an issue naming the region", region)
	}
	prefix := parts[0] + directions[parts[1]] + parts[2]
	return []string{prefix + "-az1", prefix + "-az2", prefix + "-az3"}, nil
}

// zoneIDMappings maps each environment's region to its zone IDs, or fails naming the environment.
func zoneIDMappings(b *model.Backend) (map[string]any, error) {
	m := map[string]any{}
	for _, env := range b.Envs {
		ids, err := zoneIDs(env.Region)
		if err != nil {
			return nil, fmt.Errorf("high availability in environment %s: %w", env.Name, err)
		}
		m[env.Region] = map[string]any{"ZoneIds": ids}
	}
	return m, nil
}
