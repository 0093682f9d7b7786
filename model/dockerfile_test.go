package model

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadDockerfilePorts(t *testing.T) {
	tcp := func(ps ...int) []Port {
		var out []Port
		for _, p := range ps {
			out = append(out, Port{Container: p, Protocol: "tcp"})
		}
		return out
	}
	for _, tc := range []struct {
		name, dockerfile, target string
		args                     map[string]string
		want                     []Port
	}{
		{"single", "FROM x\nEXPOSE 8080\n", "", nil, tcp(8080)},
		{"several on one line", "FROM x\nEXPOSE 80 443\n", "", nil, tcp(80, 443)},
		{"udp and tcp", "FROM x\nEXPOSE 53/udp\nEXPOSE 53/tcp\n", "", nil, []Port{{53, "udp"}, {53, "tcp"}}},
		{"range", "FROM x\nEXPOSE 8000-8002\n", "", nil, tcp(8000, 8001, 8002)},
		{"lower-case instruction", "from x\nexpose 3000\n", "", nil, tcp(3000)},
		{"line continuation", "FROM x\nEXPOSE 80 \\\n  81\n", "", nil, tcp(80, 81)},
		{"env expansion", "FROM x\nENV PORT=3000\nEXPOSE ${PORT}\n", "", nil, tcp(3000)},
		{"arg default", "FROM x\nARG PORT=4000\nEXPOSE $PORT\n", "", nil, tcp(4000)},
		{"build arg overrides default", "FROM x\nARG PORT=4000\nEXPOSE $PORT\n", "", map[string]string{"PORT": "5000"}, tcp(5000)},
		{"global arg redeclared", "ARG PORT=7000\nFROM x\nARG PORT\nEXPOSE $PORT\n", "", nil, tcp(7000)},
		{"default in expansion", "FROM x\nEXPOSE ${PORT:-8181}\n", "", nil, tcp(8181)},
		{"builder EXPOSE does not count", "FROM x AS build\nEXPOSE 1111\nFROM y\nEXPOSE 2222\n", "", nil, tcp(2222)},
		{"target stage", "FROM x AS api\nEXPOSE 1111\nFROM y AS web\nEXPOSE 2222\n", "api", nil, tcp(1111)},
		{"env inherited from base stage", "FROM x AS base\nENV P=6000\nFROM base\nEXPOSE $P\n", "", nil, tcp(6000)},
		{"duplicates removed", "FROM x\nEXPOSE 80\nEXPOSE 80/tcp\n", "", nil, tcp(80)},
		{"no expose", "FROM x\nCMD [\"a\"]\n", "", nil, nil},
		{"heredoc and comments", "# syntax=docker/dockerfile:1\nFROM x\n# EXPOSE 1\nRUN <<EOF\necho EXPOSE 2\nEOF\nEXPOSE 3\n", "", nil, tcp(3)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			info, err := ReadDockerfile([]byte(tc.dockerfile), tc.target, tc.args)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, info.Ports); diff != "" {
				t.Errorf("ports (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadDockerfileErrors(t *testing.T) {
	for _, tc := range []struct {
		name, dockerfile string
		line             int
		msg              string
	}{
		{"empty", "", 0, "file with no instructions"},
		{"only comments", "# nothing\n", 1, "file with no instructions"},
		{"no FROM", "EXPOSE 80\n", 1, "no build stage"},
		{"port zero", "FROM x\nEXPOSE 0\n", 2, `"0" is not a port number`},
		{"reversed range", "FROM x\n\nEXPOSE 90-80\n", 3, "reversed"},
		{"unset variable", "FROM x\nEXPOSE $NOPE\n", 2, "expands to nothing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadDockerfile([]byte(tc.dockerfile), "", nil)
			de, ok := err.(*DockerfileError)
			if !ok {
				t.Fatalf("got %v, want a *DockerfileError", err)
			}
			if de.Line != tc.line || !strings.Contains(de.Msg, tc.msg) {
				t.Errorf("got line %d %q, want line %d containing %q", de.Line, de.Msg, tc.line, tc.msg)
			}
		})
	}
}
