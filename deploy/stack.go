package deploy

import (
	"context"
	"errors"
	"fmt"
	"github.com/dockstack/dockstack/model"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/smithy-go"
)

// stackState is what DescribeStacks says of a stack; "" when it does not exist.
func (d *Deployer) stackState(ctx context.Context, name string) (*types.Stack, error) {
	out, err := d.C.CFN.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: aws.String(name)})
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) && apiErr.ErrorCode() == "ValidationError" && strings.Contains(apiErr.ErrorMessage(), "does not exist") {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if len(out.Stacks) == 0 {
		return nil, nil
	}
	return &out.Stacks[0], nil
}

// bootstrapSuffix ends the name of the stack holding the deployment bucket.
const bootstrapSuffix = "-bootstrap"

// BootstrapStack names the environment's bootstrap stack (the deployment bucket).
func BootstrapStack(env model.Environment) string { return env.StackName + bootstrapSuffix }

// changeSetType decides CREATE or UPDATE from the stack's state st (as
// stackState read it: nil when there is no stack), or refuses with what to do.
func (d *Deployer) changeSetType(ctx context.Context, name string, st *types.Stack) (types.ChangeSetType, error) {
	if st == nil {
		return types.ChangeSetTypeCreate, nil
	}
	status := string(st.StackStatus)
	switch {
	case status == "ROLLBACK_COMPLETE" || status == "REVIEW_IN_PROGRESS":
		if !d.Opts.ReplaceFailedStack {
			return "", &Refusal{fmt.Sprintf("stack %s is %s: it never finished being created and cannot be updated; rerun with --replace-failed-stack to delete and create it again", name, status)}
		}
		d.say("Deleting the failed stack %s (--replace-failed-stack)", name)
		if _, err := d.C.CFN.DeleteStack(ctx, &cloudformation.DeleteStackInput{StackName: aws.String(name)}); err != nil {
			return "", err
		}
		return types.ChangeSetTypeCreate, d.waitGone(ctx, name)
	case status == "UPDATE_ROLLBACK_FAILED":
		return "", &Refusal{fmt.Sprintf("stack %s is UPDATE_ROLLBACK_FAILED: fix the cause, then run `aws cloudformation continue-update-rollback --stack-name %s` and deploy again", name, name)}
	case strings.HasSuffix(status, "_IN_PROGRESS") && d.Opts.Wait:
		d.say("Stack %s is %s; waiting for it to end (--wait)", name, status)
		// Its events from now on: the stack's whole history is not news.
		last, err := d.lastEventID(ctx, name)
		if err != nil {
			return "", err
		}
		if _, err := d.waitStack(ctx, name, last); err != nil {
			d.say("That operation ended badly (%v); deploying anyway.", err)
		}
		if st, err = d.stackState(ctx, name); err != nil {
			return "", err
		}
		return d.changeSetType(ctx, name, st)
	case strings.HasSuffix(status, "_IN_PROGRESS"):
		return "", &Refusal{fmt.Sprintf("stack %s is %s: another operation is running; wait for it to end (or pass --wait) and deploy again", name, status)}
	}
	return types.ChangeSetTypeUpdate, nil
}

// nestedCause is the first real failure among a nested stack's events (its
// own nested stacks followed, a few levels deep), or "" when none is found.
func (d *Deployer) nestedCause(ctx context.Context, stackID string, depth int) string {
	if depth > 3 {
		return ""
	}
	out, err := d.C.CFN.DescribeStackEvents(ctx, &cloudformation.DescribeStackEventsInput{StackName: aws.String(stackID)})
	if err != nil {
		return ""
	}
	for i := len(out.StackEvents) - 1; i >= 0; i-- { // oldest first
		e := out.StackEvents[i]
		reason := aws.ToString(e.ResourceStatusReason)
		if !strings.HasSuffix(string(e.ResourceStatus), "_FAILED") || reason == "" || strings.Contains(reason, "cancelled") {
			continue
		}
		if aws.ToString(e.ResourceType) == "AWS::CloudFormation::Stack" && aws.ToString(e.PhysicalResourceId) != "" && aws.ToString(e.PhysicalResourceId) != stackID {
			if deeper := d.nestedCause(ctx, aws.ToString(e.PhysicalResourceId), depth+1); deeper != "" {
				return aws.ToString(e.LogicalResourceId) + "/" + deeper
			}
		}
		return fmt.Sprintf("%s %s: %s", aws.ToString(e.LogicalResourceId), e.ResourceStatus, reason)
	}
	return ""
}

