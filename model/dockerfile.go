package model

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"
)

// DockerfileInfo is what dockstack needs from a Dockerfile.
type DockerfileInfo struct {
	// Ports are the final (or target) stage's EXPOSE ports, in order, without duplicates.
	Ports []Port
	// Stages are the stage names, in order ("" for unnamed stages).
	Stages []string
	// User is the built stage's USER (inherited from an earlier stage it is
	// built FROM), "" when the Dockerfile sets none and the base image decides.
	User string
	// Volumes are the built stage's VOLUME paths: places the image expects to write.
	Volumes []string
}

// DockerfileError is a Dockerfile problem at a line (0 when unknown).
type DockerfileError struct {
	Line int
	Msg  string
}

func (e *DockerfileError) Error() string { return e.Msg }

// ReadDockerfile parses a Dockerfile with BuildKit's parser and returns the
// ports exposed by the stage that is built: target when given, else the last.
// ARG and ENV values are expanded as BuildKit does (`EXPOSE $PORT`); buildArgs
// override ARG defaults.
func ReadDockerfile(data []byte, target string, buildArgs map[string]string) (DockerfileInfo, error) {
	var info DockerfileInfo
	res, err := parser.Parse(bytes.NewReader(data))
	if err != nil {
		return info, &DockerfileError{Line: errorLine(err), Msg: err.Error()}
	}
	stages, metaArgs, err := instructions.Parse(res.AST, nil)
	if err != nil {
		return info, &DockerfileError{Line: errorLine(err), Msg: err.Error()}
	}
	if len(stages) == 0 {
		return info, &DockerfileError{Msg: "no FROM instruction: this is not a Dockerfile that can be built"}
	}
	lex := shell.NewLex(res.EscapeToken)
	exposeArgs := exposeArgsByLine(res.AST)

	// Global ARGs (before the first FROM) give defaults that a stage's own ARG inherits.
	global := map[string]string{}
	for _, a := range metaArgs {
		for _, kv := range a.Args {
			global[kv.Key] = argValue(kv, buildArgs, global, lex)
		}
	}
	chosen := len(stages) - 1
	if target != "" {
		chosen = -1
		for i, s := range stages {
			if strings.EqualFold(s.Name, target) {
				chosen = i
			}
		}
		if chosen < 0 {
			return info, &DockerfileError{Msg: fmt.Sprintf("build target %q is not a stage of this Dockerfile", target)}
		}
	}
	envs := make([]env, len(stages))
	users := make([]string, len(stages))
	volumes := make([][]string, len(stages))
	for i, s := range stages {
		info.Stages = append(info.Stages, s.Name)
		vars := env{}
		// A stage built FROM an earlier stage starts with that stage's ENV, USER and VOLUMEs.
		for j := 0; j < i; j++ {
			if stages[j].Name != "" && strings.EqualFold(stages[j].Name, s.BaseName) {
				vars = envs[j].clone()
				users[i], volumes[i] = users[j], slices.Clone(volumes[j])
			}
		}
		var ports []Port
		for _, c := range s.Commands {
			switch c := c.(type) {
			case *instructions.ArgCommand:
				for _, kv := range c.Args {
					if _, isGlobal := global[kv.Key]; isGlobal && kv.Value == nil {
						vars[kv.Key] = global[kv.Key]
						continue
					}
					vars[kv.Key] = argValue(kv, buildArgs, vars, lex)
				}
			case *instructions.EnvCommand:
				for _, kv := range c.Env {
					vars[kv.Key] = expand(kv.Value, vars, lex)
				}
			case *instructions.ExposeCommand:
				p, err := exposedPorts(c, exposeArgs, vars, lex)
				if err != nil {
					return info, err
				}
				ports = append(ports, p...)
			case *instructions.UserCommand:
				users[i] = expand(c.User, vars, lex)
			case *instructions.VolumeCommand:
				for _, v := range c.Volumes {
					volumes[i] = append(volumes[i], expand(v, vars, lex))
				}
			}
		}
		envs[i] = vars
		if i == chosen {
			info.Ports = dedupPorts(ports)
			info.User, info.Volumes = users[i], volumes[i]
		}
	}
	return info, nil
}

