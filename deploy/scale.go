package deploy

import (
	"context"
	"fmt"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	ecstypes "github.com/aws/aws-sdk-go-v2/service/ecs/types"
	"github.com/dockstack/dockstack/model"
)

// scaleTag marks a service whose task count `dockstack scale` set: deploy
// keeps that count (it neither raises it to the replicas nor lowers it) until
// `dockstack scale API --release` hands the count back to deploy.
const scaleTag = "dockstack:scaled"

// Scale sets an API service's task count (0 stops a crash loop, as the guide
// advises) and marks it, so that the next deploy keeps it; release removes
// the mark and leaves the count to deploy again.
func Scale(ctx context.Context, c Clients, b *model.Backend, api string, count int, release bool) (string, error) {
	d := &Deployer{C: c}
	out, err := d.apiOutputs(ctx, b, api)
	if err != nil {
		return "", err
	}
	svc, err := d.service(ctx, out["ClusterName"], out["ServiceName"])
	if err != nil {
		return "", fmt.Errorf("api %s: %w", api, err)
	}
	arn := svc.ServiceArn
	if release {
		if _, err := c.Services.UntagResource(ctx, &ecs.UntagResourceInput{ResourceArn: arn, TagKeys: []string{scaleTag}}); err != nil {
			return "", err
		}
		return fmt.Sprintf("api %s: the next deploy sets its task count again (the replicas, never lower than what runs)", api), nil
	}
	if _, err := c.Services.UpdateService(ctx, &ecs.UpdateServiceInput{Cluster: aws.String(out["ClusterName"]), Service: aws.String(out["ServiceName"]), DesiredCount: aws.Int32(int32(count))}); err != nil {
		return "", err
	}
	if _, err := c.Services.TagResource(ctx, &ecs.TagResourceInput{ResourceArn: arn, Tags: []ecstypes.Tag{{Key: aws.String(scaleTag), Value: aws.String(strconv.Itoa(count))}}}); err != nil {
		return "", err
	}
	return fmt.Sprintf("api %s: %d tasks. The next deploy keeps this count; `dockstack scale %s --release` hands it back to deploy", api, count, api), nil
}
