package gen

import (
	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/apigatewayv2"
	"github.com/awslabs/goformation/v7/cloudformation/ec2"
	"github.com/awslabs/goformation/v7/cloudformation/ecs"
	"github.com/awslabs/goformation/v7/cloudformation/servicediscovery"
	"github.com/awslabs/goformation/v7/cloudformation/tags"
	"github.com/dockstack/dockstack/model"
)

// networkAZs is 1 by default, 2 with a hosting site (its load balancer needs
// two zones) and 3 when any API asks for high availability.
func networkAZs(b *model.Backend) int {
	for _, a := range b.APIs {
		if a.HighAvailability {
			return 3
		}
	}
	if b.Hosting != nil { // an application load balancer needs two zones
		return 2
	}
	return 1
}

// Network builds the per-environment network stack: a VPC with public subnets,
// the ECS cluster, the API Gateway VPC link and the Cloud Map namespace. Its
// outputs keep Amplify's names (NetworkStack<Attr> parameters read them).
func Network(b *model.Backend) (*Template, error) {
	t := NewTemplate("dockstack network: VPC, ECS cluster, VPC link and Cloud Map namespace of one environment")
	t.AddParameter("env", cloudformation.Parameter{Type: "String", Description: cloudformation.String("The environment name; it names the Cloud Map namespace")})
	name := func(suffix string) []tags.Tag {
		return []tags.Tag{{Key: "Name", Value: cloudformation.Sub("${AWS::StackName}-" + literal(suffix))}}
	}

	t.Add("Vpc", "VPC of the environment's containers", &ec2.VPC{
		CidrBlock:          cloudformation.String(VpcCidr),
		EnableDnsHostnames: cloudformation.Bool(true), // Cloud Map private DNS needs both
		EnableDnsSupport:   cloudformation.Bool(true),
		Tags:               name("vpc"),
	})
	t.Add("InternetGateway", "Internet gateway: tasks pull images and call AWS APIs through it", &ec2.InternetGateway{Tags: name("igw")})
	t.Add("GatewayAttachment", "Attaches the internet gateway to the VPC", &ec2.VPCGatewayAttachment{
		VpcId:             cloudformation.Ref("Vpc"),
		InternetGatewayId: cloudformation.RefPtr("InternetGateway"),
	})
	t.Add("PublicRouteTable", "Route table of the public subnets", &ec2.RouteTable{VpcId: cloudformation.Ref("Vpc"), Tags: name("public")})
	t.Add("DefaultRoute", "Default route to the internet gateway", &ec2.Route{
		RouteTableId:               cloudformation.Ref("PublicRouteTable"),
		DestinationCidrBlock:       cloudformation.String("0.0.0.0/0"),
		GatewayId:                  cloudformation.RefPtr("InternetGateway"),
		AWSCloudFormationDependsOn: []string{"GatewayAttachment"},
	})
	var subnets []string
	ha := networkAZs(b) > 1
	if ha {
		zones, err := zoneIDMappings(b)
		if err != nil {
			return nil, err
		}
		t.CF.Mappings[zoneIDMapping] = zones
	}
	for i := 0; i < networkAZs(b); i++ {
		id := subnetID(i)
		subnets = append(subnets, cloudformation.Ref(id))
		subnet := &ec2.Subnet{
			VpcId:            cloudformation.Ref("Vpc"),
			CidrBlock:        cloudformation.String(subnetCidr(i)),
			AvailabilityZone: cloudformation.String(cloudformation.Select(i, cloudformation.GetAZs(""))),
			// Without a NAT gateway, tasks need public IPs to reach ECR; the security groups admit only the VPC.
			MapPublicIpOnLaunch: cloudformation.Bool(true),
			Tags:                name("public-" + string(rune('1'+i))),
		}
		if ha { // a zone by its ID, from the mapping (see azs.go)
			subnet.AvailabilityZone = nil
			subnet.AvailabilityZoneId = cloudformation.String(cloudformation.Select(i, cloudformation.FindInMap(zoneIDMapping, cloudformation.Ref("AWS::Region"), "ZoneIds")))
		}
		t.Add(id, "Public subnet in availability zone "+string(rune('1'+i)), subnet)
		t.Add(id+"RouteTable", "Routes "+id+" through the internet gateway", &ec2.SubnetRouteTableAssociation{
			SubnetId:     cloudformation.Ref(id),
			RouteTableId: cloudformation.Ref("PublicRouteTable"),
		})
	}

	t.Add("Cluster", "ECS cluster of the environment's APIs", &ecs.Cluster{
		ClusterSettings: []ecs.Cluster_ClusterSettings{{Name: cloudformation.String("containerInsights"), Value: cloudformation.String("enabled")}},
	})
	t.Add("VpcLinkSecurityGroup", "Security group of the API Gateway VPC link", &ec2.SecurityGroup{
		GroupDescription: "API Gateway VPC link: sends requests to the services in the VPC",
		VpcId:            cloudformation.String(cloudformation.Ref("Vpc")),
		SecurityGroupEgress: []ec2.SecurityGroup_Egress{{
			IpProtocol:  "tcp",
			FromPort:    cloudformation.Int(0),
			ToPort:      cloudformation.Int(65535),
			CidrIp:      cloudformation.String(VpcCidr),
			Description: cloudformation.String("to the services in the VPC"),
		}},
	})
	t.Add("VpcLink", "API Gateway VPC link into the public subnets", &apigatewayv2.VpcLink{
		Name:             cloudformation.Sub("${AWS::StackName}-vpclink"),
		SubnetIds:        subnets,
		SecurityGroupIds: []string{cloudformation.Ref("VpcLinkSecurityGroup")},
	})
	t.Add("Namespace", "Cloud Map namespace the services register in", &servicediscovery.PrivateDnsNamespace{
		Name: cloudformation.Sub("${env}." + literal(b.Project.Name) + ".dockstack.internal"),
		Vpc:  cloudformation.Ref("Vpc"),
	})

	out := func(id, desc, value string) {
		t.AddOutput(id, cloudformation.Output{Description: cloudformation.String(desc), Value: value})
	}
	out("ClusterName", "ECS cluster name", cloudformation.Ref("Cluster"))
	out("VpcId", "VPC ID", cloudformation.Ref("Vpc"))
	out("VpcCidrBlock", "VPC CIDR block", cloudformation.GetAtt("Vpc", "CidrBlock"))
	out("SubnetIds", "Public subnet IDs, comma-separated", cloudformation.Join(",", subnets))
	out("VpcLinkId", "API Gateway VPC link ID", cloudformation.Ref("VpcLink"))
	out("VpcLinkSecurityGroupId", "Security group of the VPC link", cloudformation.Ref("VpcLinkSecurityGroup"))
	out("CloudMapNamespaceId", "Cloud Map namespace ID", cloudformation.GetAtt("Namespace", "Id"))
	return t, nil
}
