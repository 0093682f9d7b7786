package deploy

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs"
	"github.com/aws/aws-sdk-go-v2/service/codepipeline"
	cptypes "github.com/aws/aws-sdk-go-v2/service/codepipeline/types"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
)

// LogsOptions choose what `dockstack logs` shows.
type LogsOptions struct {
	Container string        // "" for every container of the API
	Since     time.Duration // how far back to start
	Filter    string        // a CloudWatch Logs filter pattern ("" for every line)
	Follow    bool          // keep showing new lines until ctx ends (Ctrl-C)
	Poll      time.Duration // the first pause between polls when following; it grows while nothing comes
	JSON      bool          // a JSON object a line (time, container, message) instead of text
}

// ShowLogs prints an API's container logs, one line each with its time and
// container, oldest first; with Follow it goes on as `tail -f` does, polling
// less often while nothing comes, until ctx ends.
func ShowLogs(ctx context.Context, c Clients, b *model.Backend, api string, o LogsOptions, w io.Writer, now func() time.Time) error {
	d := &Deployer{C: c}
	out, err := d.apiOutputs(ctx, b, api)
	if err != nil {
		return err
	}
	groups := map[string]string{}               // container -> log group
	for _, ctr := range b.API(api).Containers { // apiOutputs found it in the project
		if g := out[gen.LogGroupOutput(ctr.Name)]; g != "" && (o.Container == "" || o.Container == ctr.Name) {
			groups[ctr.Name] = g
		}
	}
	if len(groups) == 0 {
		return fmt.Errorf("api %s has no container %q with logs in %s", api, o.Container, b.Env.Name)
	}
	start := now().Add(-o.Since)
	seen := map[string]int64{} // event ID -> its time: the events at start come again
	pause := o.Poll
	for {
		var lines []logLine
		for _, ctr := range slices.Sorted(maps.Keys(groups)) {
			got, err := d.logEvents(ctx, groups[ctr], ctr, start, o.Filter, seen)
			if err != nil && o.Follow && ctx.Err() != nil {
				return nil // Ctrl-C during a request ends a follow: not an error
			}
			if err != nil {
				return err
			}
			lines = append(lines, got...)
		}
		slices.SortStableFunc(lines, func(a, b logLine) int { return a.at.Compare(b.at) })
		for _, l := range lines {
			msg := strings.TrimRight(l.message, "\n")
			if o.JSON {
				jsonLine(w, map[string]string{"time": l.at.UTC().Format(time.RFC3339Nano), "container": l.container, "message": msg})
			} else {
				fmt.Fprintf(w, "%s %-12s %s\n", l.at.UTC().Format(time.RFC3339), l.container, msg)
			}
			if l.at.After(start) {
				start = l.at
			}
		}
		if !o.Follow {
			return nil
		}
		// Only events at start can come again: a long follow keeps no more.
		maps.DeleteFunc(seen, func(_ string, at int64) bool { return at < start.UnixMilli() })
		if len(lines) > 0 {
			pause = o.Poll
		} else {
			pause = min(2*pause, 30*time.Second)
		}
		select {
		case <-ctx.Done():
			return nil // Ctrl-C ends a follow: not an error
		case <-time.After(pause):
		}
	}
}

type logLine struct {
	at                 time.Time
	container, message string
}

// logEvents reads a log group's events from start, skipping those already shown.
func (d *Deployer) logEvents(ctx context.Context, group, container string, start time.Time, filter string, seen map[string]int64) ([]logLine, error) {
	var lines []logLine
	var token *string
	for {
		in := &cloudwatchlogs.FilterLogEventsInput{LogGroupName: aws.String(group), StartTime: aws.Int64(start.UnixMilli()), NextToken: token}
		if filter != "" {
			in.FilterPattern = aws.String(filter)
		}
		res, err := d.C.Logs.FilterLogEvents(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("logs of %s: %w", container, err)
		}
		for _, e := range res.Events {
			id := aws.ToString(e.EventId)
			if _, dup := seen[id]; !dup {
				seen[id] = aws.ToInt64(e.Timestamp)
				lines = append(lines, logLine{time.UnixMilli(aws.ToInt64(e.Timestamp)), container, aws.ToString(e.Message)})
			}
		}
		if res.NextToken == nil {
			return lines, nil
		}
		token = res.NextToken
	}
}

// ShowBuildLog prints the whole log of the build of the API's last pipeline
// run: a header then its lines, or (asJSON) a JSON object a line.
func ShowBuildLog(ctx context.Context, c Clients, b *model.Backend, api string, asJSON bool, w io.Writer) error {
	d := &Deployer{C: c}
	out, err := d.apiOutputs(ctx, b, api)
	if err != nil {
		return err
	}
	pipeline := out["PipelineName"]
	if pipeline == "" {
		return fmt.Errorf("api %s has no pipeline in %s, so no build", api, b.Env.Name)
	}
	runs, err := c.Pipelines.ListPipelineExecutions(ctx, &codepipeline.ListPipelineExecutionsInput{PipelineName: aws.String(pipeline), MaxResults: aws.Int32(1)})
	if err != nil {
		return err
	}
	if len(runs.PipelineExecutionSummaries) == 0 {
		return fmt.Errorf("pipeline %s has not run yet: no build to show", pipeline)
	}
	run := runs.PipelineExecutionSummaries[0]
	actions, err := c.Pipelines.ListActionExecutions(ctx, &codepipeline.ListActionExecutionsInput{PipelineName: aws.String(pipeline),
		Filter: &cptypes.ActionExecutionFilter{PipelineExecutionId: run.PipelineExecutionId}})
	if err != nil {
		return err
	}
	buildID := ""
	for _, a := range actions.ActionExecutionDetails {
		if aws.ToString(a.StageName) == "Build" && a.Output != nil && a.Output.ExecutionResult != nil {
			buildID = aws.ToString(a.Output.ExecutionResult.ExternalExecutionId)
		}
	}
	if buildID == "" {
		return fmt.Errorf("pipeline %s: run %s (%s) has no build yet", pipeline, aws.ToString(run.PipelineExecutionId), run.Status)
	}
	group, stream, err := d.buildLog(ctx, buildID)
	if err != nil {
		return err
	}
	if !asJSON {
		fmt.Fprintf(w, "Build %s of run %s (%s), log %s:\n", buildID, aws.ToString(run.PipelineExecutionId), run.Status, group)
	}
	in := &cloudwatchlogs.GetLogEventsInput{LogGroupName: aws.String(group), LogStreamName: aws.String(stream), StartFromHead: aws.Bool(true)}
	for {
		page, err := c.Logs.GetLogEvents(ctx, in)
		if err != nil {
			return err
		}
		for _, e := range page.Events {
			msg := strings.TrimRight(aws.ToString(e.Message), "\n")
			if asJSON {
				jsonLine(w, map[string]string{"build": buildID, "run": aws.ToString(run.PipelineExecutionId), "status": string(run.Status), "message": msg})
			} else {
				fmt.Fprintln(w, msg)
			}
		}
		// The forward token repeats at the end of the stream.
		if len(page.Events) == 0 || page.NextForwardToken == nil || aws.ToString(page.NextForwardToken) == aws.ToString(in.NextToken) {
			return nil
		}
		in.NextToken = page.NextForwardToken
	}
}

// jsonLine writes v as one line of JSON (a stream scripts read line by line).
func jsonLine(w io.Writer, v any) {
	b, _ := json.Marshal(v) // a map of strings always marshals
	fmt.Fprintf(w, "%s\n", b)
}
