package deploy

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/aws-sdk-go-v2/service/ecr"
	ecrtypes "github.com/aws/aws-sdk-go-v2/service/ecr/types"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	ecstypes "github.com/aws/aws-sdk-go-v2/service/ecs/types"
	"github.com/aws/smithy-go"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
)

// Deployment state lives in AWS, and deploy reads it there: the stacks'
// outputs, each service's desired count, which images exist. gen never sees it.

// layoutTag marks a root stack whose outputs name its nested stacks' IDs
// (layoutVersion); deploy reads an older root stack's nested stacks by listing its resources.
const (
	layoutTag     = "dockstack:layout"
	layoutVersion = "2"
)

// stackOutputs reads the environment's outputs: the root stack names each
// nested stack's ID in its outputs, and each nested stack is described once,
// a few at a time. It returns nil when the root stack does not exist.
func (d *Deployer) stackOutputs(ctx context.Context, root string) (model.StackOutputs, error) {
	st, err := d.stackState(ctx, root)
	if err != nil || st == nil {
		return nil, err
	}
	return d.outputsOf(ctx, root, st)
}

// outputsOf reads the outputs of the root stack st, described already.
func (d *Deployer) outputsOf(ctx context.Context, root string, st *cfntypes.Stack) (model.StackOutputs, error) {
	ids := map[string]string{}
	for _, o := range st.Outputs {
		if id, ok := strings.CutSuffix(aws.ToString(o.OutputKey), "StackId"); ok && id != "" { // "StackId" alone is Amplify's root output
			ids[id] = aws.ToString(o.OutputValue)
		}
	}
	if !slices.ContainsFunc(st.Tags, func(t cfntypes.Tag) bool {
		return aws.ToString(t.Key) == layoutTag && aws.ToString(t.Value) == layoutVersion
	}) {
		// A root stack from before nested stack IDs were outputs (or Amplify's own): list its resources.
		return d.nestedOutputs(ctx, root)
	}
	out := model.StackOutputs{}
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	limit := make(chan struct{}, 8)
	for logical, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			limit <- struct{}{}
			defer func() { <-limit }()
			child, err := d.stackState(ctx, id)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("outputs of %s: %w", logical, err))
				return
			}
			outputs := map[string]string{}
			if child != nil {
				for _, o := range child.Outputs {
					outputs[aws.ToString(o.OutputKey)] = aws.ToString(o.OutputValue)
				}
			}
			out[logical] = outputs
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// unit is a service deploy brings up: an API, or the hosting site. Its root
// parameters (DesiredCount, ParamZipPath) start with its stack's logical ID.
type unit struct {
	api   *model.API
	stack string
}

// name is how commands name a unit: an API by its name, the site as "hosting".
func (u unit) name() string {
	if u.stack == gen.HostingStackID {
		return "hosting"
	}
	return u.api.Name
}

// what says what a unit is in a sentence: "api posts", "hosting".
func (u unit) what() string {
	if u.stack == gen.HostingStackID {
		return u.name()
	}
	return "api " + u.api.Name
}

func units(b *model.Backend) []unit {
	var out []unit
	for i := range b.APIs {
		out = append(out, unit{&b.APIs[i], gen.APIStackID(b.APIs[i].Name)})
	}
	if b.Hosting != nil {
		out = append(out, unit{&b.Hosting.Site, gen.HostingStackID})
	}
	return out
}

// taskCounts decides each service's task count for this deploy, by its
// stack's logical ID. It never lowers the count a service runs with; once all
// the service's images exist it raises the count to the replicas asked for.
// waiting lists the APIs (and site) whose images do not exist yet: their
// services keep the count they have (0 when new).
func (d *Deployer) taskCounts(ctx context.Context, b *model.Backend, outputs model.StackOutputs) (counts map[string]int, waiting []string, err error) {
	running, scaled, err := d.runningCounts(ctx, b, outputs)
	if err != nil {
		return nil, nil, err
	}
	counts = map[string]int{}
	for _, u := range units(b) {
		api, current := u.api, running[u.stack]
		if scaled[u.stack] {
			counts[u.stack] = current
			d.say("Service of %s: keeps the %d tasks `dockstack scale` set (`dockstack scale %s --release` hands the count back to deploy)", api.Name, current, api.Name)
			continue
		}
		ready, err := d.imagesExist(ctx, api, outputs[u.stack])
		if err != nil {
			return nil, nil, err
		}
		counts[u.stack] = current
		switch {
		case !ready:
			waiting = append(waiting, api.Name)
		case api.Task.Replicas >= current:
			counts[u.stack] = api.Task.Replicas
		default:
			d.say("Service of %s: keeps its %d tasks (replicas asks for %d); deploy never lowers a running service's count: set it with `aws ecs update-service --desired-count %d` and dockstack keeps it", api.Name, current, api.Task.Replicas, api.Task.Replicas)
		}
	}
	return counts, waiting, nil
}

