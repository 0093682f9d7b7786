package model

import (
	"errors"
	"io/fs"
	"strings"
)

// CurrentEnv is the environment local-env-info.json names, or "".
func CurrentEnv(root string) string {
	var local struct {
		EnvName string `json:"envName"`
	}
	if _, err := decodeFile(root, LocalEnvFile, &local); err != nil {
		return ""
	}
	return local.EnvName
}

// RecordDeploy writes a deploy's stack outputs into amplify-meta.json as
// Amplify does (`<category>.<name>.output`), keyed by nested stack logical ID
// (api<name>, auth<name>, storage<name>). Other content of the file is kept.
func RecordDeploy(root string, env Environment, bucket string, outputs map[string]map[string]string) error {
	var meta map[string]any
	if err := readEdit(root, MetaFile, &meta); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if meta == nil {
		meta = map[string]any{}
	}
	providers, _ := meta["providers"].(map[string]any)
	if providers == nil {
		providers = map[string]any{}
		meta["providers"] = providers
	}
	// Amplify's own keys (AmplifyAppId, AuthRoleName, StackId, ...) are kept; dockstack sets its three.
	aws, _ := providers["awscloudformation"].(map[string]any)
	if aws == nil {
		aws = map[string]any{}
		providers["awscloudformation"] = aws
	}
	aws["StackName"], aws["Region"], aws["DeploymentBucketName"] = env.StackName, env.Region, bucket
	for id, out := range outputs {
		for _, category := range []string{"api", "auth", "storage", "hosting"} {
			name, ok := strings.CutPrefix(id, category)
			if !ok || name == "" {
				continue
			}
			cat, _ := meta[category].(map[string]any)
			if cat == nil {
				cat = map[string]any{}
				meta[category] = cat
			}
			entry, _ := cat[name].(map[string]any)
			if entry == nil {
				entry = map[string]any{}
				cat[name] = entry
			}
			entry["output"] = out
		}
	}
	return writeJSONFiles(root, map[string]any{MetaFile: meta})
}
