package model

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadDockerfileUserAndVolumes(t *testing.T) {
	for _, tc := range []struct {
		name, dockerfile, target string
		user                     string
		volumes                  []string
	}{
		{"none", "FROM x\n", "", "", nil},
		{"user", "FROM x\nUSER node\n", "", "node", nil},
		{"last user wins", "FROM x\nUSER root\nRUN id\nUSER 1000:1000\n", "", "1000:1000", nil},
		{"arg expanded", "FROM x\nARG UID=1001\nUSER $UID\n", "", "1001", nil},
		{"builder's user does not count", "FROM x AS build\nUSER builder\nFROM y\n", "", "", nil},
		{"inherited from the stage built on", "FROM x AS base\nUSER app\nVOLUME /data\nFROM base\n", "", "app", []string{"/data"}},
		{"target stage", "FROM x AS api\nUSER api\nFROM y\nUSER web\n", "api", "api", nil},
		{"volumes", "FROM x\nVOLUME /data /cache\nVOLUME [\"/logs\"]\n", "", "", []string{"/data", "/cache", "/logs"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			info, err := ReadDockerfile([]byte(tc.dockerfile), tc.target, nil)
			if err != nil {
				t.Fatal(err)
			}
			if info.User != tc.user {
				t.Errorf("user %q, want %q", info.User, tc.user)
			}
			if diff := cmp.Diff(tc.volumes, info.Volumes); diff != "" {
				t.Errorf("volumes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHarden(t *testing.T) {
	tcp := func(p int) []Port { return []Port{{Container: p, Protocol: "tcp"}} }
	for _, tc := range []struct {
		name        string
		c           Container
		df          *DockerfileInfo
		readOnlySet bool
		want        Container
		note        string // a fragment of the note; "" when there is none
	}{
		{name: "built: nobody, read-only, /tmp", c: Container{Ports: tcp(8080)}, df: &DockerfileInfo{},
			want: Container{Ports: tcp(8080), User: DefaultUser, ReadOnly: true, Tmpfs: []Tmpfs{scratchTmp}}, note: "runs as user 65534:65534"},
		{name: "Dockerfile USER kept", c: Container{Ports: tcp(8080)}, df: &DockerfileInfo{User: "node"},
			want: Container{Ports: tcp(8080), User: "node", ReadOnly: true, Tmpfs: []Tmpfs{scratchTmp}}, note: "has a read-only root"},
		{name: "compose user beats USER", c: Container{Ports: tcp(8080), User: "root"}, df: &DockerfileInfo{User: "node"},
			want: Container{Ports: tcp(8080), User: "root", ReadOnly: true, Tmpfs: []Tmpfs{scratchTmp}}, note: "has a read-only root"},
		{name: "port below 1024 keeps the image's user", c: Container{Ports: tcp(80)}, df: &DockerfileInfo{},
			want: Container{Ports: tcp(80), ReadOnly: true, Tmpfs: []Tmpfs{scratchTmp}}, note: "only root may listen below 1024"},
		{name: "read_only: false is kept", c: Container{Ports: tcp(8080)}, df: &DockerfileInfo{}, readOnlySet: true,
			want: Container{Ports: tcp(8080), User: DefaultUser}, note: "runs as user"},
		{name: "read_only: true keeps its own /tmp", c: Container{ReadOnly: true, Tmpfs: []Tmpfs{{Path: "/tmp", SizeMiB: 512}}}, df: &DockerfileInfo{}, readOnlySet: true,
			want: Container{ReadOnly: true, User: DefaultUser, Tmpfs: []Tmpfs{{Path: "/tmp", SizeMiB: 512}}}, note: "runs as user"},
		{name: "VOLUME keeps a writable root and the image's user", c: Container{Ports: tcp(8080)}, df: &DockerfileInfo{Volumes: []string{"/data"}},
			want: Container{Ports: tcp(8080)}, note: "declares VOLUME /data"},
		{name: "VOLUME with read_only: true keeps the image's user", c: Container{ReadOnly: true}, df: &DockerfileInfo{Volumes: []string{"/data"}}, readOnlySet: true,
			want: Container{ReadOnly: true, Tmpfs: []Tmpfs{scratchTmp}}, note: "declares VOLUME /data"},
		{name: "VOLUME with user and read_only set says nothing", c: Container{User: "app"}, df: &DockerfileInfo{Volumes: []string{"/data"}}, readOnlySet: true,
			want: Container{User: "app"}},
		{name: "USER in the Dockerfile: only the read-only hint", c: Container{Ports: tcp(8080)}, df: &DockerfileInfo{User: "node"},
			want: Container{Ports: tcp(8080), User: "node", ReadOnly: true, Tmpfs: []Tmpfs{scratchTmp}}, note: "has a read-only root file system (/tmp is a 64 MiB tmpfs); describe the container in a docker-compose.yml with read_only: false, to choose otherwise"},
		{name: "image pulled as is is left alone", c: Container{Image: "redis", Ports: tcp(6379)},
			want: Container{Image: "redis", Ports: tcp(6379)}},
		{name: "image with read_only gets /tmp", c: Container{Image: "redis", ReadOnly: true}, readOnlySet: true,
			want: Container{Image: "redis", ReadOnly: true, Tmpfs: []Tmpfs{scratchTmp}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			note := hardenContainer(&c, tc.df, tc.readOnlySet, dockerfileHints, true)
			if diff := cmp.Diff(tc.want, c); diff != "" {
				t.Errorf("container (-want +got):\n%s", diff)
			}
			if (tc.note == "") != (note == "") || !strings.Contains(note, tc.note) {
				t.Errorf("note %q, want one with %q", note, tc.note)
			}
			// Never advice that is already taken: a user already set is not told to set USER.
			if c := tc.c; (c.User != "" || tc.df != nil && tc.df.User != "") && strings.Contains(note, "set USER") {
				t.Errorf("note %q tells to set USER though the container has one", note)
			}
		})
	}
}

func TestParseTmpfs(t *testing.T) {
	for _, tc := range []struct {
		spec string
		want Tmpfs
		err  string
	}{
		{spec: "/run", want: Tmpfs{Path: "/run", SizeMiB: DefaultTmpfsMiB}},
		{spec: "/cache:size=128m,noexec", want: Tmpfs{Path: "/cache", SizeMiB: 128, Options: []string{"noexec"}}},
		{spec: "/x:size=1g", want: Tmpfs{Path: "/x", SizeMiB: 1024}},
		{spec: "/x:size=65536k", want: Tmpfs{Path: "/x", SizeMiB: 64}},
		{spec: "/x:size=1000", want: Tmpfs{Path: "/x", SizeMiB: 1}},
		{spec: "run", err: "must be absolute"},
		{spec: "/x:mode=1777", err: `does not accept the option "mode=1777"`},
		{spec: "/x:size=lots", err: "not a positive size"},
		{spec: "/x:size=0", err: "not a positive size"},
		{spec: "/x:size=", err: "not a positive size"},
		{spec: "/x:size=99999999999g", err: "not a positive size"},
	} {
		got, err := parseTmpfs(tc.spec)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want one with %q", tc.spec, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.spec, err)
		} else if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.spec, diff)
		}
	}
}
