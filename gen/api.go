package gen

import (
	"strings"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/dockstack/dockstack/model"
)

// NetworkOutputs are the network stack outputs an API stack takes as
// NetworkStack<Attr> parameters, as Amplify's dependsOn names them.
var NetworkOutputs = []string{"ClusterName", "VpcId", "VpcCidrBlock", "SubnetIds", "VpcLinkId", "VpcLinkSecurityGroupId", "CloudMapNamespaceId"}

// apiStack carries what the parts of one API template share.
type apiStack struct {
	b   *model.Backend
	api *model.API
	// site is set for the hosting site: a load balancer and CloudFront in
	// front of the service, in place of Cloud Map and the HTTP API.
	site *model.Hosting
	t    *Template
	azs  int
}

// API builds the template of one container API: logs, images, roles and task
// definition; the ECS service registered in Cloud Map; the HTTP API in front of
// it; and the pipeline that builds and deploys the images.
func API(b *model.Backend, api *model.API) *Template {
	description := "dockstack container API " + api.Name + ": Fargate service behind an API Gateway HTTP API"
	if Builds(api) {
		description += ", built by CodePipeline"
	}
	s := &apiStack{b: b, api: api, azs: networkAZs(b), t: NewTemplate(description)}
	s.parameters()
	s.containers("API")
	s.cloudMapService()
	s.service()
	s.httpAPI()
	if Builds(api) {
		s.pipeline()
	}
	s.outputs()
	return s.t
}

// containers adds what runs the containers, for an API or the site alike:
// the logs' key and groups, repositories, roles, task definition, the tasks'
// security group and their volumes.
func (s *apiStack) containers(what string) {
	s.t.Add("LogsKey", "KMS key that encrypts the "+what+"'s log groups", logsKey(s.api.Name))
	s.logGroups()
	s.repositories()
	s.executionRole()
	s.taskRole()
	s.taskDefinition()
	s.serviceSecurityGroup()
	s.fileSystem()
}

func (s *apiStack) parameters() {
	p := func(id, typ, desc string) {
		s.t.AddParameter(id, cloudformation.Parameter{Type: typ, Description: cloudformation.String(desc)})
	}
	p("env", "String", "The environment name")
	p("rootStackName", "String", "The root stack's name; it prefixes physical names")
	s.t.AddParameter("DesiredCount", cloudformation.Parameter{Type: "Number", Default: "0", MinValue: cloudformation.Float64(0),
		Description: cloudformation.String("Tasks the service runs; see the root stack's parameter")})
	if Builds(s.api) {
		p("deploymentBucketName", "String", "The deployment bucket: source bundles and pipeline artifacts")
	}
	if S3Source(s.api) {
		p("ParamZipPath", "String", "Key of this API's source bundle in the deployment bucket")
	}
	for _, o := range NetworkOutputs {
		typ := "String"
		if o == "SubnetIds" {
			typ = "CommaDelimitedList"
		}
		p("NetworkStack"+o, typ, "Network stack output "+o)
	}
	for _, v := range s.b.InjectedVars(s.api) {
		if v.Table != "" {
			p(storageStackID(v.Table)+v.Attr, "String", "Table "+v.Table+": "+v.Attr)
		}
	}
	if s.api.RestrictAccess {
		p(s.authParam("UserPoolId"), "String", "Cognito user pool that signs the API's tokens")
		p(s.authParam("AppClientIDWeb"), "String", "Cognito app client the tokens are issued to")
	}
}

// Builds reports whether dockstack builds the API's images with a pipeline.
// An API of image-only services runs its images as they are; a SELF_MANAGED
// one gets its repositories, and its team builds and pushes the images.
func Builds(api *model.API) bool {
	if api.DeploymentMechanism == model.SelfManaged {
		return false
	}
	for _, c := range api.Containers {
		if c.Build != nil {
			return true
		}
	}
	return false
}

// S3Source reports whether the pipeline's source is a bundle deploy uploads to
// the deployment bucket; an API built from GitHub (INDENPENDENTLY_MANAGED) has
// its repository as source instead.
func S3Source(api *model.API) bool {
	return Builds(api) && api.GitHub == nil
}

func (s *apiStack) authParam(attr string) string { return authStackID(s.api.AuthName) + attr }

// name is a physical name prefixed by the root stack, unique per environment.
func (s *apiStack) name(suffix string) string {
	return cloudformation.Sub("${rootStackName}-" + literal(s.api.Name+suffix))
}

func (s *apiStack) containerNames() string {
	var names []string
	for _, c := range s.api.Containers {
		names = append(names, c.Name)
	}
	return strings.Join(names, ",")
}

func (s *apiStack) outputs() {
	out := func(id, desc, value string) {
		s.t.AddOutput(id, cloudformation.Output{Description: cloudformation.String(desc), Value: value})
	}
	switch {
	case s.site != nil:
		s.hostingOutputs()
	case s.api.Type == model.GraphQL:
		out("GraphQLAPIEndpointOutput", "GraphQL endpoint", cloudformation.Sub("${Api.ApiEndpoint}/graphql"))
	default:
		out("ApiName", "API name", s.api.Name)
		out("RootUrl", "REST API endpoint", cloudformation.GetAtt("Api", "ApiEndpoint"))
	}
	out("ServiceName", "ECS service name", cloudformation.GetAtt("Service", "Name"))
	out("ClusterName", "ECS cluster name", cloudformation.Ref("NetworkStackClusterName"))
	if Builds(s.api) {
		out("PipelineName", "CodePipeline name", cloudformation.Ref("Pipeline"))
	}
	if s.api.GitHub != nil && Builds(s.api) {
		out("GitHubConnectionArn", "GitHub connection: authorize it once in the console (Developer Tools > Connections)", cloudformation.Ref("GitHubConnection"))
	}
	out("ContainerNames", "Containers of the task", s.containerNames())
	for _, c := range s.api.Containers {
		out(LogGroupOutput(c.Name), "Log group of the "+c.Name+" container", cloudformation.Ref(logGroupID(c.Name)))
	}
	for _, c := range s.api.Containers {
		if c.Build != nil || s.api.DeploymentMechanism == model.SelfManaged && c.Image == "" {
			out(RepositoryOutput(c.Name), "ECR repository of the "+c.Name+" container", cloudformation.GetAtt(repositoryID(c.Name), "RepositoryUri"))
		}
	}
}

// LogGroupOutput is the API stack output holding a container's log group name.
func LogGroupOutput(container string) string { return logGroupID(container) }

// RepositoryOutput is the API stack output holding a container's ECR repository URI;
// deploy reads it to know whether the container's image exists.
func RepositoryOutput(container string) string { return repositoryID(container) + "Uri" }
