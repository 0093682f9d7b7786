package gen

import (
	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/certificatemanager"
	"github.com/awslabs/goformation/v7/cloudformation/cloudfront"
	"github.com/awslabs/goformation/v7/cloudformation/cognito"
	"github.com/awslabs/goformation/v7/cloudformation/ec2"
	elb "github.com/awslabs/goformation/v7/cloudformation/elasticloadbalancingv2"
	"github.com/awslabs/goformation/v7/cloudformation/logs"
	"github.com/awslabs/goformation/v7/cloudformation/route53"
	"github.com/awslabs/goformation/v7/cloudformation/secretsmanager"
	"github.com/dockstack/dockstack/model"
)

// HostingStackID is the hosting site's nested stack, as Amplify names its category and service.
const HostingStackID = "hostingElasticContainer"

// Managed CloudFront policies: cache by the origin's Cache-Control headers
// (query strings in the key), so static assets are cached as the site says and
// dynamic pages that say no-store are not; forward everything the viewer sent,
// the Host header included (the load balancer's certificate is the site's).
const (
	cachePolicyUseOriginHeaders = "4cc15a8a-d715-48a4-82b8-cc0b614638fe" // UseOriginCacheControlHeaders-QueryStrings
	originRequestAllViewer      = "216adef6-5c7f-47e4-b989-5492eafa07d3" // AllViewer
	cachePolicyDisabled         = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad" // CachingDisabled
	cloudFrontZoneID            = "Z2FDTNDATAQYW2"                       // every CloudFront distribution's alias zone
	originHeader                = "X-Origin-Verify"
)

// HostingSite builds the hosting site's template: the containers as for an
// API (task, service, images, pipeline, logs), behind an application load
// balancer that admits only CloudFront (its origin-facing prefix list, and a
// secret header generated once and read through a dynamic reference, so no
// deploy changes it), and CloudFront with the environment's domain, HTTP/2
// and 3, IPv6 and managed cache and origin-request policies.
func HostingSite(b *model.Backend) *Template {
	h := b.Hosting
	s := &apiStack{b: b, api: &h.Site, site: h, azs: networkAZs(b),
		t: NewTemplate("dockstack hosting site: Fargate behind an Application Load Balancer and CloudFront, built by CodePipeline")}
	s.parameters()
	s.hostingParameters()
	s.containers("site")
	s.loadBalancer()
	s.service()
	s.distribution()
	s.pipeline()
	s.outputs()
	return s.t
}

