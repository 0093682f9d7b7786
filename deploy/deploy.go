package deploy

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	smtypes "github.com/aws/aws-sdk-go-v2/service/secretsmanager/types"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
)

// Options are deploy's choices.
type Options struct {
	Yes                bool   // execute without asking
	Plan               bool   // show the change set, then delete it
	PlanFormat         string // text, markdown (for a pull request comment) or json
	AllowDataLoss      bool   // let stateful resources be replaced or removed
	SkipSecrets        bool   // leave the cloud's secret values as they are
	AskSecrets         bool   // ask (Confirm) before storing each new or changed secret value
	NoFollow           bool   // do not follow the pipeline runs after the deploy
	ReplaceFailedStack bool   // delete and re-create a stack that never finished being created
	Wait               bool   // wait for a running stack operation to end instead of refusing
	// From is a folder of committed gen output to deploy instead of generating
	// in memory; deploy refuses it when it is stale.
	From string
}

// Deployer runs deploys. Poll is the pause between status checks; tests make it tiny.
type Deployer struct {
	C Clients
	// Out receives everything deploy shows, always through a Progress.
	Out  io.Writer
	Opts Options
	Poll time.Duration
	// Interrupts delivers Ctrl-C while a stack operation runs: the first asks
	// Confirm whether to cancel the update, the second stops following it.
	// A stack is never deleted because of an interrupt.
	Interrupts <-chan os.Signal
	// Confirm asks a yes/no question at a terminal; nil where nothing can be asked.
	Confirm func(question string) bool
	// FollowTimeout bounds the wait for a pipeline run (default 45 minutes).
	FollowTimeout time.Duration
	// Live draws stack progress as a tree updated in place (at a terminal)
	// instead of one line per event.
	Live bool
	// Record keeps the environment's outputs (amplify-meta.json, client config)
	// as soon as its stacks are up, before the pipelines are followed; nil keeps nothing.
	Record func(model.StackOutputs) error
	// PaintPlan colours a plan shown as text (at a terminal); nil shows it plain.
	PaintPlan func(string) string
	irq       *interrupts   // routes Interrupts while Run runs
	show      Progress      // lines, or the tree when Live
	tree      *treeProgress // set when Live, to hand it the resources' descriptions
	now       func() time.Time
}

// say shows a note.
func (d *Deployer) say(format string, args ...any) { d.show.Note(fmt.Sprintf(format, args...)) }

// Refusal is a deploy dockstack declines to run (a guard, or a stack state to fix first).
type Refusal struct{ Msg string }

func (r *Refusal) Error() string { return r.Msg }

// Result is what a deploy did.
type Result struct {
	NoChanges bool
	Planned   bool
	Changes   []Change
	Outputs   model.StackOutputs
	// Waiting lists the APIs whose images do not exist yet after this deploy:
	// their services keep the task count they had (0 when new).
	Waiting []string
}

func (d *Deployer) sleep(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d.Poll):
		return nil
	}
}

// errStopped ends a deploy whose operation goes on in CloudFormation after a second Ctrl-C.
var errStopped = errors.New("stopped following the stack")

// interrupted handles a Ctrl-C during a stack operation (see Deployer.Interrupts).
func (d *Deployer) interrupted(ctx context.Context, name string, count int) error {
	if count > 1 {
		return fmt.Errorf("%w: %s goes on in CloudFormation (nothing was deleted); see its events in the console", errStopped, name)
	}
	st, err := d.stackState(ctx, name)
	if err != nil || st == nil || st.StackStatus != types.StackStatusUpdateInProgress {
		d.say("Interrupted: the operation cannot be cancelled now and goes on; press Ctrl-C again to stop following it.")
		return err
	}
	if d.Confirm == nil || !d.Confirm("Cancel the update of "+name+" (CloudFormation rolls it back)?") {
		d.say("The update goes on; press Ctrl-C again to stop following it.")
		return nil
	}
	d.say("Cancelling the update of %s; following the rollback.", name)
	_, err = d.C.CFN.CancelUpdateStack(ctx, &cloudformation.CancelUpdateStackInput{StackName: aws.String(name)})
	return err
}

// Run deploys the environment b describes: bootstrap stack, artifacts, secrets,
// then the root stack through a change set. It reads no file but the project's.
func (d *Deployer) Run(ctx context.Context, b *model.Backend) (*Result, error) {
	ctx, stop := d.watch(ctx)
	defer stop()
	res, err := d.run(ctx, b)
	return res, cause(ctx, err)
}

