package model

import (
	"slices"
	"strings"
)

// InjectedVar is an environment variable dockstack gives every container of an
// API: ENV, REGION, and for each table it may access STORAGE_<NAME>_NAME, _ARN
// and _STREAMARN, named as Amplify names them.
type InjectedVar struct {
	Name  string
	Table string // the table resource, or "" for ENV and REGION
	Attr  string // Name, Arn, StreamArn; or Env, Region
}

// InjectedVars lists the API's injected variables, sorted by name.
func (b *Backend) InjectedVars(api *API) []InjectedVar {
	vars := []InjectedVar{{Name: "ENV", Attr: "Env"}, {Name: "REGION", Attr: "Region"}}
	for _, t := range b.AccessedTables(api) {
		prefix := "STORAGE_" + strings.ToUpper(t.Name) + "_"
		vars = append(vars, InjectedVar{prefix + "NAME", t.Name, "Name"}, InjectedVar{prefix + "ARN", t.Name, "Arn"})
		if t.Stream {
			vars = append(vars, InjectedVar{prefix + "STREAMARN", t.Name, "StreamArn"})
		}
	}
	slices.SortFunc(vars, func(a, b InjectedVar) int { return strings.Compare(a.Name, b.Name) })
	return vars
}

// AccessedTables are the tables the API has permissions on, in name order.
func (b *Backend) AccessedTables(api *API) []Table {
	var out []Table
	for _, t := range b.Tables {
		if len(api.Permissions["storage"][t.Name]) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// API returns the named API, or nil.
func (b *Backend) API(name string) *API {
	for i := range b.APIs {
		if b.APIs[i].Name == name {
			return &b.APIs[i]
		}
	}
	return nil
}

// Table returns the named table, or nil.
func (b *Backend) Table(name string) *Table {
	for i := range b.Tables {
		if b.Tables[i].Name == name {
			return &b.Tables[i]
		}
	}
	return nil
}

// checkInjectedNames refuses a compose variable or secret that would silently
// override (or be overridden by) a variable dockstack injects.
func checkInjectedNames(b *Backend, api *API, r *Report) {
	injected := map[string]bool{}
	for _, v := range b.InjectedVars(api) {
		injected[v.Name] = true
	}
	for _, c := range api.Containers {
		for _, e := range c.Environment {
			if injected[e.Name] {
				r.Errorf(api.SourceFile, 0, "service %q sets %s, which dockstack sets for every container (%s); remove it from `environment`", c.Name, e.Name, injectedWhy(e.Name))
			}
		}
		for _, s := range c.Secrets {
			if injected[s.EnvVar] {
				r.Errorf(api.SourceFile, 0, "service %q: secret %s has the name of a variable dockstack sets (%s); give the secret another target", c.Name, s.EnvVar, injectedWhy(s.EnvVar))
			}
		}
	}
}

func injectedWhy(name string) string {
	switch name {
	case "ENV":
		return "the environment name"
	case "REGION":
		return "the AWS region"
	}
	return "from the API's storage access"
}
