package model

import (
	"fmt"
	"slices"
	"strings"
)

// SecretsContainer writes the task's secrets as files before the others
// start. Its image comes from ECR Public (no Docker Hub rate limit).
const (
	SecretsContainer = "dockstack-secrets"
	secretsImage     = "public.ecr.aws/docker/library/busybox:1.37"
)

// secretsScript writes each file named by an argument from the variable
// S<n> (n counting the arguments): names are arguments, never code, and
// awk's ENVIRON keeps a value's bytes (no trailing newline added or cut).
const secretsScript = `set -eu; n=0; for f in "$@"; do n=$((n+1)); awk -v v="S$n" 'BEGIN { printf "%s", ENVIRON[v] }' > "/secrets/$f"; chmod 0444 "/secrets/$f"; done`

// secretFiles gives each container that lists secrets its own task volume at
// /run/secrets holding exactly its files, as docker compose does, so apps
// that read /run/secrets/x and images' *_FILE variables work. The volumes
// are filled by a small non-essential container that runs first.
func (cf *composeFile) secretFiles(api *API) {
	writer := Container{Name: SecretsContainer, Image: secretsImage, Essential: false,
		Entrypoint: []string{"sh", "-c", secretsScript, "sh"}}
	if api.Container(SecretsContainer) != nil {
		cf.r.Errorf(cf.rel, cf.keys.line("services", serviceOf(cf, SecretsContainer)), "a service runs as container %q, the name dockstack gives the container that writes secret files; rename the service or set container_name", SecretsContainer)
		return
	}
	n := 0
	for i := range api.Containers {
		c := &api.Containers[i]
		// Secrets from env files (x-dockstack-secrets) were variables only.
		refs := slices.DeleteFunc(slices.Clone(c.Secrets), func(ref SecretRef) bool { return ref.File == "" })
		if len(refs) == 0 {
			continue
		}
		line := cf.keys.line("services", serviceOf(cf, c.Name), "secrets")
		vol := Volume{Name: "secrets-" + c.Name}
		cf.addVolume(api, vol, line)
		c.Mounts = append(c.Mounts, Mount{Volume: vol.Name, Path: "/run/secrets", ReadOnly: true})
		c.DependsOn = append(c.DependsOn, Dependency{Container: SecretsContainer, Condition: "SUCCESS"})
		writer.Mounts = append(writer.Mounts, Mount{Volume: vol.Name, Path: "/secrets/" + c.Name})
		var files []string
		for _, ref := range refs {
			n++
			writer.Secrets = append(writer.Secrets, SecretRef{Secret: ref.Secret, EnvVar: fmt.Sprintf("S%d", n)})
			writer.Command = append(writer.Command, c.Name+"/"+ref.File)
			files = append(files, ref.File)
		}
		cf.r.Infof(cf.rel, line, "service %q: its secrets are in /run/secrets/ (%s), written from Secrets Manager before it starts, and in the variables of their names where those are valid names", serviceOf(cf, c.Name), strings.Join(files, ", "))
	}
	if n > 0 {
		api.Containers = append(api.Containers, writer)
	}
}

// serviceOf is the service a container came from.
func serviceOf(cf *composeFile, container string) string {
	for _, s := range cf.order {
		if cf.containers[s] == container {
			return s
		}
	}
	return container
}
