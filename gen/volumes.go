package gen

import (
	"strconv"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/ec2"
	"github.com/awslabs/goformation/v7/cloudformation/ecs"
	"github.com/awslabs/goformation/v7/cloudformation/efs"
	"github.com/dockstack/dockstack/model"
)

func accessPointID(volume string) string { return logicalID(volume) + "AccessPoint" }
func mountTargetID(i int) string         { return "FileSystemMountTarget" + strconv.Itoa(i+1) }

// persistent reports whether the API has a volume on EFS.
func persistent(api *model.API) bool {
	for _, v := range api.Volumes {
		if v.Persistent {
			return true
		}
	}
	return false
}

// fileSystem keeps the API's persistent volumes: one encrypted EFS file
// system, retained when the stack goes and backed up daily, reachable only
// from the tasks' security group over TLS, with an access point per volume
// (its own folder, created for and used as the owner the image expects).
func (s *apiStack) fileSystem() {
	if !persistent(s.api) {
		return
	}
	s.t.Add("FileSystem", "EFS file system of the API's persistent volumes (kept when the stack is deleted)", &efs.FileSystem{
		Encrypted:    cloudformation.Bool(true),
		BackupPolicy: &efs.FileSystem_BackupPolicy{Status: "ENABLED"},
		FileSystemPolicy: policyDocument([]statement{
			{Sid: "MountThroughTargetsOnly", Principal: map[string]any{"AWS": cloudformation.Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")},
				Actions:   []string{"elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"},
				Condition: map[string]any{"Bool": map[string]any{"elasticfilesystem:AccessedViaMountTarget": "true"}}},
			{Sid: "TLSOnly", Effect: "Deny", Principal: map[string]any{"AWS": "*"}, Actions: []string{"*"},
				Condition: map[string]any{"Bool": map[string]any{"aws:SecureTransport": "false"}}},
		}),
		FileSystemTags:                       []efs.FileSystem_ElasticFileSystemTag{{Key: "Name", Value: s.name("-volumes")}},
		AWSCloudFormationDeletionPolicy:      "Retain",
		AWSCloudFormationUpdateReplacePolicy: "Retain",
	})
	s.t.Add("FileSystemSecurityGroup", "Security group of the file system: NFS from the tasks only", &ec2.SecurityGroup{
		GroupDescription: s.api.Name + " volumes: NFS from the API's tasks",
		VpcId:            cloudformation.String(cloudformation.Ref("NetworkStackVpcId")),
		SecurityGroupIngress: []ec2.SecurityGroup_Ingress{{
			IpProtocol:            "tcp",
			FromPort:              cloudformation.Int(2049),
			ToPort:                cloudformation.Int(2049),
			SourceSecurityGroupId: cloudformation.String(cloudformation.Ref("ServiceSecurityGroup")),
			Description:           cloudformation.String("NFS from the " + s.api.Name + " tasks"),
		}},
	})
	for i := 0; i < s.azs; i++ {
		s.t.Add(mountTargetID(i), "The file system in availability zone "+strconv.Itoa(i+1), &efs.MountTarget{
			FileSystemId:   cloudformation.Ref("FileSystem"),
			SubnetId:       cloudformation.Select(i, cloudformation.Ref("NetworkStackSubnetIds")),
			SecurityGroups: []string{cloudformation.Ref("FileSystemSecurityGroup")},
		})
	}
	for _, v := range s.api.Volumes {
		if !v.Persistent {
			continue
		}
		s.t.Add(accessPointID(v.Name), "Volume "+v.Name+": its own folder of the file system", &efs.AccessPoint{
			FileSystemId: cloudformation.Ref("FileSystem"),
			// Every file operation runs as the volume's owner, whoever the
			// container's process is: an entrypoint that starts as root and
			// drops to the image's user finds its files its own (CT.ELASTICFILESYSYSTEM.PR.4).
			PosixUser: &efs.AccessPoint_PosixUser{Uid: strconv.Itoa(v.OwnerUID), Gid: strconv.Itoa(v.OwnerGID)},
			RootDirectory: &efs.AccessPoint_RootDirectory{
				Path: cloudformation.String("/" + v.Name),
				CreationInfo: &efs.AccessPoint_CreationInfo{
					OwnerUid: strconv.Itoa(v.OwnerUID), OwnerGid: strconv.Itoa(v.OwnerGID), Permissions: "0755",
				},
			},
			AccessPointTags: []efs.AccessPoint_AccessPointTag{{Key: cloudformation.String("Name"), Value: cloudformation.String(s.name("-" + v.Name))}},
		})
	}
}

// fileSystemAccess lets the task role mount the API's access points: the file
// system's policy admits the account's principals, and this says which.
func (s *apiStack) fileSystemAccess() []statement {
	if !persistent(s.api) {
		return nil
	}
	var points []string
	for _, v := range s.api.Volumes {
		if v.Persistent {
			points = append(points, cloudformation.GetAtt(accessPointID(v.Name), "Arn"))
		}
	}
	return []statement{{
		Sid:       "Volumes",
		Actions:   []string{"elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"},
		Resources: []string{cloudformation.GetAtt("FileSystem", "Arn")},
		Condition: map[string]any{"StringEquals": map[string]any{"elasticfilesystem:AccessPointArn": points}},
	}}
}

// taskVolumes are the task definition's volumes: EFS access points mounted
// over TLS with the task role's identity, and scratch volumes.
func (s *apiStack) taskVolumes() []ecs.TaskDefinition_Volume {
	var out []ecs.TaskDefinition_Volume
	for _, v := range s.api.Volumes {
		vol := ecs.TaskDefinition_Volume{Name: cloudformation.String(v.Name)}
		if v.Persistent {
			vol.EFSVolumeConfiguration = &ecs.TaskDefinition_EFSVolumeConfiguration{
				FilesystemId:      cloudformation.Ref("FileSystem"),
				TransitEncryption: cloudformation.String("ENABLED"),
				AuthorizationConfig: &ecs.TaskDefinition_AuthorizationConfig{
					AccessPointId: cloudformation.String(cloudformation.Ref(accessPointID(v.Name))),
					IAM:           cloudformation.String("ENABLED"),
				},
			}
		}
		out = append(out, vol)
	}
	return out
}

func mountPoints(c model.Container) []ecs.TaskDefinition_MountPoint {
	var out []ecs.TaskDefinition_MountPoint
	for _, m := range c.Mounts {
		out = append(out, ecs.TaskDefinition_MountPoint{SourceVolume: cloudformation.String(m.Volume),
			ContainerPath: cloudformation.String(m.Path), ReadOnly: optBool(m.ReadOnly)})
	}
	return out
}