func (d *Deployer) run(ctx context.Context, b *model.Backend) (*Result, error) {
	if d.now == nil {
		d.now = time.Now
	}
	if d.Poll == 0 {
		d.Poll = 5 * time.Second
	}
	if d.FollowTimeout == 0 {
		d.FollowTimeout = followTimeout
	}
	d.show = lineProgress{d.Out}
	if d.Live {
		d.tree = newTreeProgress(d.Out, nil)
		d.show = d.tree
	}
	id, err := d.C.STS.GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
	if err != nil {
		return nil, Explain(fmt.Errorf("who am I (STS): %w", err))
	}
	d.say("Deploying %s (%s) to account %s, %s", b.Env.Name, b.Env.StackName, aws.ToString(id.Account), b.Env.Region)
	files, err := gen.Generate(b, "yaml")
	if err != nil {
		return nil, err
	}
	if d.Opts.From != "" {
		stale, err := gen.Stale(gen.Folder{Root: b.Root, Dir: d.Opts.From}, files)
		if err != nil {
			return nil, err
		}
		if len(stale) > 0 {
			return nil, &Refusal{fmt.Sprintf("%s is stale (%s); run dockstack gen and commit it, or deploy without --from", d.Opts.From, strings.Join(stale, ", "))}
		}
	}
	bucket := gen.DeploymentBucket(b.Env)
	if b.Env.MadeByAmplify() {
		d.say("%s was made by Amplify: dockstack adopts it, keeping its root stack's DeploymentBucket (%s), AuthRole and UnauthRole", b.Env.Name, bucket)
	}
	if d.Opts.Plan {
		if res, err := d.planCreation(ctx, b, files); res != nil || err != nil {
			if err == nil {
				_, err = d.secrets(ctx, b) // read only: says what it would store, or which is missing
			}
			return res, err
		}
	} else if !b.Env.MadeByAmplify() {
		if err := d.bootstrap(ctx, b, files, bucket); err != nil {
			return nil, err
		}
	}
	objects := Objects{}
	rootBody := packageRoot(files, bucket, b.Env.Region, objects)
	if d.tree != nil {
		d.tree.descriptions = descriptions(rootBody)
	}
	current, err := d.stackOutputs(ctx, b.Env.StackName)
	if err != nil {
		return nil, err
	}
	counts, waiting, err := d.taskCounts(ctx, b, current)
	if err != nil {
		return nil, err
	}
	params := map[string]string{"env": b.Env.Name, "DeploymentBucketName": bucket}
	if b.Env.MadeByAmplify() {
		params["AuthRoleName"], params["UnauthRoleName"] = b.Env.AuthRoleName, b.Env.UnauthRoleName
	}
	for stack, n := range counts {
		params[gen.DesiredCountParam(stack)] = strconv.Itoa(n)
	}
	if b.Hosting != nil {
		hosting, err := d.hostingParams(ctx, b, files)
		if err != nil {
			return nil, err
		}
		maps.Copy(params, hosting)
	}
	// Each API's source bundle goes to its fixed key, where an upload starts the
	// API's pipeline (an EventBridge rule on the bucket). It is uploaded only
	// once the root stack is up to date, so a stack update that fails and rolls
	// back starts no build of code newer than the stack it rolled back to; the
	// bundle of an API whose stack does not exist yet goes first, for the
	// pipeline's first run. A plan uploads none.
	late := Objects{}
	for _, u := range units(b) {
		api := u.api
		if !gen.S3Source(api) {
			continue
		}
		bundle, err := sourceBundle(filepath.Join(b.Root, api.SrcDir()), files["buildspec-"+api.Name+".yml"], secretFilesIn(api))
		if err != nil {
			return nil, err
		}
		key := gen.SourceKey(api.Name)
		params[gen.ZipPathParam(u.stack)] = key
		switch {
		case d.Opts.Plan:
		case current[u.stack] == nil:
			objects[key] = bundle
		default:
			late[key] = bundle
		}
	}
	have, err := d.listing(ctx, bucket)
	if err != nil {
		return nil, err
	}
	versions, err := d.upload(ctx, bucket, objects, have)
	if err != nil {
		return nil, err
	}
	secretsChanged, err := d.secrets(ctx, b) // a plan only reads them
	if err != nil {
		return nil, err
	}
	res, err := d.deployRoot(ctx, b, rootBody, params)
	if err != nil || res.Planned {
		return res, err
	}
	if res.NoChanges {
		res.Outputs = current // read before the change set, and nothing changed since
	}
	res.Waiting = waiting
	if err := d.record(res.Outputs); err != nil {
		return res, err
	}
	if b.Hosting != nil {
		if err := d.accessLogs(ctx, b, files, res.Outputs); err != nil {
			return res, err
		}
		d.siteNotes(ctx, b, res.Outputs)
	}
	lateVersions, err := d.upload(ctx, bucket, late, have)
	if err != nil {
		return res, err
	}
	maps.Copy(versions, lateVersions)
	if err := d.restart(ctx, secretsChanged, res.Outputs); err != nil {
		return res, err
	}
	if d.Opts.NoFollow {
		return res, nil
	}
	// A new source bundle starts its pipeline: follow those runs.
	var runs []run
	for _, u := range units(b) {
		version, uploaded := versions[params[gen.ZipPathParam(u.stack)]]
		out := res.Outputs[u.stack]
		if uploaded && out["PipelineName"] != "" {
			runs = append(runs, run{what: u.what(), pipeline: out["PipelineName"], cluster: out["ClusterName"], service: out["ServiceName"], region: b.Env.Region, version: version})
		}
	}
	if err := d.followPipelines(ctx, runs); err != nil || len(waiting) == 0 {
		return res, err
	}
	// The first builds have pushed images: give those services their tasks.
	counts, res.Waiting, err = d.taskCounts(ctx, b, res.Outputs)
	if err != nil {
		return res, err
	}
	changed := false
	for stack, n := range counts {
		key := gen.DesiredCountParam(stack)
		changed = changed || params[key] != strconv.Itoa(n)
		params[key] = strconv.Itoa(n)
	}
	if !changed {
		return res, nil
	}
	d.say("The images are built: starting the services' tasks")
	again, err := d.deployRoot(ctx, b, rootBody, params)
	if err != nil {
		return res, err
	}
	again.Waiting = res.Waiting
	return again, d.record(again.Outputs)
}