// waitGone waits until a deleted stack no longer exists.
func (d *Deployer) waitGone(ctx context.Context, name string) error {
	for {
		st, err := d.stackState(ctx, name)
		if err != nil || st == nil || st.StackStatus == types.StackStatusDeleteComplete {
			return err
		}
		if st.StackStatus == types.StackStatusDeleteFailed {
			return fmt.Errorf("deleting stack %s failed: %s", name, aws.ToString(st.StackStatusReason))
		}
		if err := d.sleep(ctx); err != nil {
			return err
		}
	}
}

// lastEventID is the newest event of a stack, so that following an operation shows only its own events.
func (d *Deployer) lastEventID(ctx context.Context, name string) (string, error) {
	out, err := d.C.CFN.DescribeStackEvents(ctx, &cloudformation.DescribeStackEventsInput{StackName: aws.String(name)})
	if err != nil || len(out.StackEvents) == 0 {
		return "", err
	}
	return aws.ToString(out.StackEvents[0].EventId), nil
}

// noChanges recognises the change set CloudFormation refuses because nothing changed
// (its status reason, in either of the wordings CloudFormation uses).
func noChanges(cs *cloudformation.DescribeChangeSetOutput) bool {
	return cs.Status == types.ChangeSetStatusFailed && noChangesReason(aws.ToString(cs.StatusReason))
}

func noChangesReason(r string) bool {
	return strings.Contains(r, "didn't contain changes") || strings.Contains(r, "No updates are to be performed")
}

// Change is one resource change of a change set, nested stacks expanded.
type Change struct {
	Stack       string // "" for the root; the nested stack's logical ID path otherwise
	LogicalID   string
	Type        string
	Action      string // Add, Modify, Remove
	Replacement string // True, False, Conditional
}

// createChangeSet creates a change set and waits for it; it returns nil changes
// when nothing would change (the change set is then deleted).
func (d *Deployer) createChangeSet(ctx context.Context, in *cloudformation.CreateChangeSetInput) (string, []Change, error) {
	in.IncludeNestedStacks = aws.Bool(true)
	in.Capabilities = []types.Capability{types.CapabilityCapabilityIam, types.CapabilityCapabilityNamedIam, types.CapabilityCapabilityAutoExpand}
	in.ChangeSetName = aws.String(fmt.Sprintf("dockstack-%d", d.now().Unix()))
	out, err := d.C.CFN.CreateChangeSet(ctx, in)
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) && noChangesReason(apiErr.ErrorMessage()) {
		return "", nil, nil // some emulators refuse the change set outright instead of failing it
	}
	if err != nil {
		return "", nil, fmt.Errorf("create change set for %s: %w", aws.ToString(in.StackName), err)
	}
	id := aws.ToString(out.Id)
	cs, err := d.waitChangeSet(ctx, id)
	if err != nil {
		return id, nil, err
	}
	if noChanges(cs) {
		_, err := d.C.CFN.DeleteChangeSet(ctx, &cloudformation.DeleteChangeSetInput{ChangeSetName: aws.String(id)})
		return "", nil, err
	}
	if cs.Status == types.ChangeSetStatusFailed {
		return id, nil, fmt.Errorf("change set for %s failed: %s", aws.ToString(in.StackName), aws.ToString(cs.StatusReason))
	}
	changes, err := d.changes(ctx, "", cs)
	return id, changes, err
}

func (d *Deployer) waitChangeSet(ctx context.Context, id string) (*cloudformation.DescribeChangeSetOutput, error) {
	for {
		cs, err := d.C.CFN.DescribeChangeSet(ctx, &cloudformation.DescribeChangeSetInput{ChangeSetName: aws.String(id)})
		if err != nil {
			return nil, err
		}
		if cs.Status == types.ChangeSetStatusCreateComplete || cs.Status == types.ChangeSetStatusFailed {
			return cs, nil
		}
		if err := d.sleep(ctx); err != nil {
			return nil, err
		}
	}
}

