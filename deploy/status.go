package deploy

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/codepipeline"
	cptypes "github.com/aws/aws-sdk-go-v2/service/codepipeline/types"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	ecstypes "github.com/aws/aws-sdk-go-v2/service/ecs/types"
	"github.com/dockstack/dockstack/model"
)

// EnvStatus is what `dockstack status` shows of an environment.
type EnvStatus struct {
	Environment string      `json:"environment"`
	Stack       string      `json:"stack"`
	Region      string      `json:"region"`
	StackStatus string      `json:"stackStatus"` // "" when the environment is not deployed
	Reason      string      `json:"reason,omitempty"`
	APIs        []APIStatus `json:"apis"`
}

// APIStatus is one API's state: its service, images, last pipeline run and problems.
type APIStatus struct {
	Name     string            `json:"name"`
	Endpoint string            `json:"endpoint,omitempty"`
	Running  int               `json:"running"`
	Desired  int               `json:"desired"`
	Pending  int               `json:"pending"`
	Images   map[string]string `json:"images,omitempty"` // container -> image tag
	Pipeline *RunStatus        `json:"pipeline,omitempty"`
	Problems []string          `json:"problems,omitempty"` // service errors, stopped tasks' reasons
}

// RunStatus is a pipeline's last run.
type RunStatus struct {
	Status   string    `json:"status"`
	Revision string    `json:"revision,omitempty"`
	Started  time.Time `json:"started,omitempty"`
	// FailedStage and Reason say where and why a failed run failed.
	FailedStage string `json:"failedStage,omitempty"`
	Reason      string `json:"reason,omitempty"`
}

// statusParallel is how many APIs status reads at once: enough for one screen
// fast, few enough that hundreds of APIs do not set off API throttling.
const statusParallel = 8

// Status reads an environment's state: one description of the stacks, then
// each API in parallel (one DescribeServices per API, no per-task loops).
func Status(ctx context.Context, c Clients, b *model.Backend, only string) (*EnvStatus, error) {
	d := &Deployer{C: c}
	st := &EnvStatus{Environment: b.Env.Name, Stack: b.Env.StackName, Region: b.Env.Region}
	root, err := d.stackState(ctx, b.Env.StackName)
	if err != nil || root == nil {
		return st, err
	}
	st.StackStatus, st.Reason = string(root.StackStatus), aws.ToString(root.StackStatusReason)
	outputs, err := d.outputsOf(ctx, b.Env.StackName, root)
	if err != nil {
		return nil, err
	}
	// The APIs, and the hosting site under the name "hosting".
	var apis []unit
	for _, u := range units(b) {
		if only == "" || u.name() == only {
			apis = append(apis, u)
		}
	}
	if only != "" && len(apis) == 0 {
		return nil, fmt.Errorf("no api %q in the project", only)
	}
	st.APIs = make([]APIStatus, len(apis))
	errs := make([]error, len(apis))
	var wg sync.WaitGroup
	slots := make(chan struct{}, statusParallel)
	for i, api := range apis {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			st.APIs[i], errs[i] = d.apiStatus(ctx, *api.api, outputs[api.stack])
			st.APIs[i].Name = api.name()
		}()
	}
	wg.Wait()
	return st, errors.Join(errs...)
}

