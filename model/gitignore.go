package model

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"strings"
)

// gitignoreBlock is what Amplify's CLI writes into .gitignore, between its
// markers: deployment state, local settings, client config and, above all,
// the .secret-* files, so that `git add -A` never commits a secret.
const gitignoreBlock = `#amplify-do-not-edit-begin
amplify/\#current-cloud-backend
amplify/.config/local-*
amplify/logs
amplify/mock-data
amplify/mock-api-resources
amplify/backend/amplify-meta.json
amplify/backend/.temp
build/
dist/
node_modules/
aws-exports.js
awsconfiguration.json
amplifyconfiguration.json
amplifyconfiguration.dart
amplify-build-config.json
amplify-gradle-config.json
amplifytools.xcconfig
.secret-*
**.sample
#amplify-do-not-edit-end
`

// ensureGitignore adds Amplify's block to the project's .gitignore, or replaces
// the block that is there, keeping every other line.
func ensureGitignore(root string) error {
	old, err := ReadFile(root, ".gitignore")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	text := string(old)
	if begin := strings.Index(text, "#amplify-do-not-edit-begin"); begin >= 0 {
		if end := strings.Index(text[begin:], "#amplify-do-not-edit-end"); end >= 0 {
			rest := strings.TrimPrefix(text[begin+end+len("#amplify-do-not-edit-end"):], "\n")
			text = text[:begin] + rest
		}
	}
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	if text != "" {
		text += "\n"
	}
	return WriteFiles(root, map[string][]byte{".gitignore": []byte(text + gitignoreBlock)})
}

// TrackedSecrets lists the project's secret files that git tracks: their
// values are in the repository's history. Without git, or outside a
// repository, it lists none.
func TrackedSecrets(b *Backend) []string {
	var files []string
	for _, api := range b.APIs {
		for _, s := range api.Secrets {
			files = append(files, s.File)
		}
	}
	if len(files) == 0 {
		return nil
	}
	cmd := exec.Command("git", append([]string{"ls-files", "-z", "--"}, files...)...)
	cmd.Dir = b.Root
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0")
	out, err := cmd.Output()
	if err != nil {
		return nil
	}
	var tracked []string
	for _, f := range bytes.Split(out, []byte{0}) {
		if len(f) > 0 {
			tracked = append(tracked, string(f))
		}
	}
	return tracked
}
