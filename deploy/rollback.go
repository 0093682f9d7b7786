package deploy

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ecr"
	ecrtypes "github.com/aws/aws-sdk-go-v2/service/ecr/types"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	ecstypes "github.com/aws/aws-sdk-go-v2/service/ecs/types"
	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
)

// Image is one build's image of an API: its tag, when it was pushed, whether
// latest names it and whether the service runs it.
type Image struct {
	Tag     string    `json:"tag"`
	Pushed  time.Time `json:"pushed"`
	Latest  bool      `json:"latest"`
	Running bool      `json:"running"`
}

// apiTarget is what images and rollback act on: an API's built containers'
// repositories, its service, the task definition it runs and that one's tag.
type apiTarget struct {
	repos            map[string]string // container -> repository name
	cluster, service string
	running          *ecstypes.TaskDefinition
	runningTag       string
}

// target reads an API's outputs, service and task definition, once.
func (d *Deployer) target(ctx context.Context, b *model.Backend, api string) (*apiTarget, error) {
	out, err := d.apiOutputs(ctx, b, api)
	if err != nil {
		return nil, err
	}
	t := &apiTarget{repos: map[string]string{}, cluster: out["ClusterName"], service: out["ServiceName"]}
	for _, c := range b.API(api).Containers { // apiOutputs found it in the project
		if uri := out[gen.RepositoryOutput(c.Name)]; uri != "" {
			t.repos[c.Name] = uri[strings.LastIndex(uri, "/")+1:]
		}
	}
	if len(t.repos) == 0 {
		return nil, fmt.Errorf("api %s runs images it does not build: there is nothing to list or roll back", api)
	}
	svc, err := d.service(ctx, t.cluster, t.service)
	if err != nil {
		return nil, fmt.Errorf("api %s: %w", api, err)
	}
	td, err := d.C.Services.DescribeTaskDefinition(ctx, &ecs.DescribeTaskDefinitionInput{TaskDefinition: svc.TaskDefinition})
	if err != nil {
		return nil, err
	}
	t.running = td.TaskDefinition
	tags := imageTagsOf(t.running)
	for _, c := range slices.Sorted(maps.Keys(t.repos)) {
		if t.runningTag == "" {
			t.runningTag = tags[c]
		}
	}
	return t, nil
}

// ListImages lists an API's builds, newest first, marking the one running.
func ListImages(ctx context.Context, c Clients, b *model.Backend, api string) ([]Image, error) {
	d := &Deployer{C: c}
	t, err := d.target(ctx, b, api)
	if err != nil {
		return nil, err
	}
	return d.images(ctx, t)
}

// images are the tags of the target's first built container's repository (one
// build tags every container alike).
func (d *Deployer) images(ctx context.Context, t *apiTarget) ([]Image, error) {
	first := slices.Sorted(maps.Keys(t.repos))[0]
	res, err := d.C.Images.DescribeImages(ctx, &ecr.DescribeImagesInput{RepositoryName: aws.String(t.repos[first])})
	if err != nil {
		return nil, err
	}
	var out []Image
	for _, img := range res.ImageDetails {
		i := Image{Pushed: aws.ToTime(img.ImagePushedAt), Latest: slices.Contains(img.ImageTags, "latest")}
		for _, tag := range img.ImageTags {
			if tag != "latest" {
				i.Tag = tag
			}
		}
		if i.Tag == "" {
			continue
		}
		i.Running = i.Tag == t.runningTag || t.runningTag == "latest" && i.Latest
		out = append(out, i)
	}
	slices.SortFunc(out, func(a, b Image) int { return b.Pushed.Compare(a.Pushed) })
	return out, nil
}

