package deploy

import (
	"fmt"
	"net/url"

	"github.com/dockstack/dockstack/gen"
	"github.com/dockstack/dockstack/model"
)

// ConsoleURLs are the console pages of a deployed API or the hosting site
// (stack is its nested stack's logical ID, out that stack's outputs), the
// first the one to open: CloudFront for the site, then the service, the
// pipeline, the logs and (for an API) API Gateway.
func ConsoleURLs(b *model.Backend, stack string, out map[string]string) []string {
	region := b.Env.Region
	base := "https://" + region + ".console.aws.amazon.com"
	var urls []string
	if id := out["DistributionId"]; id != "" {
		urls = append(urls, "https://us-east-1.console.aws.amazon.com/cloudfront/v4/home#/distributions/"+url.PathEscape(id))
	}
	if out["ClusterName"] != "" && out["ServiceName"] != "" {
		urls = append(urls, fmt.Sprintf("%s/ecs/v2/clusters/%s/services/%s/health?region=%s", base, url.PathEscape(out["ClusterName"]), url.PathEscape(out["ServiceName"]), region))
	}
	if out["PipelineName"] != "" {
		urls = append(urls, gen.PipelineConsoleURL(region, out["PipelineName"]))
	}
	// The log groups' names start with their nested stack's: <root>-<logical ID>-.
	urls = append(urls, fmt.Sprintf("%s/cloudwatch/home?region=%s#logsV2:log-groups$3FlogGroupNameFilter$3D%s", base, region, url.QueryEscape(b.Env.StackName+"-"+stack)))
	if out["DistributionId"] == "" {
		urls = append(urls, fmt.Sprintf("%s/apigateway/main/apis?region=%s", base, region))
	}
	return urls
}