func (s *apiStack) hostingParameters() {
	p := func(id, desc, def string) {
		s.t.AddParameter(id, cloudformation.Parameter{Type: "String", Description: cloudformation.String(desc), Default: def})
	}
	s.t.AddParameter("domain", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The site's domain in this environment")})
	p("hostedZoneId", "Route53 hosted zone of the domain; empty when the DNS records are made by hand", "")
	s.t.AddParameter("CertificateArn", cloudformation.Parameter{Type: "String",
		Description: cloudformation.String("The site's certificate in us-east-1, for CloudFront: the hosting-certificate stack's output")})
	s.t.AddParameter("CloudFrontPrefixListId", cloudformation.Parameter{Type: "String",
		Description: cloudformation.String("The managed prefix list com.amazonaws.global.cloudfront.origin-facing in this region")})
	p("WebACLArn", "An AWS WAF web ACL (scope CLOUDFRONT) for the distribution; empty for none", "")
	if s.site.RestrictAccess {
		for _, attr := range []string{"UserPoolId", "UserPoolArn", "HostedUIDomain"} {
			s.t.AddParameter(authStackID(s.site.AuthName)+attr, cloudformation.Parameter{Type: "String",
				Description: cloudformation.String("Cognito " + s.site.AuthName + ": " + attr + ", for the site's sign-in")})
		}
	}
	s.t.CF.Conditions["HasHostedZone"] = given("hostedZoneId")
	s.t.CF.Conditions["HasWebACL"] = given("WebACLArn")
}

// originSecret is the header CloudFront sends and the listener asks for.
func originSecret() string {
	return cloudformation.Sub("{{resolve:secretsmanager:${OriginSecret}:SecretString:header}}")
}

func (s *apiStack) loadBalancer() {
	h := s.site
	s.t.Add("OriginSecret", "The header value that proves a request came through CloudFront (generated once)", &secretsmanager.Secret{
		Description: cloudformation.String("dockstack: the " + model.SiteName + " origin header"),
		GenerateSecretString: &secretsmanager.Secret_GenerateSecretString{
			SecretStringTemplate: cloudformation.String("{}"), GenerateStringKey: cloudformation.String("header"),
			PasswordLength: cloudformation.Int(48), ExcludePunctuation: cloudformation.Bool(true),
		},
	})
	s.t.Add("LoadBalancerSecurityGroup", "Security group of the load balancer: HTTPS from CloudFront only", &ec2.SecurityGroup{
		GroupDescription: model.SiteName + " load balancer: HTTPS from CloudFront's origin-facing addresses",
		VpcId:            cloudformation.String(cloudformation.Ref("NetworkStackVpcId")),
		SecurityGroupIngress: []ec2.SecurityGroup_Ingress{{
			IpProtocol: "tcp", FromPort: cloudformation.Int(443), ToPort: cloudformation.Int(443),
			SourcePrefixListId: cloudformation.String(cloudformation.Ref("CloudFrontPrefixListId")),
			Description:        cloudformation.String("CloudFront"),
		}},
	})
	var subnets []string
	for i := 0; i < s.azs; i++ { // at least two: see networkAZs
		subnets = append(subnets, cloudformation.Select(i, cloudformation.Ref("NetworkStackSubnetIds")))
	}
	s.t.Add("LoadBalancer", "Application load balancer in front of the site's tasks", &elb.LoadBalancer{
		Type: cloudformation.String("application"), Scheme: cloudformation.String("internet-facing"),
		Subnets:        subnets,
		SecurityGroups: []string{cloudformation.Ref("LoadBalancerSecurityGroup")},
		LoadBalancerAttributes: []elb.LoadBalancer_LoadBalancerAttribute{
			{Key: cloudformation.String("routing.http.drop_invalid_header_fields.enabled"), Value: cloudformation.String("true")},
		},
	})
	s.t.Add("SiteCertificate", "The site's certificate in this region, for the load balancer (CloudFront checks it against the Host header)", siteCertificate())
	ep := s.api.Entrypoint
	s.t.Add("TargetGroup", "The site's tasks, by IP", &elb.TargetGroup{
		TargetType: cloudformation.String("ip"), Protocol: cloudformation.String("HTTP"), Port: cloudformation.Int(ep.Port),
		VpcId:                      cloudformation.String(cloudformation.Ref("NetworkStackVpcId")),
		HealthCheckPath:            cloudformation.String(h.HealthCheckPath),
		HealthCheckIntervalSeconds: cloudformation.Int(15), HealthCheckTimeoutSeconds: cloudformation.Int(5),
		HealthyThresholdCount: cloudformation.Int(2), UnhealthyThresholdCount: cloudformation.Int(3),
		// Short, so a rolling deploy moves on quickly: the site's requests are short too.
		TargetGroupAttributes: []elb.TargetGroup_TargetGroupAttribute{{Key: cloudformation.String("deregistration_delay.timeout_seconds"), Value: cloudformation.String("30")}},
	})
	s.t.Add("Listener", "HTTPS listener: requests without CloudFront's header get 403", &elb.Listener{
		LoadBalancerArn: cloudformation.Ref("LoadBalancer"),
		Port:            cloudformation.Int(443), Protocol: cloudformation.String("HTTPS"),
		SslPolicy:    cloudformation.String("ELBSecurityPolicy-TLS13-1-2-2021-06"),
		Certificates: []elb.Listener_Certificate{{CertificateArn: cloudformation.String(cloudformation.Ref("SiteCertificate"))}},
		DefaultActions: []elb.Listener_Action{{Type: "fixed-response",
			FixedResponseConfig: &elb.Listener_FixedResponseConfig{StatusCode: "403", ContentType: cloudformation.String("text/plain"), MessageBody: cloudformation.String("Forbidden")}}},
	})
	actions := []elb.ListenerRule_Action{{Type: "forward", TargetGroupArn: cloudformation.String(cloudformation.Ref("TargetGroup"))}}
	description := "Requests through CloudFront go to the tasks"
	if h.RestrictAccess {
		actions = append([]elb.ListenerRule_Action{s.signIn()}, actions...)
		actions[1].Order = cloudformation.Int(2)
		description = "Requests through CloudFront go to the tasks, once signed in with Cognito"
	}
	s.t.Add("ListenerRule", description, &elb.ListenerRule{
		ListenerArn: cloudformation.String(cloudformation.Ref("Listener")),
		Priority:    1,
		Conditions: []elb.ListenerRule_RuleCondition{{Field: cloudformation.String("http-header"),
			HttpHeaderConfig: &elb.ListenerRule_HttpHeaderConfig{HttpHeaderName: cloudformation.String(originHeader), Values: []string{originSecret()}}}},
		Actions: actions,
	})
}

// signIn is the listener's Cognito sign-in: the user pool's hosted UI, with
// a web client of the site's own (code flow, a secret, callback on the site's
// domain). The session lasts 8 hours; signing out is the hosted UI's
// /logout?client_id=...&logout_uri=https://DOMAIN/ (the README says so).
func (s *apiStack) signIn() elb.ListenerRule_Action {
	auth := authStackID(s.site.AuthName)
	s.t.Add("SiteUserPoolClient", "Cognito client of the site's sign-in at the load balancer", &cognito.UserPoolClient{
		UserPoolId:                      cloudformation.Ref(auth + "UserPoolId"),
		ClientName:                      cloudformation.String(cloudformation.Sub("${rootStackName}-" + model.SiteName)),
		GenerateSecret:                  cloudformation.Bool(true),
		AllowedOAuthFlows:               []string{"code"},
		AllowedOAuthFlowsUserPoolClient: cloudformation.Bool(true),
		AllowedOAuthScopes:              []string{"openid", "email", "profile"},
		SupportedIdentityProviders:      []string{"COGNITO"},
		CallbackURLs:                    []string{cloudformation.Sub("https://${domain}/oauth2/idpresponse")},
		LogoutURLs:                      []string{cloudformation.Sub("https://${domain}/")},
		PreventUserExistenceErrors:      cloudformation.String("ENABLED"),
	})
	return elb.ListenerRule_Action{Type: "authenticate-cognito", Order: cloudformation.Int(1),
		AuthenticateCognitoConfig: &elb.ListenerRule_AuthenticateCognitoConfig{
			UserPoolArn:              cloudformation.Ref(auth + "UserPoolArn"),
			UserPoolClientId:         cloudformation.Ref("SiteUserPoolClient"),
			UserPoolDomain:           cloudformation.Ref(auth + "HostedUIDomain"),
			OnUnauthenticatedRequest: cloudformation.String("authenticate"),
			SessionCookieName:        cloudformation.String("AWSELBAuthSessionCookie"),
			SessionTimeout:           cloudformation.Int(8 * 3600),
			Scope:                    cloudformation.String("openid email profile"),
		}}
}

func (s *apiStack) distribution() {
	// Behind sign-in nothing is cached: a page cached for a signed-in user
	// would be served from the edge to anyone, without the load balancer's check.
	cachePolicy := cachePolicyUseOriginHeaders
	if s.site.RestrictAccess {
		cachePolicy = cachePolicyDisabled
	}
	s.t.Add("Distribution", "CloudFront: HTTPS on the site's domain, cached as the site's headers say", &cloudfront.Distribution{
		DistributionConfig: &cloudfront.Distribution_DistributionConfig{
			Enabled:     true,
			Comment:     cloudformation.String(cloudformation.Sub("${rootStackName} " + model.SiteName)),
			Aliases:     []string{cloudformation.Ref("domain")},
			HttpVersion: cloudformation.String("http2and3"),
			IPV6Enabled: cloudformation.Bool(true),
			Origins: []cloudfront.Distribution_Origin{{
				Id:         "loadbalancer",
				DomainName: cloudformation.GetAtt("LoadBalancer", "DNSName"),
				CustomOriginConfig: &cloudfront.Distribution_CustomOriginConfig{
					OriginProtocolPolicy: "https-only", OriginSSLProtocols: []string{"TLSv1.2"},
				},
				OriginCustomHeaders: []cloudfront.Distribution_OriginCustomHeader{{HeaderName: originHeader, HeaderValue: originSecret()}},
			}},
			DefaultCacheBehavior: &cloudfront.Distribution_DefaultCacheBehavior{
				TargetOriginId:        "loadbalancer",
				ViewerProtocolPolicy:  "redirect-to-https",
				AllowedMethods:        []string{"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"},
				CachedMethods:         []string{"GET", "HEAD"},
				Compress:              cloudformation.Bool(true),
				CachePolicyId:         cloudformation.String(cachePolicy),
				OriginRequestPolicyId: cloudformation.String(originRequestAllViewer),
			},
			ViewerCertificate: &cloudfront.Distribution_ViewerCertificate{
				AcmCertificateArn:      cloudformation.String(cloudformation.Ref("CertificateArn")),
				SslSupportMethod:       cloudformation.String("sni-only"),
				MinimumProtocolVersion: cloudformation.String("TLSv1.2_2021"),
			},
			WebACLId: cloudformation.String(cloudformation.If("HasWebACL", cloudformation.Ref("WebACLArn"), cloudformation.Ref("AWS::NoValue"))),
		},
	})
	var records []route53.RecordSetGroup_RecordSet
	for _, typ := range []string{"A", "AAAA"} {
		records = append(records, route53.RecordSetGroup_RecordSet{Name: cloudformation.Ref("domain"), Type: typ,
			AliasTarget: &route53.RecordSetGroup_AliasTarget{DNSName: cloudformation.GetAtt("Distribution", "DomainName"), HostedZoneId: cloudFrontZoneID}})
	}
	rs := &route53.RecordSetGroup{HostedZoneId: cloudformation.String(cloudformation.Ref("hostedZoneId")), RecordSets: records}
	rs.AWSCloudFormationCondition = "HasHostedZone"
	s.t.Add("SiteRecords", "The site's A and AAAA alias records in its hosted zone", rs)
}

// hostingOutputs are Amplify's names, recorded where deploy records the others.
func (s *apiStack) hostingOutputs() {
	out := func(id, desc, value string) {
		s.t.AddOutput(id, cloudformation.Output{Description: cloudformation.String(desc), Value: value})
	}
	out("SiteUrl", "The site", cloudformation.Sub("https://${domain}"))
	out("CloudfrontDistributionAliasDomainName", "CloudFront's name: the target of the site's alias or CNAME record", cloudformation.GetAtt("Distribution", "DomainName"))
	out("CloudfrontDistributionCnameDomainName", "The site's domain", cloudformation.Ref("domain"))
	out("DistributionId", "The CloudFront distribution", cloudformation.Ref("Distribution"))
	out("LoadBalancerAliasDomainName", "The load balancer's name (it answers only CloudFront)", cloudformation.GetAtt("LoadBalancer", "DNSName"))
	out("PipelineUrl", "The site's pipeline in the console",
		cloudformation.Sub(PipelineConsoleURL("${AWS::Region}", "${Pipeline}")))
}

// HostingCertificate is the certificate CloudFront serves the site with. It
// must live in us-east-1, whatever the site's region, so it is a stack of its
// own (deploy creates it there first; its README commands do the same).
func HostingCertificate() *Template {
	t := NewTemplate("dockstack hosting site certificate for CloudFront: deploy in us-east-1")
	t.AddParameter("domain", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The site's domain")})
	t.AddParameter("hostedZoneId", cloudformation.Parameter{Type: "String", Default: "",
		Description: cloudformation.String("Route53 hosted zone of the domain: validation records are made there; empty to make them by hand")})
	t.CF.Conditions["HasHostedZone"] = given("hostedZoneId")
	t.Add("Certificate", "The site's certificate, validated by DNS", siteCertificate())
	t.AddOutput("CertificateArn", cloudformation.Output{Description: cloudformation.String("Pass as the root stack's hostingCertificateArn"), Value: cloudformation.Ref("Certificate")})
	return t
}

// HostingLogs is CloudFront's standard logging (v2) of the site: the access
// logs of the distribution go to a log group kept LogRetentionDays and
// encrypted with a key of its own. CloudFront's log deliveries are made in
// us-east-1, so this is a stack there, deployed once the distribution exists.
func HostingLogs() *Template {
	t := NewTemplate("dockstack hosting site access logs (CloudFront standard logging v2): deploy in us-east-1")
	t.AddParameter("rootStackName", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The root stack's name; it prefixes physical names")})
	t.AddParameter("DistributionId", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The site's CloudFront distribution: the hosting stack's DistributionId output")})
	t.Add("LogsKey", "KMS key that encrypts the site's access logs", logsKey(model.SiteName))
	t.Add("AccessLogGroup", "The site's CloudFront access logs", &logs.LogGroup{
		LogGroupName:    cloudformation.String(cloudformation.Sub("/aws/vendedlogs/cloudfront/${rootStackName}-" + model.SiteName)),
		RetentionInDays: cloudformation.Int(LogRetentionDays),
		KmsKeyId:        cloudformation.String(cloudformation.GetAtt("LogsKey", "Arn")),
	})
	t.Add("DeliverySource", "The distribution, as a source of access logs", &logs.DeliverySource{
		Name:        cloudformation.Sub("${rootStackName}-" + model.SiteName),
		ResourceArn: cloudformation.String(cloudformation.Sub("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${DistributionId}")),
		LogType:     cloudformation.String("ACCESS_LOGS"),
	})
	t.Add("DeliveryDestination", "The log group, as a destination of access logs", &logs.DeliveryDestination{
		Name:                   cloudformation.Sub("${rootStackName}-" + model.SiteName),
		DestinationResourceArn: cloudformation.String(cloudformation.GetAtt("AccessLogGroup", "Arn")),
	})
	t.Add("Delivery", "CloudFront's access logs into the log group", &logs.Delivery{
		DeliverySourceName:     cloudformation.Ref("DeliverySource"),
		DeliveryDestinationArn: cloudformation.GetAtt("DeliveryDestination", "Arn"),
	})
	t.AddOutput("AccessLogGroupName", cloudformation.Output{Description: cloudformation.String("The site's access logs"), Value: cloudformation.Ref("AccessLogGroup")})
	return t
}

// siteCertificate is the site's certificate for its domain parameter,
// validated by DNS: in the hosted zone when one is given (HasHostedZone).
func siteCertificate() *certificatemanager.Certificate {
	return &certificatemanager.Certificate{
		DomainName:       cloudformation.Ref("domain"),
		ValidationMethod: cloudformation.String("DNS"),
		DomainValidationOptions: []certificatemanager.Certificate_DomainValidationOption{{
			DomainName:   cloudformation.Ref("domain"),
			HostedZoneId: cloudformation.String(cloudformation.If("HasHostedZone", cloudformation.Ref("hostedZoneId"), cloudformation.Ref("AWS::NoValue"))),
		}},
	}
}

// given is a condition: the parameter is not empty.
func given(param string) string {
	return cloudformation.Not([]string{cloudformation.Equals(cloudformation.Ref(param), "")})
}