// Rollback makes an API's service run the images of an earlier build (tag, or
// the build before the one running when previous), follows the rollout, and
// returns the tag it runs.
//
// latest is moved to that build's images, and the service gets a task
// definition revision naming the tag: CloudFormation's task definition names
// latest, so its view stays true and a later stack update runs the same code;
// a deploy that changes no template leaves the service alone; the next pipeline
// run (new code) deploys over it, as a roll forward should.
func Rollback(ctx context.Context, c Clients, b *model.Backend, api, tag string, previous bool, out func(string)) (string, error) {
	d := &Deployer{C: c, Poll: 5 * time.Second}
	t, err := d.target(ctx, b, api)
	if err != nil {
		return "", err
	}
	if previous {
		images, err := d.images(ctx, t)
		if err != nil {
			return "", err
		}
		i := slices.IndexFunc(images, func(i Image) bool { return i.Running })
		if i < 0 || i+1 >= len(images) {
			return "", fmt.Errorf("api %s: no build before the one running to roll back to", api)
		}
		tag = images[i+1].Tag
	}
	for _, ctr := range slices.Sorted(maps.Keys(t.repos)) {
		repo := t.repos[ctr]
		got, err := c.Images.BatchGetImage(ctx, &ecr.BatchGetImageInput{RepositoryName: aws.String(repo), ImageIds: []ecrtypes.ImageIdentifier{{ImageTag: aws.String(tag)}}})
		if err != nil {
			return "", err
		}
		if len(got.Images) == 0 {
			return "", fmt.Errorf("api %s: container %s has no image tagged %s (see dockstack images %s)", api, ctr, tag, api)
		}
		if _, err := c.Images.PutImage(ctx, &ecr.PutImageInput{RepositoryName: aws.String(repo), ImageTag: aws.String("latest"), ImageManifest: got.Images[0].ImageManifest}); err != nil {
			return "", fmt.Errorf("api %s: move latest to %s: %w", api, tag, err)
		}
	}
	def := t.running
	for i, cd := range def.ContainerDefinitions {
		if _, built := t.repos[aws.ToString(cd.Name)]; built {
			name, _ := splitImage(aws.ToString(cd.Image))
			def.ContainerDefinitions[i].Image = aws.String(name + ":" + tag)
		}
	}
	reg, err := c.Services.RegisterTaskDefinition(ctx, &ecs.RegisterTaskDefinitionInput{
		Family: def.Family, ContainerDefinitions: def.ContainerDefinitions, Cpu: def.Cpu, Memory: def.Memory,
		NetworkMode: def.NetworkMode, RequiresCompatibilities: def.RequiresCompatibilities, ExecutionRoleArn: def.ExecutionRoleArn,
		TaskRoleArn: def.TaskRoleArn, Volumes: def.Volumes, RuntimePlatform: def.RuntimePlatform, EphemeralStorage: def.EphemeralStorage,
	})
	if err != nil {
		return "", fmt.Errorf("api %s: register the task definition: %w", api, err)
	}
	if _, err := c.Services.UpdateService(ctx, &ecs.UpdateServiceInput{Cluster: aws.String(t.cluster), Service: aws.String(t.service),
		TaskDefinition: reg.TaskDefinition.TaskDefinitionArn}); err != nil {
		return "", err
	}
	out(fmt.Sprintf("api %s: rolling back to %s; following the rollout", api, tag))
	for {
		svc, err := d.service(ctx, t.cluster, t.service)
		if err != nil {
			return "", err
		}
		for _, dep := range svc.Deployments {
			if aws.ToString(dep.Status) != "PRIMARY" {
				continue
			}
			switch string(dep.RolloutState) {
			case "COMPLETED":
				out(fmt.Sprintf("api %s: runs %s, healthy", api, tag))
				return tag, nil
			case "FAILED":
				reasons, _ := d.stoppedReasons(ctx, t.cluster, t.service)
				return "", fmt.Errorf("api %s: the rollout of %s failed: %s", api, tag, strings.Join(reasons, "; "))
			}
		}
		if err := d.sleep(ctx); err != nil {
			return "", err
		}
	}
}
