package deploy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
	"gopkg.in/yaml.v3"
)

// Kept is a resource that deleting an environment leaves in the account: its
// template retains it (data: tables, repositories, user pools, buckets, keys,
// log groups), or deploy made it outside the stacks (secrets).
type Kept struct {
	Type  string `json:"type"`
	ID    string `json:"id"`
	Stack string `json:"stack,omitempty"`
}

// Teardown is what deleting an environment removes and keeps.
type Teardown struct {
	Stacks []string `json:"stacks"` // root first, then bootstrap
	// GlobalStacks are in us-east-1: the hosting site's certificate, deleted
	// after the root stack (CloudFront uses it until then), before the bootstrap.
	GlobalStacks []string `json:"globalStacks,omitempty"`
	Kept         []Kept   `json:"kept"`
}

// PlanDelete reads what deleting b's environment would remove and keep. No
// stack means nothing to delete (an empty Teardown).
func PlanDelete(ctx context.Context, c Clients, b *model.Backend) (*Teardown, error) {
	d := &Deployer{C: c}
	t := &Teardown{}
	for _, name := range []string{b.Env.StackName, BootstrapStack(b.Env)} {
		st, err := d.stackState(ctx, name)
		if err != nil {
			return nil, err
		}
		if st == nil || st.StackStatus == cfntypes.StackStatusDeleteComplete {
			continue
		}
		t.Stacks = append(t.Stacks, name)
		if err := d.retained(ctx, aws.ToString(st.StackId), name, t, 0); err != nil {
			return nil, err
		}
	}
	if b.Hosting != nil {
		g := &Deployer{C: c}
		g.C.CFN = c.GlobalCFN
		for _, name := range []string{LogsStack(b.Env), CertificateStack(b.Env)} { // logs first: they name the distribution
			if st, err := g.stackState(ctx, name); err != nil {
				return nil, err
			} else if st != nil && st.StackStatus != cfntypes.StackStatusDeleteComplete {
				t.GlobalStacks = append(t.GlobalStacks, name)
				if err := g.retained(ctx, aws.ToString(st.StackId), name, t, 0); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(t.Stacks) == 0 && len(t.GlobalStacks) == 0 {
		return t, nil
	}
	for _, u := range units(b) {
		for _, s := range u.api.Secrets {
			t.Kept = append(t.Kept, Kept{Type: "AWS::SecretsManager::Secret", ID: gen.SecretName(b.Env.StackName, u.api.Name, s.Name)})
		}
	}
	// By type, then identifier: a stable listing.
	slices.SortFunc(t.Kept, func(a, b Kept) int { return strings.Compare(a.Type+"\x00"+a.ID, b.Type+"\x00"+b.ID) })
	return t, nil
}

// retained adds the resources of a stack (and its nested stacks) whose
// template's DeletionPolicy keeps them. The template says, not the type: what
// gen retains is data, and a hand-edited template is read as it stands.
func (d *Deployer) retained(ctx context.Context, stackID, label string, t *Teardown, depth int) error {
	tpl, err := d.C.CFN.GetTemplate(ctx, &cloudformation.GetTemplateInput{StackName: aws.String(stackID)})
	if err != nil {
		return err
	}
	var doc struct {
		Resources map[string]struct {
			DeletionPolicy string `yaml:"DeletionPolicy"`
		} `yaml:"Resources"`
	}
	if err := yaml.Unmarshal([]byte(aws.ToString(tpl.TemplateBody)), &doc); err != nil {
		return fmt.Errorf("read the template of %s: %w", label, err)
	}
	var token *string
	for {
		out, err := d.C.CFN.ListStackResources(ctx, &cloudformation.ListStackResourcesInput{StackName: aws.String(stackID), NextToken: token})
		if err != nil {
			return err
		}
		for _, r := range out.StackResourceSummaries {
			typ, id := aws.ToString(r.ResourceType), aws.ToString(r.PhysicalResourceId)
			switch policy := doc.Resources[aws.ToString(r.LogicalResourceId)].DeletionPolicy; {
			case typ == "AWS::CloudFormation::Stack" && depth < 5 && id != "":
				if err := d.retained(ctx, id, joinStack(label, aws.ToString(r.LogicalResourceId)), t, depth+1); err != nil {
					return err
				}
			case (policy == "Retain" || policy == "RetainExceptOnCreate" || policy == "Snapshot") && id != "":
				t.Kept = append(t.Kept, Kept{Type: typ, ID: id, Stack: label})
			}
		}
		if token = out.NextToken; token == nil {
			return nil
		}
	}
}

// ErrPartlyDeleted is wrapped by a deletion that stopped with stacks left.
var ErrPartlyDeleted = errors.New("the environment is partly deleted")

// Delete deletes the stacks PlanDelete found, root first (its nested stacks
// go with it), then the bootstrap stack, following each to its end. What the
// templates retain stays. A failure, or Ctrl-C, says which stacks are left
// and how to finish; Ctrl-C stops following only, since CloudFormation goes on.
func Delete(ctx context.Context, c Clients, t *Teardown, w io.Writer) error {
	regional := &Deployer{C: c, Poll: 5 * time.Second, show: lineProgress{w}}
	global := *regional
	global.C.CFN = c.GlobalCFN
	// The root stack, then the us-east-1 stacks, then the bootstrap stack.
	type target struct {
		name string
		d    *Deployer
	}
	var order []target
	for _, name := range t.Stacks {
		if !strings.HasSuffix(name, bootstrapSuffix) {
			order = append(order, target{name, regional})
		}
	}
	for _, name := range t.GlobalStacks {
		order = append(order, target{name, &global})
	}
	for _, name := range t.Stacks {
		if strings.HasSuffix(name, bootstrapSuffix) {
			order = append(order, target{name, regional})
		}
	}
	for i, tg := range order {
		var names []string
		for _, rest := range order[i:] {
			names = append(names, rest.name)
		}
		left, name, d := strings.Join(names, ", "), tg.name, tg.d
		after, err := d.lastEventID(ctx, name)
		if err == nil {
			_, err = d.C.CFN.DeleteStack(ctx, &cloudformation.DeleteStackInput{StackName: aws.String(name)})
		}
		if err == nil {
			d.say("Deleting stack %s", name)
			err = d.followDelete(ctx, name, after)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%w: stopped following; CloudFormation goes on deleting %s (left: %s); run dockstack delete again to finish", ErrPartlyDeleted, name, left)
		}
		if err != nil {
			return fmt.Errorf("%w: %v\nleft: %s; fix the cause (or delete the resource by hand) and run dockstack delete again", ErrPartlyDeleted, Explain(err), left)
		}
	}
	return nil
}

// followDelete prints a deletion's events until the stack is gone.
func (d *Deployer) followDelete(ctx context.Context, name, after string) error {
	seen, firstFailure := map[string]bool{}, ""
	for {
		st, err := d.stackState(ctx, name)
		if err != nil || st == nil || st.StackStatus == cfntypes.StackStatusDeleteComplete {
			return err
		}
		if err := d.newEvents(ctx, name, seen, after, &firstFailure); err != nil {
			if gone, _ := d.stackState(ctx, name); gone == nil {
				return nil // it went between the two reads
			}
			return err
		}
		if st.StackStatus == cfntypes.StackStatusDeleteFailed {
			if firstFailure == "" {
				firstFailure = aws.ToString(st.StackStatusReason)
			}
			return fmt.Errorf("deleting stack %s failed: %s", name, firstFailure)
		}
		if err := d.sleep(ctx); err != nil {
			return err
		}
	}
}

// RemoveCommand is the AWS CLI command that deletes a kept resource, for the
// user to run once sure the data can go.
func (k Kept) RemoveCommand() string {
	id := gen.ShellQuote(k.ID)
	switch k.Type {
	case "AWS::DynamoDB::Table":
		return "aws dynamodb update-table --no-deletion-protection-enabled --table-name " + id + " && aws dynamodb delete-table --table-name " + id
	case "AWS::ECR::Repository":
		return "aws ecr delete-repository --force --repository-name " + id
	case "AWS::Cognito::UserPool":
		return "aws cognito-idp update-user-pool --deletion-protection INACTIVE --user-pool-id " + id + " && aws cognito-idp delete-user-pool --user-pool-id " + id
	case "AWS::S3::Bucket":
		return "empty every object version, then: aws s3api delete-bucket --bucket " + id
	case "AWS::Logs::LogGroup":
		return "aws logs delete-log-group --log-group-name " + id
	case "AWS::KMS::Key":
		return "aws kms schedule-key-deletion --pending-window-in-days 30 --key-id " + id
	case "AWS::SecretsManager::Secret":
		return "aws secretsmanager delete-secret --secret-id " + id
	case "AWS::EFS::FileSystem": // its mount targets and access points went with the stack
		return "aws efs delete-file-system --file-system-id " + id
	}
	return "delete " + k.Type + " " + id + " in the console"
}
