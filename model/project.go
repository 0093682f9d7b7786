package model

import (
	"fmt"
	"sort"
	"strings"
)

// Paths of the project files, relative to the project root.
const (
	ProjectConfigFile = "amplify/.config/project-config.json"
	LocalEnvFile      = "amplify/.config/local-env-info.json"
	TeamProviderFile  = "amplify/team-provider-info.json"
	BackendConfigFile = "amplify/backend/backend-config.json"
	MetaFile          = "amplify/backend/amplify-meta.json"
	BackendDir        = "amplify/backend"
)

// frontendConfig is the `<frontend>` section of project-config.json.
type frontendConfig struct {
	Config struct {
		SourceDir            string `json:"SourceDir"`
		ServerlessContainers *bool  `json:"ServerlessContainers"`
	} `json:"config"`
}

// loadProject reads project-config.json.
func loadProject(root string, r *Report) Project {
	var raw map[string]any
	if !readJSON(root, ProjectConfigFile, &raw, false, r) {
		return Project{}
	}
	var p struct {
		ProjectName string `json:"projectName"`
		Frontend    string `json:"frontend"`
	}
	_ = remarshal(raw, &p)
	proj := Project{Name: p.ProjectName, Frontend: p.Frontend}
	if proj.Name == "" {
		r.Errorf(ProjectConfigFile, 0, "projectName is missing; set it to the project's name")
	}
	if proj.Frontend == "" {
		r.Errorf(ProjectConfigFile, 0, "frontend is missing; set it to javascript, android, ios or flutter")
		return proj
	}
	var fe frontendConfig
	if section, ok := raw[proj.Frontend]; ok {
		if err := remarshal(section, &fe); err != nil {
			r.Errorf(ProjectConfigFile, 0, "%q section: %v", proj.Frontend, err)
		}
	}
	proj.SourceDir = fe.Config.SourceDir
	proj.ContainersEnabled = fe.Config.ServerlessContainers != nil && *fe.Config.ServerlessContainers
	return proj
}

// loadEnvironment picks the environment: --env when given, else local-env-info.json.
func loadEnvironment(root, want string, proj Project, r *Report) (Environment, []string) {
	var tpi map[string]struct {
		AWS struct {
			Region               string `json:"Region"`
			StackName            string `json:"StackName"`
			DeploymentBucketName string `json:"DeploymentBucketName"`
		} `json:"awscloudformation"`
	}
	if !readJSON(root, TeamProviderFile, &tpi, false, r) {
		return Environment{Name: want}, nil
	}
	envs := make([]string, 0, len(tpi))
	for name := range tpi {
		envs = append(envs, name)
	}
	sort.Strings(envs)
	if len(envs) == 0 {
		r.Errorf(TeamProviderFile, 0, "no environments; add one with `dockstack env add NAME`")
		return Environment{}, envs
	}
	if want == "" {
		var local struct {
			EnvName string `json:"envName"`
		}
		if readJSON(root, LocalEnvFile, &local, true, r) && local.EnvName != "" {
			want = local.EnvName
		} else if len(envs) == 1 {
			want = envs[0]
		} else {
			r.Errorf(LocalEnvFile, 0, "no current environment; pass --env (one of %s) or run `dockstack env checkout NAME`", strings.Join(envs, ", "))
			return Environment{}, envs
		}
	}
	e, ok := tpi[want]
	if !ok {
		r.Errorf(TeamProviderFile, 0, "unknown environment %q; known environments: %s", want, strings.Join(envs, ", "))
		return Environment{Name: want}, envs
	}
	env := Environment{Name: want, Region: e.AWS.Region, StackName: e.AWS.StackName, DeploymentBucket: e.AWS.DeploymentBucketName}
	if !validEnvName(want) {
		r.Errorf(TeamProviderFile, 0, "environment name %q must be 2 to 10 lower-case letters (Amplify's rule: it is part of resource names)", want)
	}
	if env.Region == "" {
		r.Errorf(TeamProviderFile, 0, "environment %q has no awscloudformation.Region; set it, e.g. \"us-east-1\"", want)
	}
	if env.StackName == "" {
		env.StackName = fmt.Sprintf("amplify-%s-%s", proj.Name, want)
	}
	return env, envs
}

func validEnvName(s string) bool {
	if len(s) < 2 || len(s) > 10 {
		return false
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