// decide shows a change set's changes and whether it runs: refused (and
// deleted) when it would lose data without --allow-data-loss, kept out of a
// plan, executed only with --yes or a yes at a terminal. A change set that
// does not run is deleted, with the empty stack a creation left.
func (d *Deployer) decide(ctx context.Context, name, id string, typ types.ChangeSetType, changes []Change) (execute bool, err error) {
	format := "text"
	if d.Opts.Plan && d.Opts.PlanFormat != "" {
		format = d.Opts.PlanFormat
	}
	d.say("%s", d.paintPlan(FormatChanges(changes, shownFormat(format))))
	discard := func() error {
		_, err := d.C.CFN.DeleteChangeSet(ctx, &cloudformation.DeleteChangeSetInput{ChangeSetName: aws.String(id)})
		if err == nil && typ == types.ChangeSetTypeCreate {
			// CloudFormation left an empty stack in REVIEW_IN_PROGRESS for the change set.
			_, err = d.C.CFN.DeleteStack(ctx, &cloudformation.DeleteStackInput{StackName: aws.String(name)})
		}
		return err
	}
	if risky := DataLoss(changes); len(risky) > 0 && !d.Opts.AllowDataLoss {
		if err := discard(); err != nil {
			return false, err
		}
		return false, &Refusal{"refused: this deploy would lose data:\n  " + strings.Join(risky, "\n  ") +
			"\nThe change set was deleted. If that is intended, deploy again with --allow-data-loss."}
	}
	if d.Opts.Plan {
		return false, discard()
	}
	if !d.Opts.Yes && (d.Confirm == nil || !d.Confirm("Deploy these changes?")) {
		if err := discard(); err != nil {
			return false, err
		}
		return false, &Refusal{"not executed: answer yes at a terminal, or pass --yes (--plan only shows the changes)"}
	}
	return true, nil
}

// record hands the outputs to Record, if any.
func (d *Deployer) record(outputs model.StackOutputs) error {
	if d.Record == nil || outputs == nil {
		return nil
	}
	return d.Record(outputs)
}

