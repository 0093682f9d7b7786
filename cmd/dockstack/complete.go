package main

import (
	"encoding/json"
	"io"

	"github.com/dockstack/dockstack/model"
	"github.com/spf13/cobra"
)

// complete makes a shell completion of the project's names: names lists them
// for the backend loaded from --dir (or the folder the shell is in).
func complete(names func(b *model.Backend, args []string) []string) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		dir := "."
		if f := cmd.Flags().Lookup("dir"); f != nil {
			dir = f.Value.String()
		}
		b, _ := model.Load(dir, model.Options{AllEnvs: true})
		return names(b, args), cobra.ShellCompDirectiveNoFileComp
	}
}

func envNames(b *model.Backend) []string {
	var out []string
	for _, e := range b.Envs {
		out = append(out, e.Name)
	}
	return out
}

// resourceNames lists the project's APIs, tables or auth resources.
func resourceNames(b *model.Backend, kind string) []string {
	var out []string
	switch kind {
	case "api":
		for _, a := range b.APIs {
			out = append(out, a.Name)
		}
	case "storage":
		for _, t := range b.Tables {
			out = append(out, t.Name)
		}
	case "auth":
		for _, a := range b.Auth {
			out = append(out, a.Name)
		}
	}
	return out
}

// completeEnvFlag completes --env with the project's environments.
func completeEnvFlag(cmd *cobra.Command) {
	if cmd.Flags().Lookup("env") != nil {
		cmd.RegisterFlagCompletionFunc("env", complete(func(b *model.Backend, _ []string) []string { return envNames(b) }))
	}
}

// printJSON writes v as indented JSON, for --output json.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// completeAPI completes a command's one argument, an API's name.
var completeAPI = complete(func(b *model.Backend, args []string) []string {
	if len(args) > 0 {
		return nil
	}
	return resourceNames(b, "api")
})
