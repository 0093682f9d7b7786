package model

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/compose-spec/compose-go/v2/types"
)

// volumes maps every service's `volumes` once all containers exist, since a
// named volume's use depends on who else mounts it:
//   - a named volume of a database, broker or search engine image, or one a
//     single container keeps, holds data that must survive: EFS;
//   - one shared by several containers of the task, or a cache: scratch space
//     that lives as long as the task;
//   - a bind mount of project files under src/: copied into the image by the
//     pipeline, since a Fargate task has no host files;
//   - host paths and docker.sock cannot work: an error naming the use.
//
// A top-level volume's `x-dockstack-persistent: true|false` overrides the choice.
func (cf *composeFile) volumes(p *types.Project, api *API) {
	users := map[string][]string{} // named volume -> services mounting it
	for _, name := range cf.order {
		for _, v := range p.Services[name].Volumes {
			if v.Type == types.VolumeTypeVolume && v.Source != "" && !slices.Contains(users[v.Source], name) {
				users[v.Source] = append(users[v.Source], name)
			}
		}
	}
	decided := map[string]Volume{}
	for _, name := range cf.order {
		svc := p.Services[name]
		c := api.Container(cf.containers[name])
		if c == nil {
			continue
		}
		for i, v := range svc.Volumes {
			line := cf.keys.itemLine(i, len(svc.Volumes), "services", name, "volumes")
			switch v.Type {
			case types.VolumeTypeBind:
				cf.bindMount(svc, c, v, line, api)
			case types.VolumeTypeVolume:
				if v.Source == "" {
					cf.r.Infof(cf.rel, line, "service %q: the anonymous volume at %s is left out: the container keeps its image's files there (it was there to shield them from a bind mount, or as scratch space the container's own file system gives)", name, v.Target)
					continue
				}
				vol, ok := decided[v.Source]
				if !ok {
					vol = cf.volumeFor(p, v.Source, users[v.Source], line)
					decided[v.Source] = vol
					cf.addVolume(api, vol, line)
				}
				c.Mounts = append(c.Mounts, Mount{Volume: vol.Name, Path: v.Target, ReadOnly: v.ReadOnly})
			case types.VolumeTypeTmpfs:
				t := Tmpfs{Path: v.Target, SizeMiB: DefaultTmpfsMiB}
				if v.Tmpfs != nil && v.Tmpfs.Size > 0 {
					t.SizeMiB = int((int64(v.Tmpfs.Size) + 1<<20 - 1) >> 20)
				}
				c.Tmpfs = append(c.Tmpfs, t)
			default:
				cf.r.Errorf(cf.rel, line, "service %q: a volume of type %s cannot be mounted on Fargate; use a named volume", name, v.Type)
			}
		}
	}
}

// addVolume adds a task volume, refusing a second one of the same ECS name
// (compose names "a.b" and "a_b" are both "a-b").
func (cf *composeFile) addVolume(api *API, vol Volume, line int) {
	if slices.ContainsFunc(api.Volumes, func(v Volume) bool { return v.Name == vol.Name }) {
		cf.r.Errorf(cf.rel, line, "two volumes become the task volume %q (ECS names allow letters, digits, - and _); rename one", vol.Name)
		return
	}
	api.Volumes = append(api.Volumes, vol)
}

var scratchName = regexp.MustCompile(`(?i)cache|tmp|temp|scratch`)

// volumeFor decides where a named volume lives, and says so.
func (cf *composeFile) volumeFor(p *types.Project, name string, users []string, line int) Volume {
	vol := Volume{Name: invalidContainerChars.ReplaceAllString(name, "-")}
	var stateful []string
	for _, u := range users {
		if _, ok := statefulService(p.Services[u]); ok {
			stateful = append(stateful, u)
		}
	}
	decl := p.Volumes[name]
	override, set := decl.Extensions["x-dockstack-persistent"].(bool)
	where := fmt.Sprintf("volume %q (mounted by %s)", name, strings.Join(quoteAll(users), ", "))
	switch {
	case set && !override, !set && len(stateful) == 0 && (len(users) > 1 || scratchName.MatchString(name)):
		why := "shared by the task's containers"
		if len(users) == 1 {
			why = "scratch space"
		}
		cf.r.Infof(cf.rel, line, "%s: %s, so a task volume: its files last as long as the task (set `x-dockstack-persistent: true` on the top-level volume to keep them on EFS); Fargate copies the image's files into it only where the image declares VOLUME, and it belongs to root", where, why)
		return vol
	}
	vol.Persistent = true
	if len(stateful) > 0 {
		vol.OwnerUID, vol.OwnerGID = ownerOf(p.Services[stateful[0]].Image)
	}
	if u := p.Services[users[0]].User; numericUser.MatchString(u) {
		uid, gid := parseUser(u)
		vol.OwnerUID, vol.OwnerGID = uid, gid
	}
	cf.r.Infof(cf.rel, line, "%s: data that must survive, so an encrypted EFS file system keeps it (retained when the stack goes, backed up daily; folder owned by %d:%d). EFS costs about $0.30 per GB-month and suits light database loads, not heavy write loads: for those use a managed service. Set `x-dockstack-persistent: false` on the top-level volume for a task volume instead", where, vol.OwnerUID, vol.OwnerGID)
	return vol
}