// planCreation plans an environment whose bootstrap or root stack does not
// exist yet from the templates themselves (see plannedCreation); nil when both exist.
func (d *Deployer) planCreation(ctx context.Context, b *model.Backend, files gen.Files) (*Result, error) {
	boot, err := d.stackState(ctx, BootstrapStack(b.Env))
	if err != nil {
		return nil, err
	}
	root, err := d.stackState(ctx, b.Env.StackName)
	if err != nil {
		return nil, err
	}
	newBoot := !b.Env.MadeByAmplify() && (boot == nil || boot.StackStatus == types.StackStatusReviewInProgress)
	if !newBoot && root != nil && root.StackStatus != types.StackStatusReviewInProgress {
		return nil, nil
	}
	changes := plannedCreation(files, newBoot)
	d.say("%s would be created: the plan lists every resource of its templates (nothing was created or uploaded)", b.Env.StackName)
	format := d.Opts.PlanFormat
	if format == "" {
		format = "text"
	}
	d.say("%s", d.paintPlan(FormatChanges(changes, shownFormat(format))))
	return &Result{Planned: true, Changes: changes}, nil
}

// bootstrap creates the deployment bucket's stack when it is missing.
func (d *Deployer) bootstrap(ctx context.Context, b *model.Backend, files gen.Files, bucket string) error {
	name := BootstrapStack(b.Env)
	st, err := d.stackState(ctx, name)
	if err == nil && st != nil && st.StackStatus == types.StackStatusRollbackComplete {
		// Its creation failed, as a root stack's can: refused, or replaced with --replace-failed-stack.
		if _, err := d.changeSetType(ctx, name, st); err != nil {
			return err
		}
		st = nil
	}
	if err != nil || (st != nil && string(st.StackStatus) != "REVIEW_IN_PROGRESS") {
		return err
	}
	d.say("Creating the deployment bucket %s (stack %s)", bucket, name)
	id, _, err := d.createChangeSet(ctx, &cloudformation.CreateChangeSetInput{
		StackName: aws.String(name), ChangeSetType: types.ChangeSetTypeCreate,
		TemplateBody: aws.String(string(files["bootstrap.yaml"])),
		Parameters:   []types.Parameter{{ParameterKey: aws.String("DeploymentBucketName"), ParameterValue: aws.String(bucket)}},
	})
	if err != nil || id == "" {
		return err
	}
	// From here a stack operation runs: Ctrl-C asks before cancelling it (waitStack reads it).
	d.stackWait(true)
	defer d.stackWait(false)
	if _, err := d.C.CFN.ExecuteChangeSet(ctx, &cloudformation.ExecuteChangeSetInput{ChangeSetName: aws.String(id)}); err != nil {
		return err
	}
	_, err = d.waitStack(ctx, name, "")
	return err
}

// listing is what the bucket holds under dockstack's prefix: key to ETag.
func (d *Deployer) listing(ctx context.Context, bucket string) (map[string]string, error) {
	have := map[string]string{}
	var token *string
	for {
		out, err := d.C.S3.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(bucket), Prefix: aws.String(gen.SourcePrefix), ContinuationToken: token})
		if err != nil {
			return nil, fmt.Errorf("list s3://%s/%s: %w", bucket, gen.SourcePrefix, err)
		}
		for _, o := range out.Contents {
			have[aws.ToString(o.Key)] = aws.ToString(o.ETag)
		}
		if !aws.ToBool(out.IsTruncated) {
			return have, nil
		}
		token = out.NextContinuationToken
	}
}

// upload puts the objects the bucket does not hold with the same content (have
// is its listing; an ETag is the content's MD5) and returns the S3 version of
// each object it uploaded.
func (d *Deployer) upload(ctx context.Context, bucket string, objects Objects, have map[string]string) (map[string]string, error) {
	versions := map[string]string{}
	for _, key := range slices.Sorted(maps.Keys(objects)) {
		sum := md5.Sum(objects[key])
		if have[key] == `"`+hex.EncodeToString(sum[:])+`"` {
			continue
		}
		d.say("Uploading s3://%s/%s (%d bytes)", bucket, key, len(objects[key]))
		out, err := d.C.S3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), Body: bytes.NewReader(objects[key])})
		if err != nil {
			return nil, fmt.Errorf("upload s3://%s/%s: %w", bucket, key, err)
		}
		versions[key] = aws.ToString(out.VersionId)
	}
	return versions, nil
}