// changes flattens a change set, following nested stacks' change sets.
func (d *Deployer) changes(ctx context.Context, stack string, cs *cloudformation.DescribeChangeSetOutput) ([]Change, error) {
	var out []Change
	for {
		for _, c := range cs.Changes {
			rc := c.ResourceChange
			if rc == nil {
				continue
			}
			out = append(out, Change{Stack: stack, LogicalID: aws.ToString(rc.LogicalResourceId), Type: aws.ToString(rc.ResourceType),
				Action: string(rc.Action), Replacement: string(rc.Replacement)})
			if rc.ChangeSetId != nil {
				nested, err := d.C.CFN.DescribeChangeSet(ctx, &cloudformation.DescribeChangeSetInput{ChangeSetName: rc.ChangeSetId})
				if err != nil {
					return nil, err
				}
				inner, err := d.changes(ctx, joinStack(stack, aws.ToString(rc.LogicalResourceId)), nested)
				if err != nil {
					return nil, err
				}
				out = append(out, inner...)
			}
		}
		if cs.NextToken == nil {
			return out, nil
		}
		next, err := d.C.CFN.DescribeChangeSet(ctx, &cloudformation.DescribeChangeSetInput{ChangeSetName: cs.ChangeSetId, NextToken: cs.NextToken})
		if err != nil {
			return nil, err
		}
		cs = next
	}
}

func joinStack(parent, child string) string {
	if parent == "" {
		return child
	}
	return parent + "/" + child
}

// waitStack follows a stack until its operation ends, printing each new event
// (the first failure's reason as soon as it happens), and returns the final status.
func (d *Deployer) waitStack(ctx context.Context, name, after string) (types.StackStatus, error) {
	seen := map[string]bool{}
	firstFailure := ""
	interrupts := 0
	d.show.Start()
	d.stackWait(true)
	defer d.stackWait(false)
	beat := d.heartbeat()
	for {
		st, err := d.stackState(ctx, name)
		if err != nil {
			return "", err
		}
		if st == nil {
			return "", fmt.Errorf("stack %s does not exist", name)
		}
		if err := d.newEvents(ctx, name, seen, after, &firstFailure); err != nil {
			return "", err
		}
		status := string(st.StackStatus)
		beat.tick(len(seen), func(waited time.Duration) {
			d.say("Stack %s: still %s after %s", name, status, waited.Round(time.Second))
		})
		if !strings.HasSuffix(status, "_IN_PROGRESS") {
			if strings.Contains(status, "ROLLBACK") || strings.HasSuffix(status, "_FAILED") {
				if firstFailure == "" {
					firstFailure = aws.ToString(st.StackStatusReason)
				}
				return st.StackStatus, fmt.Errorf("stack %s ended %s: %s", name, status, firstFailure)
			}
			return st.StackStatus, nil
		}
		select {
		case <-d.stackInterrupts():
			interrupts++
			if err := d.interrupted(ctx, name, interrupts); err != nil {
				return "", err
			}
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(d.Poll):
		}
	}
}

// newEvents prints the events not seen yet, oldest first. Events come newest
// first, so paging stops at the first one already seen, or at the event `after`
// (the newest one before the operation began).
func (d *Deployer) newEvents(ctx context.Context, name string, seen map[string]bool, after string, firstFailure *string) error {
	var fresh []types.StackEvent
	var token *string
	for {
		out, err := d.C.CFN.DescribeStackEvents(ctx, &cloudformation.DescribeStackEventsInput{StackName: aws.String(name), NextToken: token})
		if err != nil {
			return err
		}
		done := false
		for _, e := range out.StackEvents {
			if id := aws.ToString(e.EventId); seen[id] || id == after {
				done = true
				break
			}
			fresh = append(fresh, e)
		}
		if done || out.NextToken == nil {
			break
		}
		token = out.NextToken
	}
	for i := len(fresh) - 1; i >= 0; i-- {
		e := fresh[i]
		seen[aws.ToString(e.EventId)] = true
		status := string(e.ResourceStatus)
		reason := aws.ToString(e.ResourceStatusReason)
		if strings.HasSuffix(status, "_FAILED") && reason != "" && !strings.Contains(reason, "cancelled") {
			if *firstFailure == "" {
				*firstFailure = fmt.Sprintf("%s %s: %s", aws.ToString(e.LogicalResourceId), status, reason)
				if aws.ToString(e.ResourceType) == "AWS::CloudFormation::Stack" && aws.ToString(e.PhysicalResourceId) != "" {
					// A nested stack says only that it failed: the cause is among its own events.
					if cause := d.nestedCause(ctx, aws.ToString(e.PhysicalResourceId), 0); cause != "" {
						*firstFailure = aws.ToString(e.LogicalResourceId) + "/" + cause
					}
				}
				d.say("error: %s", *firstFailure)
			}
		}
		d.show.Event(StackEvent{Logical: aws.ToString(e.LogicalResourceId), Type: aws.ToString(e.ResourceType), Status: status, Reason: reason})
	}
	return nil
}
