package model

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/compose-spec/compose-go/v2/types"
)

// container maps one compose service to a container.
func (cf *composeFile) container(svc types.ServiceConfig, p *types.Project, secrets []Secret) (Container, bool) {
	line := func(key ...string) int { return cf.keys.line(append([]string{"services", svc.Name}, key...)...) }
	errorsBefore := cf.r.Count(Error)
	cf.checkServiceKeys(svc.Name)

	c := Container{Name: containerName(svc), Essential: true}
	if c.Name != svc.Name && svc.ContainerName == "" {
		cf.r.Infof(cf.rel, line(), "service %q runs as container %q (ECS container names allow only letters, digits, - and _)", svc.Name, c.Name)
	}
	if !containerNameRE.MatchString(c.Name) {
		cf.r.Errorf(cf.rel, line("container_name"), "container name %q must be 1-255 letters, digits, - or _", c.Name)
	}
	var df *DockerfileInfo
	if svc.Build != nil {
		c.Build, df = cf.build(svc, line)
		if svc.Image != "" {
			cf.r.Infof(cf.rel, line("image"), "service %q has both build and image: the pipeline's ECR image is used, `image` only names the local build", svc.Name)
		}
	} else {
		c.Image = svc.Image
	}
	c.Published = len(svc.Ports) > 0
	for _, pc := range svc.Ports {
		proto := strings.ToLower(pc.Protocol)
		if proto == "" {
			proto = "tcp"
		}
		if proto != "tcp" && proto != "udp" {
			cf.r.Errorf(cf.rel, line("ports"), "service %q: port %d/%s: Fargate supports tcp and udp only", svc.Name, pc.Target, pc.Protocol)
			continue
		}
		c.Ports = append(c.Ports, Port{Container: int(pc.Target), Protocol: proto})
	}
	for _, e := range svc.Expose {
		ps, err := parsePortSpec(e)
		if err != nil {
			cf.r.Errorf(cf.rel, line("expose"), "service %q: expose %q: %v", svc.Name, e, err)
			continue
		}
		c.Ports = append(c.Ports, ps...)
	}
	c.Ports = dedupPorts(c.Ports)
	cf.checkExpose(svc.Name, c.Ports, df, line)
	c.Command, c.Entrypoint = svc.Command, svc.Entrypoint
	c.WorkingDir, c.User = svc.WorkingDir, svc.User
	c.Environment = cf.environment(svc, line)
	c.Secrets = cf.secretRefs(svc, secrets, c.Environment, line)
	c.HealthCheck = cf.healthCheck(svc, line)
	if svc.StopGracePeriod != nil {
		c.StopTimeout = ceilSeconds(*svc.StopGracePeriod)
		if c.StopTimeout > 120 {
			cf.r.Errorf(cf.rel, line("stop_grace_period"), "service %q: stop_grace_period %s is longer than Fargate's 120s maximum", svc.Name, svc.StopGracePeriod)
		}
	}
	c.Labels = sortedPairs(svc.Labels)
	c.ReadOnly = svc.ReadOnly
	for _, spec := range svc.Tmpfs {
		t, err := parseTmpfs(spec)
		if err != nil {
			cf.r.Errorf(cf.rel, line("tmpfs"), "service %q: %v", svc.Name, err)
			continue
		}
		c.Tmpfs = append(c.Tmpfs, t)
	}
	if note := hardenContainer(&c, df, slices.Contains(cf.keys.order[joinPath("services", svc.Name)], "read_only"), composeHints, cf.harden); note != "" {
		cf.r.Infof(cf.rel, line(), "service %q: %s", svc.Name, note)
	}
	if oneShot(svc, p) {
		// A one-shot job (a migration, a seeder): its exit must not stop the task.
		c.Essential = false
		cf.r.Infof(cf.rel, line("restart"), "service %q runs once (restart: \"no\"): it is not essential, so the task keeps running after it exits; services that wait for it with condition: service_completed_successfully start after it succeeds", svc.Name)
	}
	c.Init = svc.Init != nil && *svc.Init
	c.Interactive, c.PseudoTerminal = svc.StdinOpen, svc.Tty
	c.Ulimits = cf.ulimits(svc, line)
	c.CapAdd, c.CapDrop = capabilities(svc.CapAdd), capabilities(svc.CapDrop)
	for _, cap := range c.CapAdd {
		if cap != "SYS_PTRACE" {
			cf.r.Errorf(cf.rel, line("cap_add"), "service %q: cap_add %s: Fargate allows adding only SYS_PTRACE", svc.Name, cap)
		}
	}
	c.Resources = cf.size(svc)
	return c, cf.r.Count(Error) == errorsBefore
}