// secrets stores each .secret-* file's value as <StackName>/<api>/<name>, only
// when it differs from the cloud's, and returns the APIs one of whose existing
// secrets changed: their services must restart for tasks to read it. With
// --secrets skip it only checks that each secret exists; with --plan it says
// what it would store and writes nothing. Values never reach the output.
func (d *Deployer) secrets(ctx context.Context, b *model.Backend) (changed []unit, err error) {
	for _, u := range units(b) {
		api := u.api
		apiChanged := false
		for _, s := range api.Secrets {
			name := gen.SecretName(b.Env.StackName, api.Name, s.Name)
			current, exists, err := d.secretValue(ctx, name)
			if err != nil {
				return nil, fmt.Errorf("secret %s: %w", name, err)
			}
			if d.Opts.SkipSecrets {
				if !exists {
					return nil, fmt.Errorf("secret %s (%q of api %s) is not in Secrets Manager; deploy once with --secrets update and its file %s", name, s.Key, api.Name, s.File)
				}
				d.say("Secret %s: left as it is in the cloud (--secrets skip)", name)
				continue
			}
			if s.Missing {
				return nil, fmt.Errorf("secret %q of api %s: %s is missing; create it with the value, or deploy with --secrets skip to use the value in the cloud", s.Key, api.Name, s.File)
			}
			v, err := model.SecretValue(b.Root, s)
			if err != nil {
				return nil, fmt.Errorf("secret %s: cannot read %s: %v", s.Key, s.File, err)
			}
			switch {
			case exists && current == v:
				d.say("Secret %s: unchanged", name)
				continue
			case d.Opts.Plan:
				d.say("Secret %s: would be stored (changed or new)", name)
				continue
			case d.Opts.AskSecrets && d.Confirm != nil && !d.Confirm(fmt.Sprintf("Store the value of secret %s (from %s) in Secrets Manager?", s.Key, s.File)):
				if !exists {
					return nil, fmt.Errorf("secret %s is not in Secrets Manager and was not stored; its tasks could not start: store it, or remove it from the compose file", name)
				}
				d.say("Secret %s: left as it is in the cloud", name)
				continue
			case exists:
				_, err = d.C.Secrets.PutSecretValue(ctx, &secretsmanager.PutSecretValueInput{SecretId: aws.String(name), SecretString: aws.String(v)})
				apiChanged = true
			default:
				_, err = d.C.Secrets.CreateSecret(ctx, &secretsmanager.CreateSecretInput{Name: aws.String(name), SecretString: aws.String(v),
					Description: aws.String("dockstack: secret " + s.Key + " of API " + api.Name)})
			}
			if err != nil {
				return nil, fmt.Errorf("secret %s: %w", name, scrub(err, v))
			}
			d.say("Secret %s: stored", name)
		}
		if apiChanged {
			changed = append(changed, u)
		}
	}
	return changed, nil
}

// secretValue reads a secret's current value; exists is false when there is none.
func (d *Deployer) secretValue(ctx context.Context, name string) (value string, exists bool, err error) {
	out, err := d.C.Secrets.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(name)})
	var missing *smtypes.ResourceNotFoundException
	if errors.As(err, &missing) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return aws.ToString(out.SecretString), true, nil
}

// restart starts new tasks of the APIs' services, so that they read changed secrets.
func (d *Deployer) restart(ctx context.Context, changed []unit, outputs model.StackOutputs) error {
	for _, u := range changed {
		out := outputs[u.stack]
		if out["ServiceName"] == "" {
			continue
		}
		d.say("Restarting the service of %s so that its tasks read the changed secrets", u.api.Name)
		if _, err := d.C.Services.UpdateService(ctx, &ecs.UpdateServiceInput{Cluster: aws.String(out["ClusterName"]), Service: aws.String(out["ServiceName"]), ForceNewDeployment: true}); err != nil {
			return fmt.Errorf("restart the service of %s: %w", u.api.Name, err)
		}
	}
	return nil
}

// scrub makes sure a secret value never travels in an error message.
func scrub(err error, value string) error {
	if value != "" && strings.Contains(err.Error(), value) {
		return errors.New(strings.ReplaceAll(err.Error(), value, "***"))
	}
	return err
}

