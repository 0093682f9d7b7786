package gen

import (
	"strings"
	"unicode"
)

// Logical IDs and physical names come from here only, so they stay stable when
// unrelated input changes, and two environments never collide.

// Logical IDs of the network stack, kept as Amplify names the stack (NetworkStack) and its outputs.
const (
	NetworkStackID = "NetworkStack"
	VpcCidr        = "10.0.0.0/16"
)

// logicalID turns a name into a CloudFormation logical ID (alphanumeric, capitalised words):
// "web-app" -> "WebApp".
func logicalID(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		upper := true
		for _, r := range p {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) || r > unicode.MaxASCII {
				upper = true
				continue
			}
			if upper {
				r = unicode.ToUpper(r)
				upper = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// subnetID is the logical ID of the i-th public subnet (0-based): PublicSubnet1, 2, 3.
func subnetID(i int) string { return "PublicSubnet" + string(rune('1'+i)) }

// subnetCidr is the i-th /24 of the VPC: 10.0.0.0/24, 10.0.1.0/24, ...
func subnetCidr(i int) string { return "10.0." + string(rune('0'+i)) + ".0/24" }
