package model

import (
	"errors"
	"io/fs"
	"strings"
)

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
	providers["awscloudformation"] = map[string]any{"StackName": env.StackName, "Region": env.Region, "DeploymentBucketName": bucket}
	for id, out := range outputs {
		for _, category := range []string{"api", "auth", "storage"} {
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
