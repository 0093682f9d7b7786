package gen

import (
	"slices"
	"strconv"
	"strings"

	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/ecr"
	"github.com/awslabs/goformation/v7/cloudformation/ecs"
	"github.com/awslabs/goformation/v7/cloudformation/iam"
	"github.com/awslabs/goformation/v7/cloudformation/logs"
	"github.com/dockstack/dockstack/model"
)

// LogRetentionDays is how long container, build and access logs are kept: a
// year, the minimum AWS Control Tower asks for (CT.CLOUDWATCH.PR.2).
const LogRetentionDays = 365

func logGroupID(c string) string   { return logicalID(c) + "LogGroup" }
func repositoryID(c string) string { return logicalID(c) + "Repository" }

// logGroup is a log group kept LogRetentionDays and encrypted with the API's key.
// accessLogGroup holds the HTTP API's access logs. Its name starts with
// /aws/vendedlogs/, which CloudWatch Logs lets API Gateway deliver to without
// adding each log group to the account's 5,120-character resource policy.
func (s *apiStack) accessLogGroup() *logs.LogGroup {
	g := s.logGroup()
	g.LogGroupName = cloudformation.String(cloudformation.Sub("/aws/vendedlogs/apigateway/${rootStackName}-" + literal(s.api.Name)))
	return g
}

func (s *apiStack) logGroup() *logs.LogGroup {
	return &logs.LogGroup{
		RetentionInDays: cloudformation.Int(LogRetentionDays),
		KmsKeyId:        cloudformation.String(cloudformation.GetAtt("LogsKey", "Arn")),
	}
}

func (s *apiStack) logGroups() {
	for _, c := range s.api.Containers {
		s.t.Add(logGroupID(c.Name), "Logs of the "+c.Name+" container", s.logGroup())
	}
}

// ecrLifecycle keeps the newest images by count, never by age: a task
// definition in use (after a rollback, or one the pipeline registered weeks
// ago) names an image by its tag, and an image expired by age would stop its
// tasks from starting. The 30 newest are kept; untagged ones go after a day.
const ecrLifecycle = `{"rules":[` +
	`{"rulePriority":1,"description":"Expire untagged images after a day","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":1},"action":{"type":"expire"}},` +
	`{"rulePriority":2,"description":"Keep the 30 newest images","selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}}]}`

// repositories: one per built container, retained, and without a fixed name so
// that a retained repository never collides with its re-created successor.
func (s *apiStack) repositories() {
	for _, c := range s.api.Containers {
		if c.Build == nil {
			continue
		}
		id := repositoryID(c.Name)
		s.t.Add(id, "Images of the "+c.Name+" container", &ecr.Repository{
			ImageScanningConfiguration:           &ecr.Repository_ImageScanningConfiguration{ScanOnPush: cloudformation.Bool(true)},
			EncryptionConfiguration:              &ecr.Repository_EncryptionConfiguration{EncryptionType: "AES256"},
			LifecyclePolicy:                      &ecr.Repository_LifecyclePolicy{LifecyclePolicyText: cloudformation.String(ecrLifecycle)},
			AWSCloudFormationDeletionPolicy:      "RetainExceptOnCreate",
			AWSCloudFormationUpdateReplacePolicy: "Retain",
		})
		// Commit tags can never be overwritten; only "latest" moves to the newest build.
		s.t.SetProperty(id, "ImageTagMutability", "IMMUTABLE_WITH_EXCLUSION")
		s.t.SetProperty(id, "ImageTagMutabilityExclusionFilters", []map[string]string{
			{"ImageTagMutabilityExclusionFilterType": "WILDCARD", "ImageTagMutabilityExclusionFilterValue": "latest"},
		})
	}
}

// secretARN is the !Sub format of a secret's ARN without Secrets Manager's
// random suffix (ECS resolves such a partial ARN when it is unambiguous: see SecretName).
func (s *apiStack) secretARN(name string) string {
	return "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:" + SecretName("${rootStackName}", literal(s.api.Name), literal(name))
}

