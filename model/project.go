package model

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
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
		HardenContainers     *bool  `json:"HardenContainers"`
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
	} else {
		projectNameRule.check(ProjectConfigFile, 0, "projectName", proj.Name, r)
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
	if _, err := Inside(root, proj.SourceDir); err != nil || filepath.IsAbs(proj.SourceDir) {
		r.Errorf(ProjectConfigFile, 0, "%s.config.SourceDir %q leads outside the project; gen writes the client config there: use a folder inside the project, e.g. \"src\"", proj.Frontend, proj.SourceDir)
		proj.SourceDir = ""
	}
	proj.ContainersEnabled = fe.Config.ServerlessContainers != nil && *fe.Config.ServerlessContainers
	proj.HardenContainers = fe.Config.HardenContainers != nil && *fe.Config.HardenContainers
	return proj
}

// loadEnvironment reads every environment and picks the current one: --env
// when given, else local-env-info.json, else the only one.
func loadEnvironment(root string, opts Options, proj Project, r *Report) (Environment, []Environment) {
	want := opts.Env
	var tpi map[string]struct {
		AWS struct {
			Region               string `json:"Region"`
			StackName            string `json:"StackName"`
			DeploymentBucketName string `json:"DeploymentBucketName"`
			AuthRoleName         string `json:"AuthRoleName"`
			UnauthRoleName       string `json:"UnauthRoleName"`
		} `json:"awscloudformation"`
	}
	if !readJSON(root, TeamProviderFile, &tpi, false, r) {
		return Environment{Name: want}, nil
	}
	names := slices.Sorted(maps.Keys(tpi))
	if len(names) == 0 {
		r.Errorf(TeamProviderFile, 0, "no environments; add one with `dockstack env add NAME`")
		return Environment{}, nil
	}
	var envs []Environment
	for _, name := range names {
		e := tpi[name].AWS
		env := Environment{Name: name, Region: e.Region, StackName: e.StackName, DeploymentBucket: e.DeploymentBucketName,
			AuthRoleName: e.AuthRoleName, UnauthRoleName: e.UnauthRoleName}
		for _, role := range []string{e.AuthRoleName, e.UnauthRoleName} {
			if role != "" {
				roleNameRule.check(TeamProviderFile, 0, "environment "+name+": role name", role, r)
			}
		}
		if (e.AuthRoleName == "") != (e.UnauthRoleName == "") {
			r.Errorf(TeamProviderFile, 0, "environment %q has one of AuthRoleName and UnauthRoleName: Amplify writes both (for its root stack's roles); restore the other", name)
		}
		if !validEnvName(name) {
			r.Errorf(TeamProviderFile, 0, "environment name %q must be 2 to 10 lower-case letters (Amplify's rule: it is part of resource names)", name)
		}
		if env.Region == "" {
			r.Errorf(TeamProviderFile, 0, "environment %q has no awscloudformation.Region; set it, e.g. \"us-east-1\"", name)
		} else {
			regionRule.check(TeamProviderFile, 0, "environment "+name+": Region", env.Region, r)
		}
		if env.StackName == "" {
			env.StackName = fmt.Sprintf("amplify-%s-%s", proj.Name, name)
		} else {
			stackNameRule.check(TeamProviderFile, 0, "environment "+name+": StackName", env.StackName, r)
		}
		if env.DeploymentBucket != "" {
			bucketNameRule.check(TeamProviderFile, 0, "environment "+name+": DeploymentBucketName", env.DeploymentBucket, r)
		}
		envs = append(envs, env)
	}
	if want == "" {
		var local struct {
			EnvName string `json:"envName"`
		}
		switch {
		case readJSON(root, LocalEnvFile, &local, true, r) && local.EnvName != "":
			want = local.EnvName
		case len(envs) == 1:
			want = envs[0].Name
		case opts.AllEnvs:
			return Environment{}, envs
		default:
			r.Errorf(LocalEnvFile, 0, "no current environment; pass --env (one of %s) or run `dockstack env checkout NAME`", strings.Join(names, ", "))
			return Environment{}, envs
		}
	}
	for _, e := range envs {
		if e.Name == want {
			return e, envs
		}
	}
	r.Errorf(TeamProviderFile, 0, "unknown environment %q; known environments: %s", want, strings.Join(names, ", "))
	return Environment{Name: want}, envs
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
