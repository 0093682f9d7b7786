// Package templates holds the starter sources `dockstack add api --template`
// copies into an API's src/ folder.
package templates

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"text/template"
)

//go:embed all:express-rest all:compose-express-flask all:graphql-express all:custom all:nginx-site
var files embed.FS

// Names are the API templates, as --template takes them.
var Names = []string{"express-rest", "compose-express-flask", "graphql-express", "custom"}

// SiteTemplate is the starter `dockstack add hosting` writes into the front
// end's SourceDir when it holds no Dockerfile or compose file.
const SiteTemplate = "nginx-site"

// Data fills the templates' placeholders.
type Data struct {
	// TableVar is the variable that names the table the code reads, e.g. STORAGE_POSTS_NAME.
	TableVar string
	// KeyName and KeyType are the table's partition key: its name and S, N or B.
	KeyName, KeyType string
}

// Render returns a template's files, by path relative to src/, with the placeholders filled.
func Render(name string, data Data) (map[string][]byte, error) {
	if !slices.Contains(Names, name) && name != SiteTemplate {
		return nil, fmt.Errorf("unknown template %q; choose one of %v", name, Names)
	}
	if data.TableVar == "" {
		data.TableVar = "STORAGE_POSTS_NAME"
	}
	if data.KeyName == "" {
		data.KeyName, data.KeyType = "id", "N" // the guide's posts table
	}
	out := map[string][]byte{}
	err := fs.WalkDir(files, name, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		tpl, err := template.New(p).Option("missingkey=error").Parse(string(raw))
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := tpl.Execute(&buf, data); err != nil {
			return err
		}
		out[p[len(name)+1:]] = buf.Bytes()
		return nil
	})
	return out, err
}