// executionRole lets ECS pull this API's images, write its log groups and read its secrets: nothing else.
func (s *apiStack) executionRole() {
	var logArns, repoArns, secretArns []string
	for _, c := range s.api.Containers {
		logArns = append(logArns, cloudformation.GetAtt(logGroupID(c.Name), "Arn"))
		if c.Build != nil {
			repoArns = append(repoArns, cloudformation.GetAtt(repositoryID(c.Name), "Arn"))
		}
	}
	for _, sec := range s.api.Secrets {
		secretArns = append(secretArns, arn(s.secretARN(sec.Name)+"-??????"))
	}
	stmts := []statement{{Actions: []string{"logs:CreateLogStream", "logs:PutLogEvents"}, Resources: logArns}}
	if len(repoArns) > 0 {
		stmts = append(stmts,
			// GetAuthorizationToken has no resource-level permissions: AWS requires "*".
			statement{Actions: []string{"ecr:GetAuthorizationToken"}, Resources: []string{"*"}},
			statement{Actions: []string{"ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"}, Resources: repoArns})
	}
	if len(secretArns) > 0 {
		stmts = append(stmts, statement{Actions: []string{"secretsmanager:GetSecretValue"}, Resources: secretArns})
	}
	s.t.Add("ExecutionRole", "Role ECS uses to start the task: pull images, write logs, read secrets",
		serviceRole("ecs-tasks.amazonaws.com", "PullImagesWriteLogsReadSecrets", stmts, sameAccount()))
}

// taskRole is the containers' own identity: access to the API's tables, each
// permission exactly the DynamoDB actions it needs. Custom policies attach to it too.
func (s *apiStack) taskRole() {
	var stmts []statement
	for _, t := range s.b.AccessedTables(s.api) {
		ops := s.api.Permissions["storage"][t.Name]
		tableArn := cloudformation.Ref(storageStackID(t.Name) + "Arn")
		resources := []string{tableArn}
		if slices.Contains(ops, "read") { // Query and Scan reach the indexes
			resources = append(resources, cloudformation.Sub("${"+storageStackID(t.Name)+"Arn}/index/*"))
		}
		stmts = append(stmts, statement{Sid: logicalID(t.Name) + "Table", Actions: TableActions(ops), Resources: resources})
	}
	stmts = append(stmts, s.fileSystemAccess()...)
	s.t.Add("TaskRole", "Role the containers run as", serviceRole("ecs-tasks.amazonaws.com", "StorageAccess", stmts, sameAccount()))
	s.customPolicies()
}

// customPolicies attaches custom-policies.json to the task role as Amplify
// does (CustomExecutionPolicyForContainer); ${env} in a resource becomes the environment.
func (s *apiStack) customPolicies() {
	if len(s.api.CustomPolicies) == 0 {
		return
	}
	var stmts []statement
	for _, p := range s.api.CustomPolicies {
		st := statement{Sid: p.Sid, Effect: p.Effect, Actions: p.Actions}
		if p.Condition != nil {
			st.Condition = map[string]any{}
			for op, c := range p.Condition {
				st.Condition[op] = c
			}
		}
		for _, r := range p.Resource {
			st.Resources = append(st.Resources, withEnv(r))
		}
		stmts = append(stmts, st)
	}
	s.t.Add("CustomExecutionPolicyForContainer", "custom-policies.json, on the task role", &iam.Policy{
		PolicyName:     "CustomExecutionPolicyForContainer",
		PolicyDocument: policyDocument(stmts),
		Roles:          []string{cloudformation.Ref("TaskRole")},
	})
}

// withEnv turns "${env}" in a custom-policy resource into the environment name
// (a !Sub); other ${...}, such as IAM policy variables, stay literal.
func withEnv(resource string) string {
	if !strings.Contains(resource, "${env}") {
		return resource
	}
	escaped := strings.ReplaceAll(resource, "${", "${!")
	return cloudformation.Sub(strings.ReplaceAll(escaped, "${!env}", "${env}"))
}

