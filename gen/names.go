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

// literal makes an input value safe inside a !Sub: a "${" in it stays text
// ("${!" is Sub's escape), so no value from the input becomes a reference.
func literal(s string) string { return strings.ReplaceAll(s, "${", "${!") }

// subnetID is the logical ID of the i-th public subnet (0-based): PublicSubnet1, 2, 3.
func subnetID(i int) string { return "PublicSubnet" + string(rune('1'+i)) }

// subnetCidr is the i-th /24 of the VPC: 10.0.0.0/24, 10.0.1.0/24, ...
func subnetCidr(i int) string { return "10.0." + string(rune('0'+i)) + ".0/24" }

// Nested stack logical IDs in the root stack, as Amplify names them (api<name>, auth<name>).
// APIStackID is the logical ID of an API's nested stack, which keys its outputs.
func APIStackID(api string) string   { return "api" + api }
func authStackID(auth string) string { return "auth" + auth }

// Template file names in the output folder (ext is yaml or json); the root
// stack refers to the nested ones by these relative paths.
func rootFile(ext string) string       { return "root." + ext }
func bootstrapFile(ext string) string  { return "bootstrap." + ext }
func networkFile(ext string) string    { return "network." + ext }
func apiFile(api, ext string) string   { return "api-" + api + "." + ext }
func authFile(auth, ext string) string { return "auth-" + auth + "." + ext }
func buildspecFile(api string) string  { return "buildspec-" + api + ".yml" }
func paramsFile(env string) string     { return env + ".parameters.json" }
func bootstrapParamsFile(env string) string {
	return env + ".bootstrap.parameters.json"
}

// repositoryURIVar is the buildspec's shell variable for a container's ECR URI:
// upper case, every other character an underscore, so "web-app" and "web.app" work.
func repositoryURIVar(container string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(container) {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			r = '_'
		}
		b.WriteRune(r)
	}
	s := b.String()
	if s != "" && unicode.IsDigit(rune(s[0])) {
		s = "C_" + s
	}
	return s + "_REPOSITORY_URI"
}

// SecretName is the Secrets Manager name of an API's secret: <StackName>/<api>/<name>.
// The slashes keep a partial ARN unambiguous: Secrets Manager reads a name
// ending in a hyphen and six characters ("-stripe") as the random suffix of
// another secret's ARN, and the task could not start (the model refuses
// secret names that end so).
func SecretName(stack, api, name string) string { return stack + "/" + api + "/" + name }

// ArtifactPrefix starts every pipeline name: CodePipeline keeps a pipeline's
// artifacts under the first 20 characters of its name, so the deployment
// bucket's 7-day lifecycle rule on this prefix matches them.
const ArtifactPrefix = "dockstack-"

// SourcePrefix is where the source bundles and templates go in the deployment bucket.
const SourcePrefix = "dockstack/"

// PipelineConsoleURL is a pipeline's page in the AWS console.
func PipelineConsoleURL(region, pipeline string) string {
	return "https://" + region + ".console.aws.amazon.com/codesuite/codepipeline/pipelines/" + pipeline + "/view?region=" + region
}