// deployRoot creates the root change set, shows it, guards data, and executes it.
func (d *Deployer) deployRoot(ctx context.Context, b *model.Backend, body string, params map[string]string) (*Result, error) {
	name := b.Env.StackName
	inputs := inputsHash(body, params)
	st, err := d.stackState(ctx, name)
	if err != nil {
		return nil, err
	}
	if st != nil && !d.Opts.Plan && upToDate(st, inputs) {
		// The stack was last deployed from these very templates and parameters
		// (nested templates are content-addressed, so the root names them): no
		// change set is needed to know nothing changes.
		d.say("No changes: the stack is up to date.")
		return &Result{NoChanges: true}, nil
	}
	typ, err := d.changeSetType(ctx, name, st)
	if err != nil {
		return nil, err
	}
	var cfnParams []types.Parameter
	for _, k := range slices.Sorted(maps.Keys(params)) {
		cfnParams = append(cfnParams, types.Parameter{ParameterKey: aws.String(k), ParameterValue: aws.String(params[k])})
	}
	id, changes, err := d.createChangeSet(ctx, &cloudformation.CreateChangeSetInput{
		StackName: aws.String(name), ChangeSetType: typ, TemplateBody: aws.String(body), Parameters: cfnParams,
		Tags: []types.Tag{{Key: aws.String("dockstack:project"), Value: aws.String(b.Project.Name)}, {Key: aws.String("dockstack:env"), Value: aws.String(b.Env.Name)},
			{Key: aws.String(layoutTag), Value: aws.String(layoutVersion)}, {Key: aws.String(inputsTag), Value: aws.String(inputs)}},
	})
	if err != nil {
		return nil, err
	}
	res := &Result{Changes: changes}
	if id == "" {
		d.say("No changes: the stack is up to date.")
		res.NoChanges = true
		return res, nil
	}
	if execute, err := d.decide(ctx, name, id, typ, changes); err != nil || !execute {
		res.Planned = err == nil
		if err != nil {
			res = nil
		}
		return res, err
	}
	last, err := d.lastEventID(ctx, name)
	if err != nil {
		return nil, err
	}
	// From here a stack operation runs: Ctrl-C asks before cancelling it (waitStack reads it).
	d.stackWait(true)
	defer d.stackWait(false)
	if _, err := d.C.CFN.ExecuteChangeSet(ctx, &cloudformation.ExecuteChangeSetInput{ChangeSetName: aws.String(id)}); err != nil {
		return nil, err
	}
	if _, err := d.waitStack(ctx, name, last); err != nil {
		return nil, err
	}
	res.Outputs, err = d.stackOutputs(ctx, name)
	return res, err
}

// nestedOutputs reads the outputs of the root's nested stacks, by logical ID.
func (d *Deployer) nestedOutputs(ctx context.Context, root string) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	var token *string
	for {
		res, err := d.C.CFN.ListStackResources(ctx, &cloudformation.ListStackResourcesInput{StackName: aws.String(root), NextToken: token})
		if err != nil {
			return nil, err
		}
		for _, r := range res.StackResourceSummaries {
			if aws.ToString(r.ResourceType) != "AWS::CloudFormation::Stack" {
				continue
			}
			st, err := d.stackState(ctx, aws.ToString(r.PhysicalResourceId))
			if err != nil || st == nil {
				return nil, err
			}
			outputs := map[string]string{}
			for _, o := range st.Outputs {
				outputs[aws.ToString(o.OutputKey)] = aws.ToString(o.OutputValue)
			}
			out[aws.ToString(r.LogicalResourceId)] = outputs
		}
		if res.NextToken == nil {
			return out, nil
		}
		token = res.NextToken
	}
}

// shownFormat is how the progress shows a plan: a JSON plan is for the caller
// to print alone on stdout (Result.Changes), so the progress shows it as text.
func shownFormat(format string) string {
	if format == "json" {
		return "text"
	}
	return format
}

func (d *Deployer) paintPlan(text string) string {
	if d.PaintPlan == nil {
		return text
	}
	return d.PaintPlan(text)
}

// secretFilesIn lists the API's secret files that lie in its src/, relative to
// it: the source bundle leaves them out, so no secret value reaches S3 or the build.
func secretFilesIn(api *model.API) []string {
	var out []string
	for _, s := range api.Secrets {
		if rel, ok := strings.CutPrefix(s.File, api.SrcDir()+"/"); ok && !slices.Contains(out, rel) {
			out = append(out, rel)
		}
	}
	return out
}