func (s *apiStack) taskDefinition() {
	var defs []ecs.TaskDefinition_ContainerDefinition
	for _, c := range withMemoryLimits(s.api.Task, s.api.Containers) {
		defs = append(defs, s.containerDefinition(c))
	}
	s.t.Add("TaskDefinition", "Fargate task: all containers of the API, talking over localhost", &ecs.TaskDefinition{
		Family:                  cloudformation.String(s.name("")),
		RequiresCompatibilities: []string{"FARGATE"},
		NetworkMode:             cloudformation.String("awsvpc"),
		Cpu:                     cloudformation.String(strconv.Itoa(s.api.Task.CPU)),
		Memory:                  cloudformation.String(strconv.Itoa(s.api.Task.Memory)),
		RuntimePlatform: &ecs.TaskDefinition_RuntimePlatform{
			CpuArchitecture:       cloudformation.String(s.api.Task.Architecture),
			OperatingSystemFamily: cloudformation.String("LINUX"),
		},
		ExecutionRoleArn:     cloudformation.String(cloudformation.GetAtt("ExecutionRole", "Arn")),
		TaskRoleArn:          cloudformation.String(cloudformation.GetAtt("TaskRole", "Arn")),
		ContainerDefinitions: defs,
		Volumes:              s.taskVolumes(),
	})
}

func (s *apiStack) containerDefinition(c model.Container) ecs.TaskDefinition_ContainerDefinition {
	d := ecs.TaskDefinition_ContainerDefinition{
		Name:      c.Name,
		Image:     c.Image,
		Essential: cloudformation.Bool(c.Essential),
		LogConfiguration: &ecs.TaskDefinition_LogConfiguration{LogDriver: "awslogs", Options: map[string]string{
			"awslogs-group":         cloudformation.Ref(logGroupID(c.Name)),
			"awslogs-region":        cloudformation.Ref("AWS::Region"),
			"awslogs-stream-prefix": "ecs",
		}},
		Command:    c.Command,
		EntryPoint: c.Entrypoint,
	}
	if c.Build != nil {
		d.Image = cloudformation.Sub("${" + repositoryID(c.Name) + ".RepositoryUri}:latest")
	}
	for _, p := range c.Ports {
		d.PortMappings = append(d.PortMappings, ecs.TaskDefinition_PortMapping{ContainerPort: cloudformation.Int(p.Container), Protocol: cloudformation.String(p.Protocol)})
	}
	d.Environment = s.environment(c)
	d.MountPoints = mountPoints(c)
	for _, ref := range c.Secrets {
		for _, sec := range s.api.Secrets {
			if sec.Key == ref.Secret && ref.EnvVar != "" {
				d.Secrets = append(d.Secrets, ecs.TaskDefinition_Secret{Name: ref.EnvVar, ValueFrom: arn(s.secretARN(sec.Name))})
			}
		}
	}
	if hc := c.HealthCheck; hc != nil {
		d.HealthCheck = &ecs.TaskDefinition_HealthCheck{Command: hc.Command, Interval: cloudformation.Int(hc.Interval),
			Timeout: cloudformation.Int(hc.Timeout), Retries: cloudformation.Int(hc.Retries), StartPeriod: cloudformation.Int(hc.StartPeriod)}
	}
	for _, dep := range c.DependsOn {
		d.DependsOnProp = append(d.DependsOnProp, ecs.TaskDefinition_ContainerDependency{ContainerName: cloudformation.String(dep.Container), Condition: cloudformation.String(dep.Condition)})
	}
	if len(c.Labels) > 0 {
		d.DockerLabels = map[string]string{}
		for _, l := range c.Labels {
			d.DockerLabels[l.Key] = l.Value
		}
	}
	for _, u := range c.Ulimits {
		d.Ulimits = append(d.Ulimits, ecs.TaskDefinition_Ulimit{Name: u.Name, SoftLimit: u.Soft, HardLimit: u.Hard})
	}
	if c.Init || len(c.CapAdd) > 0 || len(c.CapDrop) > 0 || len(c.Tmpfs) > 0 {
		d.LinuxParameters = &ecs.TaskDefinition_LinuxParameters{InitProcessEnabled: optBool(c.Init)}
		if len(c.CapAdd) > 0 || len(c.CapDrop) > 0 {
			d.LinuxParameters.Capabilities = &ecs.TaskDefinition_KernelCapabilities{Add: c.CapAdd, Drop: c.CapDrop}
		}
		for _, t := range c.Tmpfs {
			d.LinuxParameters.Tmpfs = append(d.LinuxParameters.Tmpfs, ecs.TaskDefinition_Tmpfs{
				ContainerPath: cloudformation.String(t.Path), Size: t.SizeMiB, MountOptions: t.Options})
		}
	}
	d.WorkingDirectory = optString(c.WorkingDir)
	d.User = optString(c.User)
	d.StopTimeout = optInt(c.StopTimeout)
	d.ReadonlyRootFilesystem = optBool(c.ReadOnly)
	d.Interactive = optBool(c.Interactive)
	d.PseudoTerminal = optBool(c.PseudoTerminal)
	d.Cpu = optInt(c.Resources.CPU)
	d.Memory = optInt(c.Resources.Memory)
	d.MemoryReservation = optInt(c.Resources.MemoryReservation)
	return d
}