// oneShot tells a job that runs once (a migration, a seeder) by its
// `restart: "no"`. When every service says "no" it is the file's policy (a
// development .env turning restarts off), not a mark of a job; a service
// with ports or a database image is a server whatever its policy.
func oneShot(svc types.ServiceConfig, p *types.Project) bool {
	if svc.Restart != types.RestartPolicyNo || len(svc.Ports) > 0 {
		return false
	}
	if _, ok := statefulService(svc); ok {
		return false
	}
	for _, other := range p.Services {
		if other.Restart != types.RestartPolicyNo {
			return true
		}
	}
	return false
}

// checkExpose reports a compose port that the Dockerfile does not EXPOSE,
// when it exposes others: the app may listen on the other port, and API
// Gateway would reach nothing.
func (cf *composeFile) checkExpose(service string, ports []Port, df *DockerfileInfo, line func(...string) int) {
	if df == nil || len(df.Ports) == 0 {
		return
	}
	for _, p := range ports {
		if !slices.Contains(df.Ports, p) {
			cf.r.Warnf(cf.rel, line("ports"), "service %q: port %d/%s is not one its Dockerfile EXPOSEs (%s); make sure the app listens on %d, or change the port here", service, p.Container, p.Protocol, portList(df.Ports), p.Container)
		}
	}
}

// checkServiceKeys reports every key's outcome from the table.
func (cf *composeFile) checkServiceKeys(service string) {
	path := joinPath("services", service)
	for _, key := range cf.keys.order[path] {
		rule, known := ServiceKeys[key]
		line := cf.keys.line("services", service, key)
		switch {
		case strings.HasPrefix(key, "x-"):
			cf.r.Infof(cf.rel, line, "service %q: extension %q is ignored", service, key)
		case !known:
			// compose-go's schema check rejects unknown keys first.
		case rule.Outcome == Noted:
			if cf.localKeys[key] == nil {
				cf.localOrder = append(cf.localOrder, key)
			}
			cf.localKeys[key] = append(cf.localKeys[key], service)
		case rule.Outcome == Ignored:
			cf.r.Warnf(cf.rel, line, "service %q: %s is ignored: %s", service, key, rule.Detail)
		case rule.Outcome == Rejected:
			cf.r.Errorf(cf.rel, line, "service %q: %s cannot work on Fargate: %s", service, key, rule.Detail)
		}
	}
	for _, key := range cf.keys.order[joinPath(path, "deploy")] {
		rule, known := DeployKeys[key]
		line := cf.keys.line("services", service, "deploy", key)
		switch {
		case !known || strings.HasPrefix(key, "x-"):
		case rule.Outcome == Ignored:
			cf.r.Warnf(cf.rel, line, "service %q: deploy.%s is ignored: %s", service, key, rule.Detail)
		}
	}
}

// reportLocalKeys says in one note which keys, that matter only to docker
// compose on one machine, were left out (docs/compose.md says why for each).
func (cf *composeFile) reportLocalKeys() {
	if len(cf.localOrder) == 0 {
		return
	}
	var parts []string
	for _, key := range cf.localOrder {
		parts = append(parts, fmt.Sprintf("%s (%s)", key, strings.Join(cf.localKeys[key], ", ")))
	}
	cf.r.Infof(cf.rel, cf.keys.line("services"), "left out, as they matter only to docker compose on one machine (docs/compose.md says why): %s", strings.Join(parts, "; "))
}

