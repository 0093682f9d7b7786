package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// DefaultUser is who a built container runs as when neither its Dockerfile
// (USER) nor the compose file (user:) names anyone: nobody:nogroup in Debian,
// Ubuntu and Alpine images, and numeric so images without /etc/passwd work too.
const DefaultUser = "65534:65534"

// DefaultTmpfsMiB sizes a tmpfs mount that does not give its own size. A
// tmpfs lives in the container's memory, and only the pages written count.
const DefaultTmpfsMiB = 64

// Tmpfs is a writable in-memory mount (ECS LinuxParameters.Tmpfs).
type Tmpfs struct {
	Path    string   `json:"path" yaml:"path"`
	SizeMiB int      `json:"sizeMiB" yaml:"sizeMiB"`
	Options []string `json:"options,omitempty" yaml:"options,omitempty"`
}

// scratchTmp is the /tmp a read-only container gets unless it mounts its own:
// a fresh tmpfs is world-writable (mode 1777), so a non-root user can write it,
// which a Fargate bind mount (owned by root) would not allow.
var scratchTmp = Tmpfs{Path: "/tmp", SizeMiB: DefaultTmpfsMiB, Options: []string{"nosuid", "nodev"}}

// harden applies dockstack's defaults for a container built from the
// project's own Dockerfile (df is nil for an image pulled as is, whose
// defaults stay the image's): a read-only root file system unless the
// compose file sets read_only, and a non-root user unless a user is named.
// It returns a note for the user when it changed something or could not.
// howToChange says where the user can decide otherwise.
// hints says how to choose otherwise, for each thing harden may do; only the
// hints of what it did go into its note (a Dockerfile with USER is not told to set USER).
type hints struct{ user, readOnly string }

var (
	composeHints    = hints{user: "set user: on the service", readOnly: "set read_only: false on the service"}
	dockerfileHints = hints{user: "set USER in the Dockerfile", readOnly: "describe the container in a docker-compose.yml with read_only: false"}
)

func hardenContainer(c *Container, df *DockerfileInfo, readOnlySet bool, how hints, on bool) string {
	if !on { // the image's own defaults, as it runs locally
		return ""
	}
	if c.User == "" && df != nil {
		c.User = df.User
	}
	var note string
	switch {
	case df == nil:
	case len(df.Volumes) > 0:
		var kept []string
		if !readOnlySet {
			kept = append(kept, "a writable root file system")
		}
		if c.User == "" {
			kept = append(kept, "its image's user")
		}
		if len(kept) > 0 {
			note = fmt.Sprintf("its Dockerfile declares VOLUME %s, where it means to write, so it keeps %s (on Fargate only root may write a volume)",
				strings.Join(df.Volumes, " "), strings.Join(kept, " and "))
		}
	default:
		var did, change []string
		if !readOnlySet {
			c.ReadOnly = true
			did = append(did, fmt.Sprintf("has a read-only root file system (/tmp is a %d MiB tmpfs)", DefaultTmpfsMiB))
			change = append(change, how.readOnly)
		}
		if c.User == "" {
			if p := lowestPort(c.Ports); p < 1024 {
				did = append(did, fmt.Sprintf("runs as its image's user: it listens on port %d, and on Fargate only root may listen below 1024 (listen on 1024 or above, e.g. 8080, to run unprivileged)", p))
			} else {
				c.User = DefaultUser
				did = append(did, "runs as user "+DefaultUser+" (nobody)")
				change = append(change, how.user)
			}
		}
		if len(did) > 0 {
			note = strings.Join(did, " and ")
			if len(change) > 0 {
				note += "; " + strings.Join(change, ", or ") + ", to choose otherwise"
			}
		}
	}
	if c.ReadOnly && !slices.ContainsFunc(c.Tmpfs, func(t Tmpfs) bool { return t.Path == "/tmp" }) {
		tmp := scratchTmp
		tmp.Options = slices.Clone(tmp.Options) // each container owns its mount options
		c.Tmpfs = append(c.Tmpfs, tmp)
	}
	return note
}

// lowestPort is the container's lowest port, or 65536 when it has none.
func lowestPort(ps []Port) int {
	lowest := 65536
	for _, p := range ps {
		lowest = min(lowest, p.Container)
	}
	return lowest
}

// tmpfsFlags are the mount options ECS accepts that take no value.
var tmpfsFlags = []string{"defaults", "ro", "rw", "suid", "nosuid", "dev", "nodev", "exec", "noexec", "sync", "async",
	"dirsync", "remount", "mand", "nomand", "atime", "noatime", "diratime", "nodiratime", "bind", "rbind", "unbindable",
	"runbindable", "private", "rprivate", "shared", "rshared", "slave", "rslave", "relatime", "norelatime",
	"strictatime", "nostrictatime"}

// parseTmpfs reads a compose tmpfs entry: "/run" or "/run:size=64m,noexec".
func parseTmpfs(spec string) (Tmpfs, error) {
	path, opts, _ := strings.Cut(spec, ":")
	if !strings.HasPrefix(path, "/") {
		return Tmpfs{}, fmt.Errorf("tmpfs %q: the path must be absolute", spec)
	}
	t := Tmpfs{Path: path, SizeMiB: DefaultTmpfsMiB}
	for _, o := range strings.Split(opts, ",") {
		switch {
		case o == "":
		case strings.HasPrefix(o, "size="):
			mib, err := sizeMiB(strings.TrimPrefix(o, "size="))
			if err != nil {
				return Tmpfs{}, fmt.Errorf("tmpfs %q: %v", spec, err)
			}
			t.SizeMiB = mib
		case slices.Contains(tmpfsFlags, o):
			t.Options = append(t.Options, o)
		default:
			return Tmpfs{}, fmt.Errorf("tmpfs %q: ECS does not accept the option %q (it takes size= and flags such as noexec, nosuid, nodev)", spec, o)
		}
	}
	return t, nil
}

// sizeMiB reads a docker size (bytes, or with k, m or g) as whole MiB, rounding up.
func sizeMiB(size string) (int, error) {
	s, unit := size, int64(1)
	switch strings.ToLower(s[len(s)-min(len(s), 1):]) {
	case "k":
		unit = 1 << 10
	case "m":
		unit = 1 << 20
	case "g":
		unit = 1 << 30
	}
	if unit > 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/unit {
		return 0, fmt.Errorf("size %q is not a positive size such as 64m", size)
	}
	return int((n*unit + (1<<20 - 1)) >> 20), nil
}

// notHardened says once per API which built containers keep their images'
// defaults (a writable root, the image's user) and how to harden them.
func notHardened(api *API, r *Report) {
	var names []string
	for _, c := range api.Containers {
		if c.Build != nil && c.Build.Base == "" && (!c.ReadOnly || c.User == "") {
			names = append(names, c.Name)
		}
	}
	if len(names) == 0 {
		return
	}
	r.Infof(api.SourceFile, 0, "%s: %s keep their images' defaults (a writable root file system, the image's user: root unless the Dockerfile sets USER); to harden them, set `read_only: true` and `user:` on their services (or USER in the Dockerfile), or run `dockstack configure project --harden` for every built container", api.Name, strings.Join(names, ", "))
}
