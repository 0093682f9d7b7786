package deploy

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/aws/aws-sdk-go-v2/service/codebuild"
	"github.com/aws/aws-sdk-go-v2/service/codepipeline"
	cptypes "github.com/aws/aws-sdk-go-v2/service/codepipeline/types"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	ecstypes "github.com/aws/aws-sdk-go-v2/service/ecs/types"
	"github.com/dockstack/dockstack/gen"
)

// run is a pipeline run to follow: the one this deploy's source bundle started.
type run struct {
	what, pipeline, cluster, service, region string // what: "api posts", "hosting"
	version                                  string // the source bundle's S3 object version
}

// followPipelines follows each run, stage by stage; a failure shows the build
// log's tail or the stopped tasks' reasons.
func (d *Deployer) followPipelines(ctx context.Context, runs []run) error {
	for _, r := range runs {
		if err := d.follow(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func (d *Deployer) follow(ctx context.Context, r run) error {
	d.say("Pipeline %s (%s): waiting for the run of this source bundle; %s", r.pipeline, r.what, gen.PipelineConsoleURL(r.region, r.pipeline))
	deadline := d.now().Add(d.FollowTimeout)
	id := ""
	shown := map[string]string{}
	beat, said := d.heartbeat(), 0
	for {
		if d.now().After(deadline) {
			return fmt.Errorf("pipeline %s: no result after %s; follow it in the console", r.pipeline, d.FollowTimeout)
		}
		execs, err := d.C.Pipelines.ListPipelineExecutions(ctx, &codepipeline.ListPipelineExecutionsInput{PipelineName: aws.String(r.pipeline), MaxResults: aws.Int32(20)})
		if err != nil {
			return err
		}
		var current *cptypes.PipelineExecutionSummary
		for i, e := range execs.PipelineExecutionSummaries {
			for _, rev := range e.SourceRevisions {
				if aws.ToString(rev.RevisionId) == r.version {
					current = &execs.PipelineExecutionSummaries[i]
				}
			}
		}
		if current != nil {
			id = aws.ToString(current.PipelineExecutionId)
			actions, err := d.C.Pipelines.ListActionExecutions(ctx, &codepipeline.ListActionExecutionsInput{PipelineName: aws.String(r.pipeline),
				Filter: &cptypes.ActionExecutionFilter{PipelineExecutionId: aws.String(id)}})
			if err != nil {
				return err
			}
			var failed *cptypes.ActionExecutionDetail
			for i := len(actions.ActionExecutionDetails) - 1; i >= 0; i-- { // oldest first
				a := actions.ActionExecutionDetails[i]
				name := aws.ToString(a.StageName) + "/" + aws.ToString(a.ActionName)
				if shown[name] != string(a.Status) {
					shown[name] = string(a.Status)
					d.say("  %-20s %s", name, a.Status)
					said++
				}
				if a.Status == cptypes.ActionExecutionStatusFailed {
					failed = &actions.ActionExecutionDetails[i]
				}
			}
			switch current.Status {
			case cptypes.PipelineExecutionStatusSucceeded:
				d.say("Pipeline %s: succeeded", r.pipeline)
				return nil
			case cptypes.PipelineExecutionStatusFailed, cptypes.PipelineExecutionStatusStopped:
				return d.pipelineFailure(ctx, r, failed)
			}
		}
		beat.tick(said, func(waited time.Duration) {
			d.say("Pipeline %s: still running after %s (its console shows each stage)", r.pipeline, waited.Round(time.Second))
		})
		if err := d.sleep(ctx); err != nil {
			return err
		}
	}
}

// pipelineFailure explains a failed run: the build log's tail, or why ECS stopped the tasks.
func (d *Deployer) pipelineFailure(ctx context.Context, r run, failed *cptypes.ActionExecutionDetail) error {
	summary := "the pipeline failed"
	if failed != nil && failed.Output != nil && failed.Output.ExecutionResult != nil {
		res := failed.Output.ExecutionResult
		summary = fmt.Sprintf("%s/%s failed: %s", aws.ToString(failed.StageName), aws.ToString(failed.ActionName), aws.ToString(res.ExternalExecutionSummary))
		if aws.ToString(failed.StageName) == "Build" {
			d.buildLogTail(ctx, aws.ToString(res.ExternalExecutionId))
		}
	}
	if failed != nil && aws.ToString(failed.StageName) == "Deploy" {
		d.stoppedTasks(ctx, r)
	}
	return fmt.Errorf("pipeline %s: %s", r.pipeline, summary)
}

// logTailLines is how much of a failed build's log is shown.
const logTailLines = 30

func (d *Deployer) buildLogTail(ctx context.Context, buildID string) {
	group, stream, err := d.buildLog(ctx, buildID)
	if err != nil {
		d.say("  (%v)", err)
		return
	}
	events, err := d.C.Logs.GetLogEvents(ctx, &cloudwatchlogs.GetLogEventsInput{LogGroupName: aws.String(group), LogStreamName: aws.String(stream),
		Limit: aws.Int32(logTailLines), StartFromHead: aws.Bool(false)})
	if err != nil {
		d.say("  (cannot read the build log %s: %v)", group, err)
		return
	}
	d.say("Last lines of the build log (%s; all of it: dockstack logs API --build):", group)
	for _, e := range events.Events {
		d.say("  | %s", strings.TrimRight(aws.ToString(e.Message), "\n"))
	}
}

// buildLog is where a CodeBuild build writes its log.
func (d *Deployer) buildLog(ctx context.Context, buildID string) (group, stream string, err error) {
	builds, err := d.C.Builds.BatchGetBuilds(ctx, &codebuild.BatchGetBuildsInput{Ids: []string{buildID}})
	if err != nil || len(builds.Builds) == 0 || builds.Builds[0].Logs == nil || builds.Builds[0].Logs.GroupName == nil {
		return "", "", fmt.Errorf("no build log found for %s: %v", buildID, err)
	}
	l := builds.Builds[0].Logs
	return aws.ToString(l.GroupName), aws.ToString(l.StreamName), nil
}

func (d *Deployer) stoppedTasks(ctx context.Context, r run) {
	list, err := d.C.Tasks.ListTasks(ctx, &ecs.ListTasksInput{Cluster: aws.String(r.cluster), ServiceName: aws.String(r.service), DesiredStatus: ecstypes.DesiredStatusStopped})
	if err != nil || len(list.TaskArns) == 0 {
		return
	}
	tasks, err := d.C.Tasks.DescribeTasks(ctx, &ecs.DescribeTasksInput{Cluster: aws.String(r.cluster), Tasks: list.TaskArns})
	if err != nil {
		return
	}
	d.say("Stopped tasks:")
	for _, t := range tasks.Tasks {
		d.say("  %s", aws.ToString(t.StoppedReason))
		for _, c := range t.Containers {
			if c.Reason != nil || c.ExitCode != nil {
				d.say("    %s: exit %d %s", aws.ToString(c.Name), aws.ToInt32(c.ExitCode), aws.ToString(c.Reason))
			}
		}
	}
}

// followTimeout is how long deploy waits for a pipeline run by default.
const followTimeout = 45 * time.Minute