func (d *Deployer) apiStatus(ctx context.Context, api model.API, out map[string]string) (APIStatus, error) {
	s := APIStatus{Name: api.Name, Endpoint: out["RootUrl"] + out["GraphQLAPIEndpointOutput"] + out["SiteUrl"]}
	if out["ServiceName"] == "" {
		s.Problems = append(s.Problems, "not deployed yet")
		return s, nil
	}
	svcs, err := d.C.Services.DescribeServices(ctx, &ecs.DescribeServicesInput{Cluster: aws.String(out["ClusterName"]), Services: []string{out["ServiceName"]}})
	if err != nil {
		return s, fmt.Errorf("api %s: %w", api.Name, err)
	}
	if len(svcs.Services) == 1 {
		svc := svcs.Services[0]
		s.Running, s.Desired, s.Pending = int(svc.RunningCount), int(svc.DesiredCount), int(svc.PendingCount)
		for _, e := range svc.Events {
			if msg := aws.ToString(e.Message); isProblem(msg) && len(s.Problems) < 3 {
				s.Problems = append(s.Problems, msg)
			}
		}
		if td := aws.ToString(svc.TaskDefinition); td != "" {
			if s.Images, err = d.imageTags(ctx, td); err != nil {
				return s, fmt.Errorf("api %s: %w", api.Name, err)
			}
		}
	}
	stopped, err := d.stoppedReasons(ctx, out["ClusterName"], out["ServiceName"])
	if err != nil {
		return s, fmt.Errorf("api %s: %w", api.Name, err)
	}
	s.Problems = append(s.Problems, stopped...)
	if p := out["PipelineName"]; p != "" {
		runs, err := d.C.Pipelines.ListPipelineExecutions(ctx, &codepipeline.ListPipelineExecutionsInput{PipelineName: aws.String(p), MaxResults: aws.Int32(1)})
		if err != nil {
			return s, fmt.Errorf("api %s: pipeline: %w", api.Name, err)
		}
		if len(runs.PipelineExecutionSummaries) > 0 {
			r := runs.PipelineExecutionSummaries[0]
			s.Pipeline = &RunStatus{Status: string(r.Status), Started: aws.ToTime(r.StartTime)}
			if len(r.SourceRevisions) > 0 {
				s.Pipeline.Revision = aws.ToString(r.SourceRevisions[0].RevisionId)
			}
			if r.Status == cptypes.PipelineExecutionStatusFailed {
				// The service runs older code than the source: a problem, and where to look.
				// One more request, only for a failed run: which stage failed, and why.
				actions, err := d.C.Pipelines.ListActionExecutions(ctx, &codepipeline.ListActionExecutionsInput{PipelineName: aws.String(p),
					Filter: &cptypes.ActionExecutionFilter{PipelineExecutionId: r.PipelineExecutionId}})
				if err != nil {
					return s, fmt.Errorf("api %s: pipeline: %w", api.Name, err)
				}
				for _, a := range actions.ActionExecutionDetails {
					if a.Status == cptypes.ActionExecutionStatusFailed {
						s.Pipeline.FailedStage = aws.ToString(a.StageName)
						if a.Output != nil && a.Output.ExecutionResult != nil {
							s.Pipeline.Reason = aws.ToString(a.Output.ExecutionResult.ExternalExecutionSummary)
						}
					}
				}
				look := "dockstack logs " + api.Name + " --build"
				if s.Pipeline.FailedStage != "Build" {
					look = "dockstack console " + api.Name
				}
				s.Problems = append(s.Problems, fmt.Sprintf("the last pipeline run failed at %s: the service runs an earlier build (%s)", cmp.Or(s.Pipeline.FailedStage, "a stage"), look))
			}
		}
	}
	return s, nil
}

// isProblem tells a service event worth showing (failures, not steady states).
func isProblem(msg string) bool {
	for _, w := range []string{"failed", "unable", "error", "stopped", "unhealthy"} {
		if strings.Contains(strings.ToLower(msg), w) {
			return true
		}
	}
	return false
}

// imageTags reads which image tag each container of a task definition runs.
func (d *Deployer) imageTags(ctx context.Context, taskDefinition string) (map[string]string, error) {
	td, err := d.C.Services.DescribeTaskDefinition(ctx, &ecs.DescribeTaskDefinitionInput{TaskDefinition: aws.String(taskDefinition)})
	if err != nil {
		return nil, err
	}
	return imageTagsOf(td.TaskDefinition), nil
}