// runningCounts reads the desired count of each existing service (none when
// new), and which ones `dockstack scale` set, by stack logical ID.
func (d *Deployer) runningCounts(ctx context.Context, b *model.Backend, outputs model.StackOutputs) (map[string]int, map[string]bool, error) {
	byCluster := map[string][]string{} // cluster -> service names
	stackOf := map[string]string{}     // service name -> its stack
	for _, u := range units(b) {
		out := outputs[u.stack]
		if out["ServiceName"] == "" || out["ClusterName"] == "" {
			continue
		}
		byCluster[out["ClusterName"]] = append(byCluster[out["ClusterName"]], out["ServiceName"])
		stackOf[out["ServiceName"]] = u.stack
	}
	counts, scaled := map[string]int{}, map[string]bool{}
	for _, cluster := range slices.Sorted(maps.Keys(byCluster)) {
		for chunk := range slices.Chunk(byCluster[cluster], 10) { // DescribeServices takes 10 at a time
			res, err := d.C.Services.DescribeServices(ctx, &ecs.DescribeServicesInput{Cluster: aws.String(cluster), Services: chunk,
				Include: []ecstypes.ServiceField{ecstypes.ServiceFieldTags}})
			if err != nil {
				return nil, nil, fmt.Errorf("read the services' task counts: %w", err)
			}
			for _, s := range res.Services {
				if aws.ToString(s.Status) != "ACTIVE" {
					continue
				}
				stack := stackOf[aws.ToString(s.ServiceName)]
				counts[stack] = int(s.DesiredCount)
				scaled[stack] = slices.ContainsFunc(s.Tags, func(t ecstypes.Tag) bool { return aws.ToString(t.Key) == scaleTag })
			}
		}
	}
	return counts, scaled, nil
}

// imagesExist reports whether every image the API's task pulls from its own
// repositories is there (tagged latest, which the task definition names).
func (d *Deployer) imagesExist(ctx context.Context, api *model.API, out map[string]string) (bool, error) {
	for _, c := range api.Containers {
		if c.Build == nil && !(api.DeploymentMechanism == model.SelfManaged && c.Image == "") {
			continue // an image pulled as it is
		}
		uri := out[gen.RepositoryOutput(c.Name)]
		if uri == "" {
			return false, nil // the repository does not exist yet
		}
		repo := uri[strings.LastIndex(uri, "/")+1:]
		_, err := d.C.Images.DescribeImages(ctx, &ecr.DescribeImagesInput{RepositoryName: aws.String(repo), ImageIds: []ecrtypes.ImageIdentifier{{ImageTag: aws.String("latest")}}})
		var apiErr smithy.APIError
		if errors.As(err, &apiErr) && (apiErr.ErrorCode() == "ImageNotFoundException" || apiErr.ErrorCode() == "RepositoryNotFoundException") {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("look for the %s image: %w", c.Name, err)
		}
	}
	return true, nil
}

// Pull reads a deployed environment's outputs, for `dockstack pull`.
func Pull(ctx context.Context, c Clients, b *model.Backend) (model.StackOutputs, error) {
	d := &Deployer{C: c, Out: io.Discard}
	d.show = lineProgress{io.Discard}
	outputs, err := d.stackOutputs(ctx, b.Env.StackName)
	if err == nil && outputs == nil {
		err = notDeployed(b)
	}
	return outputs, err
}

func notDeployed(b *model.Backend) error {
	return fmt.Errorf("environment %s is not deployed: stack %s does not exist in %s", b.Env.Name, b.Env.StackName, b.Env.Region)
}

// apiOutputs are one API's stack outputs, for the commands that act on an API;
// an error says when the environment or the API is not deployed.
func (d *Deployer) apiOutputs(ctx context.Context, b *model.Backend, api string) (map[string]string, error) {
	if b.API(api) == nil {
		return nil, fmt.Errorf("no api %q in the project", api)
	}
	outputs, err := d.stackOutputs(ctx, b.Env.StackName)
	if err != nil {
		return nil, err
	}
	if outputs == nil {
		return nil, notDeployed(b)
	}
	out := outputs[gen.APIStackID(api)]
	if out["ServiceName"] == "" {
		return nil, fmt.Errorf("api %s is not deployed in %s", api, b.Env.Name)
	}
	return out, nil
}

// service describes one ECS service.
func (d *Deployer) service(ctx context.Context, cluster, name string) (*ecstypes.Service, error) {
	res, err := d.C.Services.DescribeServices(ctx, &ecs.DescribeServicesInput{Cluster: aws.String(cluster), Services: []string{name}})
	if err != nil {
		return nil, err
	}
	if len(res.Services) == 0 {
		return nil, fmt.Errorf("service %s not found in cluster %s", name, cluster)
	}
	return &res.Services[0], nil
}

// inputsTag holds, on the root stack, the hash of the templates and parameters
// it was last deployed from.
const inputsTag = "dockstack:inputs"

// inputsHash is the hash of a root template and its parameters.
func inputsHash(body string, params map[string]string) string {
	h := sha256.New()
	h.Write([]byte(body))
	for _, k := range slices.Sorted(maps.Keys(params)) {
		fmt.Fprintf(h, "\x00%s=%s", k, params[k])
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// upToDate reports whether a stack stands, complete, as deployed from inputs.
func upToDate(st *cfntypes.Stack, inputs string) bool {
	if st.StackStatus != cfntypes.StackStatusCreateComplete && st.StackStatus != cfntypes.StackStatusUpdateComplete {
		return false
	}
	return slices.ContainsFunc(st.Tags, func(t cfntypes.Tag) bool { return aws.ToString(t.Key) == inputsTag && aws.ToString(t.Value) == inputs })
}