var invalidContainerChars = regexp.MustCompile(`[^A-Za-z0-9_-]`)

func containerName(svc types.ServiceConfig) string {
	if svc.ContainerName != "" {
		return svc.ContainerName
	}
	return invalidContainerChars.ReplaceAllString(svc.Name, "-")
}

// build maps `build:`; the context must be inside src/, which is what the pipeline receives.
func (cf *composeFile) build(svc types.ServiceConfig, line func(...string) int) (*Build, *DockerfileInfo) {
	b := svc.Build
	l := line("build")
	if b.DockerfileInline != "" {
		cf.r.Errorf(cf.rel, l, "service %q: dockerfile_inline is not supported; write the Dockerfile into the build context", svc.Name)
		return nil, nil
	}
	if strings.Contains(b.Context, "://") || strings.HasPrefix(b.Context, "git@") {
		cf.r.Errorf(cf.rel, l, "service %q: remote build context %q is not supported; put the sources under src/", svc.Name, b.Context)
		return nil, nil
	}
	ctx, err := Inside(cf.srcDir, b.Context)
	if err == nil {
		_, err = StatFile(cf.srcDir, ctx)
	}
	if IsOutside(err) {
		cf.r.Errorf(cf.rel, l, "service %q: build context %s is outside src/; only src/ is uploaded to the build, so move the sources under it", svc.Name, cf.relPath(b.Context))
		return nil, nil
	}
	if errors.Is(err, fs.ErrNotExist) {
		msg := fmt.Sprintf("service %q: build context %s does not exist", svc.Name, ctx)
		if near := nearestEntry(cf.srcDir, path.Dir(ctx), path.Base(ctx)); near != "" {
			msg += fmt.Sprintf("; did you mean %s?", path.Join(path.Dir(ctx), near))
		}
		cf.r.Errorf(cf.rel, l, "%s", msg)
		return nil, nil
	}
	dockerfile := b.Dockerfile
	if dockerfile == "" {
		dockerfile = "Dockerfile"
	}
	out := &Build{Context: ctx, Dockerfile: filepath.ToSlash(dockerfile), Target: b.Target}
	args := map[string]string{}
	for k, v := range b.Args {
		if v == nil {
			cf.r.Warnf(cf.rel, l, "service %q: build arg %s has no value and is left out (gen reads no machine environment); give it a value", svc.Name, k)
			continue
		}
		args[k] = *v
		out.Args = append(out.Args, KeyValue{Key: k, Value: *v})
	}
	sort.Slice(out.Args, func(i, j int) bool { return out.Args[i].Key < out.Args[j].Key })
	for _, key := range cf.keys.order[joinPath(joinPath("services", svc.Name), "build")] {
		switch key {
		case "context", "dockerfile", "args", "target":
		default:
			cf.r.Warnf(cf.rel, cf.keys.line("services", svc.Name, "build", key), "service %q: build.%s is ignored by the CodeBuild build", svc.Name, key)
		}
	}
	df := filepath.Join(b.Context, dockerfile)
	if filepath.IsAbs(dockerfile) {
		df = dockerfile
	}
	// Only src/ reaches the build, so the Dockerfile is read through a root there.
	inSrc, err := Inside(cf.srcDir, df)
	var data []byte
	if err == nil {
		data, err = ReadFile(cf.srcDir, inSrc)
	}
	switch {
	case IsOutside(err):
		cf.r.Errorf(cf.rel, l, "service %q: Dockerfile %s is outside src/ (through .. or a symbolic link); only src/ is uploaded to the build, so put the Dockerfile under it", svc.Name, dockerfile)
		return nil, nil
	case err != nil:
		cf.r.Errorf(cf.rel, l, "service %q: Dockerfile %s not found in the build context %s", svc.Name, dockerfile, out.Context)
		return nil, nil
	}
	info, err := ReadDockerfile(data, b.Target, args)
	if err != nil {
		rel, _ := filepath.Rel(cf.root, df)
		de, _ := err.(*DockerfileError)
		dl := 0
		if de != nil {
			dl = de.Line
		}
		cf.r.Errorf(filepath.ToSlash(rel), dl, "%v", err)
		return nil, nil
	}
	return out, &info
}

