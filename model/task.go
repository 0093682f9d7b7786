package model

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/compose-spec/compose-go/v2/types"
)

// Default task size, as Amplify deploys it.
const (
	DefaultCPU    = 512
	DefaultMemory = 1024
)

// FargateSizes lists the valid task CPU units and, for each, the valid memory sizes in MiB.
var FargateSizes = []struct {
	CPU    int
	Memory []int
}{
	{256, []int{512, 1024, 2048}},
	{512, steps(1024, 4096, 1024)},
	{1024, steps(2048, 8192, 1024)},
	{2048, steps(4096, 16384, 1024)},
	{4096, steps(8192, 30720, 1024)},
	{8192, steps(16384, 61440, 4096)},
	{16384, steps(32768, 122880, 8192)},
}

func steps(from, to, by int) []int {
	var out []int
	for m := from; m <= to; m += by {
		out = append(out, m)
	}
	return out
}

// FargateSize returns the smallest valid task size that holds cpu units and memory MiB.
func FargateSize(cpu, memory int) (int, int, bool) {
	for _, s := range FargateSizes {
		if s.CPU < cpu {
			continue
		}
		for _, m := range s.Memory {
			if m >= memory {
				return s.CPU, m, true
			}
		}
	}
	return 0, 0, false
}

func fargateSizeList() string {
	var parts []string
	for _, s := range FargateSizes {
		parts = append(parts, fmt.Sprintf("%d CPU units (%g vCPU): %d-%d MiB", s.CPU, float64(s.CPU)/1024, s.Memory[0], s.Memory[len(s.Memory)-1]))
	}
	return strings.Join(parts, "; ")
}

// task sets the task-level settings from every service: replicas, platform and size.
func (cf *composeFile) task(p *types.Project, api *API) {
	api.Task = Task{CPU: DefaultCPU, Memory: DefaultMemory, Replicas: 1, Architecture: "X86_64"}
	replicasFrom, platformFrom := "", ""
	for _, name := range cf.order {
		svc := p.Services[name]
		if svc.Deploy != nil && svc.Deploy.Mode != "" && svc.Deploy.Mode != "replicated" {
			cf.r.Errorf(cf.rel, cf.keys.line("services", name, "deploy", "mode"), "service %q: deploy.mode %q is not supported; all services run as one replicated task", name, svc.Deploy.Mode)
		}
		if n, set := replicas(svc); set {
			if replicasFrom != "" && n != api.Task.Replicas {
				cf.r.Errorf(cf.rel, cf.keys.line("services", name, "deploy"), "services %q and %q ask for %d and %d replicas; all services run in one task, so give them the same count", replicasFrom, name, api.Task.Replicas, n)
			}
			api.Task.Replicas, replicasFrom = n, name
		}
		if svc.Platform != "" {
			arch, ok := map[string]string{"linux/amd64": "X86_64", "linux/x86_64": "X86_64", "linux/arm64": "ARM64", "linux/arm64/v8": "ARM64"}[svc.Platform]
			switch {
			case !ok:
				cf.r.Errorf(cf.rel, cf.keys.line("services", name, "platform"), "service %q: platform %q is not supported; use linux/amd64 or linux/arm64", name, svc.Platform)
			case platformFrom != "" && arch != api.Task.Architecture:
				cf.r.Errorf(cf.rel, cf.keys.line("services", name, "platform"), "services %q and %q ask for different platforms; one task runs on one CPU architecture", platformFrom, name)
			default:
				api.Task.Architecture, platformFrom = arch, name
			}
		}
	}
	cpu, mem := 0, 0
	for _, c := range api.Containers {
		cpu += c.Resources.CPU
		mem += max(c.Resources.Memory, c.Resources.MemoryReservation)
	}
	if cpu == 0 && mem == 0 {
		return
	}
	tc, tm, ok := FargateSize(cpu, mem)
	if !ok {
		cf.r.Errorf(cf.rel, 0, "the services ask for %d CPU units and %d MiB in all, more than one Fargate task can have; valid sizes are %s", cpu, mem, fargateSizeList())
		return
	}
	if tc != cpu || tm != mem {
		cf.r.Infof(cf.rel, 0, "the services ask for %d CPU units and %d MiB; the task gets the smallest valid Fargate size, %d CPU units and %d MiB", cpu, mem, tc, tm)
	}
	api.Task.CPU, api.Task.Memory = tc, tm
}

func replicas(svc types.ServiceConfig) (int, bool) {
	if svc.Deploy != nil && svc.Deploy.Replicas != nil {
		return *svc.Deploy.Replicas, true
	}
	if svc.Scale != nil {
		return *svc.Scale, true
	}
	return 0, false
}

// dependencies maps depends_on; a container others wait to complete must not be essential.
func (cf *composeFile) dependencies(p *types.Project, api *API) {
	names := map[string]string{} // service -> container name
	for _, n := range cf.order {
		names[n] = containerName(p.Services[n])
	}
	for i := range api.Containers {
		c := &api.Containers[i]
		var svc types.ServiceConfig
		for n, s := range p.Services {
			if names[n] == c.Name {
				svc = s
			}
		}
		for _, dep := range slices.Sorted(maps.Keys(svc.DependsOn)) {
			d := svc.DependsOn[dep]
			target := api.Container(names[dep])
			if target == nil {
				continue // a disabled optional dependency
			}
			cond := map[string]string{
				types.ServiceConditionStarted:               "START",
				types.ServiceConditionHealthy:               "HEALTHY",
				types.ServiceConditionCompletedSuccessfully: "SUCCESS",
			}[d.Condition]
			switch cond {
			case "":
				cf.r.Errorf(cf.rel, cf.keys.line("services", svc.Name, "depends_on"), "service %q: depends_on %s: condition %q is not supported", svc.Name, dep, d.Condition)
				continue
			case "HEALTHY":
				if target.HealthCheck == nil {
					cf.r.Errorf(cf.rel, cf.keys.line("services", svc.Name, "depends_on"), "service %q waits for %q to be healthy, but %q has no healthcheck; add one", svc.Name, dep, dep)
				}
			case "SUCCESS":
				target.Essential = false
			}
			c.DependsOn = append(c.DependsOn, Dependency{Container: target.Name, Condition: cond})
		}
	}
}
