package gen

import (
	"fmt"
	"strings"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/apigatewayv2"
	"github.com/awslabs/goformation/v7/cloudformation/ec2"
	"github.com/awslabs/goformation/v7/cloudformation/ecs"
	"github.com/awslabs/goformation/v7/cloudformation/servicediscovery"
)

// serviceSecurityGroup admits only the entrypoint port, and only from inside the VPC (the VPC link).
func (s *apiStack) serviceSecurityGroup() {
	ep := s.api.Entrypoint // a TCP port: model chooses no other for an HTTP API
	from, fromDesc, short := "NetworkStackVpcLinkSecurityGroupId", "the API Gateway VPC link", "the VPC link"
	if s.site != nil {
		from, fromDesc, short = "LoadBalancerSecurityGroup", "the load balancer", "the load balancer"
	}
	s.t.Add("ServiceSecurityGroup", "Security group of the tasks: the entrypoint port from "+short+" only", &ec2.SecurityGroup{
		GroupDescription: fmt.Sprintf("%s tasks: %s port %d from %s", s.api.Name, ep.Container, ep.Port, fromDesc),
		VpcId:            cloudformation.String(cloudformation.Ref("NetworkStackVpcId")),
		SecurityGroupIngress: []ec2.SecurityGroup_Ingress{{
			IpProtocol:            "tcp",
			FromPort:              cloudformation.Int(ep.Port),
			ToPort:                cloudformation.Int(ep.Port),
			SourceSecurityGroupId: cloudformation.String(cloudformation.Ref(from)),
			Description:           cloudformation.String(strings.TrimPrefix(fromDesc, "the ") + " to " + ep.Container),
		}},
		SecurityGroupEgress: []ec2.SecurityGroup_Egress{{
			IpProtocol:  "-1",
			CidrIp:      cloudformation.String("0.0.0.0/0"),
			Description: cloudformation.String("images, AWS APIs and whatever the containers call"),
		}},
	})
}

// cloudMapService registers the tasks with SRV records, which API Gateway's
// Cloud Map integration needs; the custom health config makes Cloud Map follow
// ECS's view of task health, so traffic never goes to unhealthy tasks.
func (s *apiStack) cloudMapService() {
	s.t.Add("CloudMapService", "Cloud Map service: where API Gateway finds the tasks", &servicediscovery.Service{
		Name: cloudformation.String(s.api.Name),
		DnsConfig: &servicediscovery.Service_DnsConfig{
			NamespaceId:   cloudformation.String(cloudformation.Ref("NetworkStackCloudMapNamespaceId")),
			RoutingPolicy: cloudformation.String("MULTIVALUE"),
			DnsRecords:    []servicediscovery.Service_DnsRecord{{Type: "SRV", TTL: 60}},
		},
		HealthCheckCustomConfig: &servicediscovery.Service_HealthCheckCustomConfig{FailureThreshold: cloudformation.Float64(1)},
	})
}

func (s *apiStack) service() {
	var subnets []string
	for i := 0; i < s.azs; i++ {
		subnets = append(subnets, cloudformation.Select(i, cloudformation.Ref("NetworkStackSubnetIds")))
	}
	svc := &ecs.Service{
		Cluster:        cloudformation.String(cloudformation.Ref("NetworkStackClusterName")),
		LaunchType:     cloudformation.String("FARGATE"),
		TaskDefinition: cloudformation.String(cloudformation.Ref("TaskDefinition")),
		DeploymentConfiguration: &ecs.Service_DeploymentConfiguration{
			MinimumHealthyPercent:    cloudformation.Int(100),
			MaximumPercent:           cloudformation.Int(200),
			DeploymentCircuitBreaker: &ecs.Service_DeploymentCircuitBreaker{Enable: true, Rollback: true},
		},
		NetworkConfiguration: &ecs.Service_NetworkConfiguration{AwsvpcConfiguration: &ecs.Service_AwsVpcConfiguration{
			// Public subnets without a NAT gateway: tasks need public IPs to pull images; the security group admits only the VPC.
			AssignPublicIp: cloudformation.String("ENABLED"),
			SecurityGroups: []string{cloudformation.Ref("ServiceSecurityGroup")},
			Subnets:        subnets,
		}},
		ServiceRegistries: []ecs.Service_ServiceRegistry{{
			RegistryArn:   cloudformation.String(cloudformation.GetAtt("CloudMapService", "Arn")),
			ContainerName: cloudformation.String(s.api.Entrypoint.Container),
			ContainerPort: cloudformation.Int(s.api.Entrypoint.Port),
		}},
		PropagateTags:        cloudformation.String("SERVICE"),
		EnableECSManagedTags: cloudformation.Bool(true),
	}
	if s.site != nil { // the load balancer finds the tasks, not Cloud Map
		svc.ServiceRegistries = nil
		svc.LoadBalancers = []ecs.Service_LoadBalancer{{ContainerName: cloudformation.String(s.api.Entrypoint.Container),
			ContainerPort: cloudformation.Int(s.api.Entrypoint.Port), TargetGroupArn: cloudformation.String(cloudformation.Ref("TargetGroup"))}}
		svc.AWSCloudFormationDependsOn = append(svc.AWSCloudFormationDependsOn, "ListenerRule")
	}
	if grace := s.healthGrace(); grace > 0 {
		svc.HealthCheckGracePeriodSeconds = cloudformation.Int(grace)
	}
	if persistent(s.api) { // tasks mount the volumes as they start
		for i := 0; i < s.azs; i++ {
			svc.AWSCloudFormationDependsOn = append(svc.AWSCloudFormationDependsOn, mountTargetID(i))
		}
	}
	s.t.Add("Service", "ECS service: keeps the tasks running and rolls out new images", svc)
	// A parameter, so that deploy sets it from the running service: a template
	// never lowers the task count of a service that runs (docs/deploy-safety.md).
	s.t.SetProperty("Service", "DesiredCount", cloudformation.Ref("DesiredCount"))
}