// environment maps `environment` (env_file values are already merged in by compose-go).
func (cf *composeFile) environment(svc types.ServiceConfig, line func(...string) int) []EnvVar {
	var out []EnvVar
	for k, v := range svc.Environment {
		if v == nil {
			cf.r.Warnf(cf.rel, line("environment"), "service %q: %s has no value and is left out (gen reads no machine environment); give it a value or put it in src/.env", svc.Name, k)
			continue
		}
		out = append(out, EnvVar{Name: k, Value: *v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

var envNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// secretRefs maps a service's secrets: each is a file under /run/secrets/,
// as docker compose gives it (secretFiles writes them), and an environment
// variable too when its name is one (as Amplify gave them).
func (cf *composeFile) secretRefs(svc types.ServiceConfig, secrets []Secret, env []EnvVar, line func(...string) int) []SecretRef {
	known := map[string]bool{}
	for _, s := range secrets {
		known[s.Key] = true
	}
	var out []SecretRef
	for _, s := range svc.Secrets {
		cf.usedSecrets[s.Source] = true
		if !known[s.Source] {
			continue // compose-go reports undefined secrets; bad files were reported already
		}
		name := strings.TrimPrefix(cmp.Or(s.Target, s.Source), "/run/secrets/")
		if !secretFileRE.MatchString(name) {
			cf.r.Errorf(cf.rel, line("secrets"), "service %q: secret target %q: dockstack puts secrets in /run/secrets/ as files named by letters, digits and ._-, and in a variable of that name; use such a name", svc.Name, s.Target)
			continue
		}
		ref := SecretRef{Secret: s.Source, File: name}
		if envNameRE.MatchString(name) {
			ref.EnvVar = name
			for _, e := range env {
				if e.Name == name {
					cf.r.Errorf(cf.rel, line("environment"), "service %q: %s is both a secret and a plain environment variable; remove it from `environment`", svc.Name, name)
				}
			}
		}
		out = append(out, ref)
	}
	return out
}

var secretFileRE = regexp.MustCompile(`^[A-Za-z0-9._-]{1,128}$`)

// healthCheck maps `healthcheck` into ECS's whole-second ranges.
func (cf *composeFile) healthCheck(svc types.ServiceConfig, line func(...string) int) *HealthCheck {
	hc := svc.HealthCheck
	if hc == nil || hc.Disable || len(hc.Test) == 0 || hc.Test[0] == "NONE" {
		return nil
	}
	out := &HealthCheck{Command: hc.Test, Interval: 30, Timeout: 30, Retries: 3}
	if out.Command[0] != "CMD" && out.Command[0] != "CMD-SHELL" {
		out.Command = append([]string{"CMD"}, out.Command...)
	}
	if hc.Interval != nil {
		out.Interval = ceilSeconds(*hc.Interval)
	}
	if hc.Timeout != nil {
		out.Timeout = ceilSeconds(*hc.Timeout)
	}
	if hc.StartPeriod != nil {
		out.StartPeriod = ceilSeconds(*hc.StartPeriod)
	}
	if hc.Retries != nil {
		out.Retries = int(min(*hc.Retries, 1000))
	}
	// Values outside ECS's ranges are brought inside them, as a warning: the
	// check still runs, a little more or less often than the file says.
	clamp := func(name string, v *int, lo, hi int) {
		if *v < lo || *v > hi {
			was := *v
			*v = min(max(*v, lo), hi)
			cf.r.Warnf(cf.rel, line("healthcheck"), "service %q: healthcheck %s %d is outside ECS's %d to %d, so it is %d", svc.Name, name, was, lo, hi, *v)
		}
	}
	clamp("interval (s)", &out.Interval, 5, 300)
	clamp("timeout (s)", &out.Timeout, 2, 60)
	clamp("retries", &out.Retries, 1, 10)
	clamp("start_period (s)", &out.StartPeriod, 0, 300)
	return out
}

func ceilSeconds(d types.Duration) int {
	s := math.Ceil(time.Duration(d).Seconds())
	if s > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(s)
}

var ulimitNames = map[string]bool{"core": true, "cpu": true, "data": true, "fsize": true, "locks": true, "memlock": true, "msgqueue": true,
	"nice": true, "nofile": true, "nproc": true, "rss": true, "rtprio": true, "rttime": true, "sigpending": true, "stack": true}

func (cf *composeFile) ulimits(svc types.ServiceConfig, line func(...string) int) []Ulimit {
	var out []Ulimit
	for name, u := range svc.Ulimits {
		if !ulimitNames[name] {
			cf.r.Errorf(cf.rel, line("ulimits"), "service %q: ulimit %q is not one ECS knows (core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack)", svc.Name, name)
			continue
		}
		if u == nil {
			continue
		}
		soft, hard := u.Soft, u.Hard
		if u.Single != 0 {
			soft, hard = u.Single, u.Single
		}
		out = append(out, Ulimit{Name: name, Soft: soft, Hard: hard})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func capabilities(caps []string) []string {
	var out []string
	for _, c := range caps {
		out = append(out, strings.TrimPrefix(strings.ToUpper(c), "CAP_"))
	}
	return out
}

func sortedPairs(m map[string]string) []KeyValue {
	var out []KeyValue
	for k, v := range m {
		out = append(out, KeyValue{Key: k, Value: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// size maps deploy.resources (and the legacy cpus/mem_limit keys) to the container's share.
func (cf *composeFile) size(svc types.ServiceConfig) ContainerSize {
	var s ContainerSize
	cpus, mem, reserve := float64(svc.CPUS), int64(svc.MemLimit), int64(svc.MemReservation)
	if svc.Deploy != nil {
		if l := svc.Deploy.Resources.Limits; l != nil {
			if l.NanoCPUs > 0 {
				cpus = float64(l.NanoCPUs)
			}
			if l.MemoryBytes > 0 {
				mem = int64(l.MemoryBytes)
			}
		}
		if rv := svc.Deploy.Resources.Reservations; rv != nil {
			if rv.MemoryBytes > 0 {
				reserve = int64(rv.MemoryBytes)
			}
			if cpus == 0 && rv.NanoCPUs > 0 {
				cpus = float64(rv.NanoCPUs)
			}
		}
	}
	line := cf.keys.line("services", svc.Name)
	if cpus < 0 || math.IsNaN(cpus) {
		cf.r.Errorf(cf.rel, line, "service %q: cpus %g must not be negative", svc.Name, cpus)
		cpus = 0
	}
	for _, m := range []struct {
		what  string
		bytes int64
	}{{"memory limit", mem}, {"memory reservation", reserve}} {
		if m.bytes != 0 && (m.bytes < minContainerMemory<<20 || m.bytes > 120<<30) {
			cf.r.Errorf(cf.rel, line, "service %q: %s of %d bytes is not between %d MiB (ECS's least for a container) and 120 GiB (Fargate's most); write it as e.g. 512m", svc.Name, m.what, m.bytes, minContainerMemory)
		}
	}
	s.CPU = int(math.Ceil(cpus * 1024))
	s.Memory = int(math.Ceil(float64(mem) / (1 << 20)))
	s.MemoryReservation = int(math.Ceil(float64(reserve) / (1 << 20)))
	return s
}

// minContainerMemory is ECS's smallest container memory, in MiB.
const minContainerMemory = 6
