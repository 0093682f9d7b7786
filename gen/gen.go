package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/dockstack/dockstack/model"
)

// Files are generated files by name (relative to the output folder).
type Files map[string][]byte

// Names returns the file names, sorted.
func (f Files) Names() []string { return slices.Sorted(maps.Keys(f)) }

// CloudFormation's quotas per template, checked before a deploy would find out.
const (
	maxResources        = 500
	maxTemplateBytes    = 1 << 20
	maxParamsAndOutputs = 200
)

// Generate is the pure transform: the backend model of one environment in, the
// files to commit out. Templates are shared by every environment; each
// environment of team-provider-info.json gets its parameter files.
func Generate(b *model.Backend, format string) (Files, error) {
	ext := "yaml"
	switch format {
	case "yaml", "":
	case "json":
		ext = "json"
	default:
		return nil, fmt.Errorf("--format %q: use yaml or json", format)
	}
	if err := checkNoEncodedIntrinsics(b); err != nil {
		return nil, err
	}
	files := Files{}
	network, err := Network(b)
	if err != nil {
		return nil, err
	}
	templates := map[string]*Template{
		bootstrapFile(ext): Bootstrap(),
		rootFile(ext):      Root(b, ext),
		networkFile(ext):   network,
	}
	for i := range b.Tables {
		templates[storageFile(b.Tables[i].Name, ext)] = Storage(&b.Tables[i])
	}
	for i := range b.Auth {
		templates[authFile(b.Auth[i].Name, ext)] = Auth(&b.Auth[i])
	}
	for i := range b.APIs {
		api := &b.APIs[i]
		templates[apiFile(api.Name, ext)] = API(b, api)
		if !Builds(api) {
			continue
		}
		spec, err := Buildspec(api)
		if err != nil {
			return nil, err
		}
		files[buildspecFile(api.Name)] = spec
	}
	if h := b.Hosting; h != nil {
		templates["hosting."+ext] = HostingSite(b)
		templates["hosting-certificate."+ext] = HostingCertificate()
		templates["hosting-logs."+ext] = HostingLogs()
		spec, err := Buildspec(&h.Site)
		if err != nil {
			return nil, err
		}
		files[buildspecFile(model.SiteName)] = spec
	}
	for name, t := range templates {
		data, err := t.Render(format)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if err := checkQuotas(name, t, data); err != nil {
			return nil, err
		}
		files[name] = data
	}
	// Templates serve every environment; each environment has its parameter files.
	for _, env := range b.Envs {
		var err error
		if files[paramsFile(env.Name)], err = parameterFile(rootParameters(b, env), b, env); err != nil {
			return nil, err
		}
		if env.MadeByAmplify() {
			continue // its bucket is in Amplify's root stack: no bootstrap stack
		}
		if files[bootstrapParamsFile(env.Name)], err = parameterFile(map[string]string{"DeploymentBucketName": DeploymentBucket(env)}, b, env); err != nil {
			return nil, err
		}
	}
	return files, nil
}

func checkQuotas(name string, t *Template, data []byte) error {
	var problems []string
	if n := len(t.CF.Resources); n > maxResources {
		problems = append(problems, fmt.Sprintf("%d resources (CloudFormation allows %d)", n, maxResources))
	}
	if n := len(data); n > maxTemplateBytes {
		problems = append(problems, fmt.Sprintf("%d bytes (CloudFormation allows %d)", n, maxTemplateBytes))
	}
	if n := len(t.CF.Parameters) + len(t.CF.Outputs); n > maxParamsAndOutputs {
		problems = append(problems, fmt.Sprintf("%d parameters and outputs (CloudFormation allows %d)", n, maxParamsAndOutputs))
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s is too large for CloudFormation: %s; split the API into several APIs", name, strings.Join(problems, ", "))
	}
	return nil
}

// DeploymentBucket is the environment's bucket from team-provider-info, or one named after its stack.
func DeploymentBucket(env model.Environment) string {
	if env.DeploymentBucket != "" {
		return env.DeploymentBucket
	}
	return strings.ToLower(env.StackName) + "-deployment"
}

// SourceKey is the default key of an API's source bundle; deploy passes a
// content-addressed key instead, and a plain `aws cloudformation deploy` uses this one.
func SourceKey(api string) string { return SourcePrefix + api + "/source.zip" }

func rootParameters(b *model.Backend, env model.Environment) map[string]string {
	p := map[string]string{"env": env.Name, "DeploymentBucketName": DeploymentBucket(env)}
	amplifyParameters(env, p)
	for _, api := range b.APIs {
		if S3Source(&api) {
			p[ZipPathParam(APIStackID(api.Name))] = SourceKey(api.Name)
		}
	}
	if h := b.Hosting; h != nil {
		// The certificate's ARN and CloudFront's prefix list are looked up by
		// deploy (or by the commands in the README), so they are not here.
		p[ZipPathParam(HostingStackID)] = SourceKey(model.SiteName)
		p[HostingParam("Domain")] = h.Envs[env.Name].Domain
		p[HostingParam("HostedZoneId")] = h.Envs[env.Name].HostedZoneID
	}
	return p
}

// parameterFile writes the CodePipeline template-configuration format, which
// `aws cloudformation deploy --parameter-overrides file://...` also reads.
func parameterFile(params map[string]string, b *model.Backend, env model.Environment) ([]byte, error) {
	doc := struct {
		Parameters map[string]string `json:"Parameters"`
		Tags       map[string]string `json:"Tags"`
	}{params, map[string]string{"dockstack:project": b.Project.Name, "dockstack:env": env.Name}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