// healthGrace gives slow starters time before failed health checks count: the
// longest container start period plus one interval; 0 when no container has a check.
func (s *apiStack) healthGrace() int {
	grace := 0
	for _, c := range s.api.Containers {
		if hc := c.HealthCheck; hc != nil {
			grace = max(grace, hc.StartPeriod+hc.Interval)
		}
	}
	return grace
}

// accessLogFormat is the $default stage's JSON access log line.
const accessLogFormat = `{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime",` +
	`"httpMethod":"$context.httpMethod","path":"$context.path","routeKey":"$context.routeKey","status":"$context.status",` +
	`"responseLength":"$context.responseLength","integrationError":"$context.integrationErrorMessage"}`

// httpAPI is the HTTP API: CORS answered by API Gateway, a VPC-link
// integration to Cloud Map, and a JWT authorizer on $default when access is
// restricted, with an unauthenticated OPTIONS /{proxy+} route: $default would
// otherwise catch the browsers' preflight requests, which carry no token, and
// answer 401 (API Gateway's CORS documentation for HTTP APIs).
func (s *apiStack) httpAPI() {
	api := cloudformation.Ref("Api")
	s.t.Add("Api", "HTTP API: the endpoint clients call", &apigatewayv2.Api{
		Name:         cloudformation.String(s.name("")),
		ProtocolType: cloudformation.String("HTTP"),
		CorsConfiguration: &apigatewayv2.Api_Cors{
			AllowOrigins: []string{"*"},
			// Any header, as Amplify's API allows: its clients send x-amz-user-agent and
			// SigV4 headers, apps their own; without credentials allowed this exposes nothing.
			AllowHeaders: []string{"*"},
			AllowMethods: []string{"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"},
			MaxAge:       cloudformation.Int(600),
		},
	})
	s.t.Add("ApiAccessLogGroup", "Access logs of the HTTP API", s.accessLogGroup())
	s.t.Add("Stage", "The $default stage: auto-deployed, logged and throttled", &apigatewayv2.Stage{
		ApiId:      api,
		StageName:  "$default",
		AutoDeploy: cloudformation.Bool(true),
		AccessLogSettings: &apigatewayv2.Stage_AccessLogSettings{
			DestinationArn: cloudformation.String(cloudformation.GetAtt("ApiAccessLogGroup", "Arn")),
			Format:         cloudformation.String(accessLogFormat),
		},
		DefaultRouteSettings: &apigatewayv2.Stage_RouteSettings{
			ThrottlingBurstLimit: cloudformation.Int(200),
			ThrottlingRateLimit:  cloudformation.Float64(100),
		},
	})
	s.t.Add("Integration", "Sends every request through the VPC link to the tasks in Cloud Map", &apigatewayv2.Integration{
		ApiId:                api,
		IntegrationType:      "HTTP_PROXY",
		IntegrationMethod:    cloudformation.String("ANY"),
		ConnectionType:       cloudformation.String("VPC_LINK"),
		ConnectionId:         cloudformation.String(cloudformation.Ref("NetworkStackVpcLinkId")),
		IntegrationUri:       cloudformation.String(cloudformation.GetAtt("CloudMapService", "Arn")),
		PayloadFormatVersion: cloudformation.String("1.0"),
	})
	route := &apigatewayv2.Route{
		ApiId:             api,
		RouteKey:          "$default",
		Target:            cloudformation.String(cloudformation.Sub("integrations/${Integration}")),
		AuthorizationType: cloudformation.String("NONE"),
	}
	if s.api.RestrictAccess {
		s.t.Add("Authorizer", "Accepts only Cognito tokens of the project's user pool", &apigatewayv2.Authorizer{
			ApiId:          api,
			Name:           s.api.Name + "-cognito",
			AuthorizerType: "JWT",
			IdentitySource: []string{"$request.header.Authorization"},
			JwtConfiguration: &apigatewayv2.Authorizer_JWTConfiguration{
				Issuer:   cloudformation.String(cloudformation.Sub("https://cognito-idp.${AWS::Region}.amazonaws.com/${" + s.authParam("UserPoolId") + "}")),
				Audience: []string{cloudformation.Ref(s.authParam("AppClientIDWeb"))},
			},
		})
		route.AuthorizationType = cloudformation.String("JWT")
		route.AuthorizerId = cloudformation.String(cloudformation.Ref("Authorizer"))
		s.t.Add("OptionsRoute", "Lets browsers' CORS preflight (OPTIONS, no token) past the authorizer", &apigatewayv2.Route{
			ApiId:             api,
			RouteKey:          "OPTIONS /{proxy+}",
			Target:            route.Target,
			AuthorizationType: cloudformation.String("NONE"),
		})
	}
	s.t.Add("DefaultRoute", "Routes every path and method to the integration", route)
}