// expand substitutes ARG and ENV values as BuildKit does, keeping the word as
// written when it cannot be expanded.
func expand(word string, vars env, lex *shell.Lex) string {
	v, _, err := lex.ProcessWord(word, vars)
	if err != nil {
		return word
	}
	return v
}

func argValue(kv instructions.KeyValuePairOptional, buildArgs map[string]string, vars env, lex *shell.Lex) string {
	if v, ok := buildArgs[kv.Key]; ok {
		return v
	}
	if kv.Value == nil {
		return ""
	}
	return expand(*kv.Value, vars, lex)
}

// exposeArgsByLine keeps EXPOSE arguments in written order: BuildKit's
// ExposeCommand sorts them, but the first port written is the one users expect
// API Gateway to route to.
func exposeArgsByLine(ast *parser.Node) map[int][]string {
	out := map[int][]string{}
	for _, n := range ast.Children {
		if !strings.EqualFold(n.Value, "expose") {
			continue
		}
		for a := n.Next; a != nil; a = a.Next {
			out[n.StartLine] = append(out[n.StartLine], a.Value)
		}
	}
	return out
}

func exposedPorts(c *instructions.ExposeCommand, written map[int][]string, vars env, lex *shell.Lex) ([]Port, error) {
	line := 0
	if loc := c.Location(); len(loc) > 0 {
		line = loc[0].Start.Line
	}
	args := c.Ports
	if w, ok := written[line]; ok {
		args = w
	}
	var ports []Port
	for _, raw := range args {
		word, _, err := lex.ProcessWord(raw, vars)
		if err != nil {
			return nil, &DockerfileError{Line: line, Msg: fmt.Sprintf("EXPOSE %s: %v", raw, err)}
		}
		if word == "" {
			return nil, &DockerfileError{Line: line, Msg: fmt.Sprintf("EXPOSE %s expands to nothing; give the ARG or ENV a default value", raw)}
		}
		p, err := parsePortSpec(word)
		if err != nil {
			return nil, &DockerfileError{Line: line, Msg: fmt.Sprintf("EXPOSE %s: %v", raw, err)}
		}
		ports = append(ports, p...)
	}
	return ports, nil
}

// parsePortSpec parses 8080, 8080/tcp, 53/udp or 8000-8002/tcp.
func parsePortSpec(s string) ([]Port, error) {
	spec, proto, _ := strings.Cut(s, "/")
	proto = strings.ToLower(proto)
	switch proto {
	case "":
		proto = "tcp"
	case "tcp", "udp":
	default:
		return nil, fmt.Errorf("protocol %q is not supported on Fargate (use tcp or udp)", proto)
	}
	lo, hi, isRange := strings.Cut(spec, "-")
	first, err := portNumber(lo)
	if err != nil {
		return nil, err
	}
	last := first
	if isRange {
		if last, err = portNumber(hi); err != nil {
			return nil, err
		}
		if last < first || last-first > 100 {
			return nil, fmt.Errorf("port range %s is reversed or wider than 100 ports", spec)
		}
	}
	var ports []Port
	for p := first; p <= last; p++ {
		ports = append(ports, Port{Container: p, Protocol: proto})
	}
	return ports, nil
}

func portNumber(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 65535 {
		return 0, fmt.Errorf("%q is not a port number (1-65535)", s)
	}
	return n, nil
}

func dedupPorts(ps []Port) []Port {
	var out []Port
	seen := map[Port]bool{}
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func errorLine(err error) int {
	var le *parser.LocationError
	if errors.As(err, &le) && len(le.Locations) > 0 && len(le.Locations[0]) > 0 {
		return le.Locations[0][0].Start.Line
	}
	return 0
}

// env is a stage's variables, as shell.EnvGetter wants them.
type env map[string]string

func (e env) Get(k string) (string, bool) { v, ok := e[k]; return v, ok }

func (e env) Keys() []string {
	keys := make([]string, 0, len(e))
	for k := range e {
		keys = append(keys, k)
	}
	return keys
}

func (e env) clone() env {
	c := make(env, len(e))
	for k, v := range e {
		c[k] = v
	}
	return c
}