// statefulService finds a service that runs a stateful image as it is.
func statefulService(svc types.ServiceConfig) (statefulImage, bool) {
	if svc.Image == "" || svc.Build != nil {
		return statefulImage{}, false
	}
	return stateful(svc.Image)
}

var numericUser = regexp.MustCompile(`^[0-9]{1,9}(:[0-9]{1,9})?$`)

func parseUser(u string) (int, int) {
	var uid, gid int
	a, b, found := strings.Cut(u, ":")
	fmt.Sscan(a, &uid)
	gid = uid
	if found {
		fmt.Sscan(b, &gid)
	}
	return uid, gid
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// copyPathRE is what a path baked into an image may hold: it is written into
// a generated Dockerfile, so nothing a Dockerfile or shell would expand.
var (
	copyPathRE = regexp.MustCompile(`^[A-Za-z0-9._@+/-]+$`)
	imageRefRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._/:@-]*$`)
)

// bindMount maps a bind mount: project files are copied into the image.
func (cf *composeFile) bindMount(svc types.ServiceConfig, c *Container, v types.ServiceVolumeConfig, line int, api *API) {
	name := svc.Name
	if strings.HasSuffix(v.Source, "docker.sock") {
		cf.r.Errorf(cf.rel, line, "service %q: %s: there is no Docker engine on Fargate, so a container that manages other containers cannot run there; remove this service from the API (deploy it on EC2 if you need it)", name, v.Source)
		return
	}
	rel, err := Inside(cf.srcDir, v.Source)
	if err != nil {
		if _, inProject := Inside(cf.root, v.Source); inProject == nil {
			cf.r.Errorf(cf.rel, line, "service %q: bind mount %s is outside src/, and only src/ reaches the build; move it under src/", name, cf.relPath(v.Source))
			return
		}
		cf.r.Errorf(cf.rel, line, "service %q: %s is a folder of the host; a Fargate task has no host files: for data that must survive use a named volume (`data:%s`, kept on EFS), for files the image needs COPY them in a Dockerfile", name, v.Source, v.Target)
		return
	}
	if _, err := StatFile(cf.srcDir, rel); errors.Is(err, fs.ErrNotExist) {
		vol := Volume{Name: invalidContainerChars.ReplaceAllString(name+"-"+strings.Trim(v.Target, "/"), "-")}
		cf.r.Infof(cf.rel, line, "service %q: bind mount source %s does not exist, so, as docker would, the container gets an empty folder at %s: a task volume", name, rel, v.Target)
		cf.addVolume(api, vol, line)
		c.Mounts = append(c.Mounts, Mount{Volume: vol.Name, Path: v.Target, ReadOnly: v.ReadOnly})
		return
	} else if err != nil {
		cf.r.Errorf(cf.rel, line, "service %q: bind mount %s: %v", name, rel, err)
		return
	}
	if !copyPathRE.MatchString(rel) || !copyPathRE.MatchString(v.Target) || !path.IsAbs(v.Target) {
		cf.r.Errorf(cf.rel, line, "service %q: bind mount %s:%s: the pipeline copies bind-mounted files into the image, and can only copy paths of letters, digits and ._@+/-; rename it or COPY it in a Dockerfile", name, rel, v.Target)
		return
	}
	if c.Build == nil && !imageRefRE.MatchString(c.Image) {
		cf.r.Errorf(cf.rel, line, "service %q: image %q is not an image reference the pipeline can build FROM", name, c.Image)
		return
	}
	if c.Build == nil {
		c.Build = &Build{Context: ".", Base: c.Image}
		c.Image = ""
		cf.r.Infof(cf.rel, line, "service %q: bind mount %s → %s: a Fargate task has no host files, so the pipeline builds an image FROM %s with it copied in; a change to it deploys with the next build", name, rel, v.Target, c.Build.Base)
	} else {
		cf.r.Infof(cf.rel, line, "service %q: bind mount %s → %s (a development mount): the pipeline copies it into the image over %s, as the mount showed it; live reload does not apply on Fargate, a change deploys with the next build", name, rel, v.Target, v.Target)
	}
	c.Build.Copies = append(c.Build.Copies, Copy{Src: rel, Dst: v.Target})
}
