package deploy

import (
	"slices"
	"strings"

	"github.com/dockstack/dockstack/gen"
	"gopkg.in/yaml.v3"
)

// A plan changes nothing in AWS. For an environment whose bootstrap or root
// stack does not exist yet there is nothing to diff against, and a change set
// would need the bucket and the uploads a plan must not make: the plan is then
// every resource of the generated templates, as "would create".

// plannedCreation lists the resources of the root template and its nested
// templates (named by their relative TemplateURL), all as Add, and those of
// the hosting site's stacks in us-east-1 when there are any.
func plannedCreation(files gen.Files, bootstrap bool) []Change {
	var out []Change
	if bootstrap {
		out = append(out, templateAdds("bootstrap", files["bootstrap.yaml"], files)...)
	}
	out = append(out, templateAdds("", files["root.yaml"], files)...)
	for _, name := range []string{"hosting-certificate", "hosting-logs"} {
		if body := files[name+".yaml"]; body != nil {
			out = append(out, templateAdds(name+" (us-east-1)", body, files)...)
		}
	}
	return out
}

func templateAdds(stack string, body []byte, files gen.Files) []Change {
	var tpl struct {
		Resources map[string]struct {
			Type       string `yaml:"Type"`
			Properties struct {
				TemplateURL string `yaml:"TemplateURL"`
			} `yaml:"Properties"`
		} `yaml:"Resources"`
	}
	if yaml.Unmarshal(body, &tpl) != nil {
		return nil
	}
	var out []Change
	ids := make([]string, 0, len(tpl.Resources))
	for id := range tpl.Resources {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		r := tpl.Resources[id]
		out = append(out, Change{Stack: stack, LogicalID: id, Type: r.Type, Action: "Add"})
		if nested := files[r.Properties.TemplateURL]; r.Type == "AWS::CloudFormation::Stack" && nested != nil {
			out = append(out, templateAdds(strings.TrimPrefix(stack+"/"+id, "/"), nested, files)...)
		}
	}
	return out
}