// imageTagsOf is the image tag (or digest) each container of a task definition runs.
func imageTagsOf(td *ecstypes.TaskDefinition) map[string]string {
	tags := map[string]string{}
	if td == nil {
		return tags
	}
	for _, c := range td.ContainerDefinitions {
		_, tag := splitImage(aws.ToString(c.Image))
		tags[aws.ToString(c.Name)] = tag
	}
	return tags
}

// splitImage splits an image reference into its name and its tag or digest
// ("latest" when it has neither); a registry's port is part of the name.
func splitImage(image string) (name, tag string) {
	if i := strings.LastIndexAny(image, ":@"); i > strings.LastIndex(image, "/") {
		if at := strings.Index(image, "@"); at >= 0 { // a digest: everything after @
			return image[:at], image[at+1:]
		}
		return image[:i], image[i+1:]
	}
	return image, "latest"
}

// stoppedReasons are why the service's recently stopped tasks stopped.
func (d *Deployer) stoppedReasons(ctx context.Context, cluster, service string) ([]string, error) {
	list, err := d.C.Tasks.ListTasks(ctx, &ecs.ListTasksInput{Cluster: aws.String(cluster), ServiceName: aws.String(service), DesiredStatus: ecstypes.DesiredStatusStopped})
	if err != nil || len(list.TaskArns) == 0 {
		return nil, err
	}
	tasks, err := d.C.Tasks.DescribeTasks(ctx, &ecs.DescribeTasksInput{Cluster: aws.String(cluster), Tasks: list.TaskArns})
	if err != nil {
		return nil, err
	}
	var reasons []string
	for _, t := range tasks.Tasks {
		r := "task stopped: " + aws.ToString(t.StoppedReason)
		for _, c := range t.Containers {
			if why := aws.ToString(c.Reason); why != "" {
				r += fmt.Sprintf(" (%s: %s)", aws.ToString(c.Name), why)
			}
		}
		if !slices.Contains(reasons, r) {
			reasons = append(reasons, r)
		}
	}
	return reasons, nil
}

// FormatStatus writes the status as text, one screen.
func FormatStatus(s *EnvStatus) string {
	var b strings.Builder
	if s.StackStatus == "" {
		fmt.Fprintf(&b, "Environment %s (%s, %s) is not deployed: run dockstack deploy\n", s.Environment, s.Stack, s.Region)
		return b.String()
	}
	fmt.Fprintf(&b, "Environment %s (%s, %s): %s", s.Environment, s.Stack, s.Region, s.StackStatus)
	if s.Reason != "" && (strings.Contains(s.StackStatus, "FAILED") || strings.Contains(s.StackStatus, "ROLLBACK")) {
		fmt.Fprintf(&b, " (%s)", s.Reason)
	}
	b.WriteString("\n")
	for _, a := range s.APIs {
		fmt.Fprintf(&b, "api %s", a.Name)
		if a.Endpoint != "" {
			fmt.Fprintf(&b, ": %s", a.Endpoint)
		}
		fmt.Fprintf(&b, "\n  tasks: %d running, %d desired, %d pending\n", a.Running, a.Desired, a.Pending)
		if len(a.Images) > 0 {
			var imgs []string
			for _, c := range slices.Sorted(maps.Keys(a.Images)) {
				imgs = append(imgs, c+"="+a.Images[c])
			}
			fmt.Fprintf(&b, "  images: %s\n", strings.Join(imgs, " "))
		}
		if p := a.Pipeline; p != nil {
			fmt.Fprintf(&b, "  last pipeline run: %s (source %s, started %s)", p.Status, p.Revision, p.Started.UTC().Format(time.RFC3339))
			if p.FailedStage != "" {
				fmt.Fprintf(&b, ": %s failed: %s", p.FailedStage, p.Reason)
			}
			b.WriteString("\n")
		}
		for _, p := range a.Problems {
			fmt.Fprintf(&b, "  ! %s\n", p)
		}
	}
	return b.String()
}