// withMemoryLimits gives every container a hard memory limit (CT.ECS.PR.7)
// that never caps it below the task's own memory, and a container that sets
// neither limit nor reservation an equal share of the memory left to reserve,
// since ECS requires the reservations to fit in the task.
func withMemoryLimits(task model.Task, cs []model.Container) []model.Container {
	out := append([]model.Container(nil), cs...)
	reserved, unset := 0, 0
	for _, c := range out {
		switch {
		case c.Resources.MemoryReservation > 0:
			reserved += c.Resources.MemoryReservation
		case c.Resources.Memory > 0:
			reserved += c.Resources.Memory
		default:
			unset++
		}
	}
	for i := range out {
		r := &out[i].Resources
		if r.Memory == 0 && r.MemoryReservation == 0 && unset > 0 {
			r.MemoryReservation = max((task.Memory-reserved)/unset, 6) // ECS's minimum is 6 MiB
		}
		if r.Memory == 0 {
			r.Memory = task.Memory
		}
	}
	return out
}

// environment is the container's own variables plus those dockstack injects (ENV, REGION, storage), sorted.
func (s *apiStack) environment(c model.Container) []ecs.TaskDefinition_KeyValuePair {
	type kv struct{ name, value string }
	var vars []kv
	for _, e := range c.Environment {
		vars = append(vars, kv{e.Name, e.Value})
	}
	for _, v := range s.b.InjectedVars(s.api) {
		value := cloudformation.Ref(storageStackID(v.Table) + v.Attr)
		switch v.Attr {
		case "Env":
			value = cloudformation.Ref("env")
		case "Region":
			value = cloudformation.Ref("AWS::Region")
		}
		vars = append(vars, kv{v.Name, value})
	}
	slices.SortFunc(vars, func(a, b kv) int { return strings.Compare(a.name, b.name) })
	var out []ecs.TaskDefinition_KeyValuePair
	for _, v := range vars {
		out = append(out, ecs.TaskDefinition_KeyValuePair{Name: cloudformation.String(v.name), Value: cloudformation.String(v.value)})
	}
	return out
}

// opt* leave a property out when it has its zero value, so templates show only what was asked for.
func optString(v string) *string {
	if v == "" {
		return nil
	}
	return &v
}

func optInt(v int) *int {
	if v == 0 {
		return nil
	}
	return &v
}

func optBool(v bool) *bool {
	if !v {
		return nil
	}
	return &v
}
