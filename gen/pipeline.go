package gen

import (
	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/cloudformation/codebuild"
	"github.com/awslabs/goformation/v7/cloudformation/codepipeline"
	"github.com/awslabs/goformation/v7/cloudformation/codestarconnections"
	"github.com/awslabs/goformation/v7/cloudformation/events"
)

// sourceAction is the pipeline's source: the bundle deploy uploads, or the
// GitHub repository through a CodeStar connection (CodePipeline's current
// GitHub integration; Amplify used the deprecated OAuth-token action).
func (s *apiStack) sourceAction() (codepipeline.Pipeline_ActionDeclaration, []statement) {
	action := codepipeline.Pipeline_ActionDeclaration{Name: "Source", OutputArtifacts: []codepipeline.Pipeline_OutputArtifact{{Name: "Source"}}}
	gh := s.api.GitHub
	if gh == nil {
		action.ActionTypeId = &codepipeline.Pipeline_ActionTypeId{Category: "Source", Owner: "AWS", Provider: "S3", Version: "1"}
		action.Configuration = map[string]any{"S3Bucket": cloudformation.Ref("deploymentBucketName"), "S3ObjectKey": cloudformation.Ref("ParamZipPath"), "PollForSourceChanges": false}
		return action, nil
	}
	// Connection names are unique in an account and have at most 32 characters:
	// the API (10), the environment (10) and the first 8 hex digits of this
	// stack's UUID, which tells projects (and their environments) apart.
	name := s.api.Name
	if len(name) > 10 {
		name = name[:10]
	}
	stackUUID := cloudformation.Select(2, cloudformation.Split("/", cloudformation.Ref("AWS::StackId")))
	s.t.Add("GitHubConnection", "Connection to GitHub (authorize it once in the console)", &codestarconnections.Connection{
		ConnectionName: cloudformation.Join("-", []string{name, cloudformation.Ref("env"),
			cloudformation.Select(0, cloudformation.Split("-", stackUUID))}),
		ProviderType: cloudformation.String("GitHub"),
	})
	action.ActionTypeId = &codepipeline.Pipeline_ActionTypeId{Category: "Source", Owner: "AWS", Provider: "CodeStarSourceConnection", Version: "1"}
	action.Configuration = map[string]any{"ConnectionArn": cloudformation.Ref("GitHubConnection"), "FullRepositoryId": gh.Owner + "/" + gh.Repo,
		"BranchName": gh.Branch, "OutputArtifactFormat": "CODE_ZIP", "DetectChanges": true}
	return action, []statement{{Actions: []string{"codestar-connections:UseConnection"}, Resources: []string{cloudformation.Ref("GitHubConnection")}}}
}

// CodeBuild images: the current standard images with Docker, one per architecture,
// so ARM64 tasks get ARM64 images without emulation.
var buildImages = map[string]struct{ envType, image string }{
	"X86_64": {"LINUX_CONTAINER", "aws/codebuild/standard:7.0"},
	"ARM64":  {"ARM_CONTAINER", "aws/codebuild/amazonlinux2-aarch64-standard:3.0"},
}

const bucketObjects = "arn:${AWS::Partition}:s3:::${deploymentBucketName}/*"

// pipeline: the source bundle's upload (an EventBridge event, not polling)
// starts CodePipeline: CodeBuild builds and pushes the images, then ECS rolls them out.
func (s *apiStack) pipeline() {
	var repoArns []string
	env := []codebuild.Project_EnvironmentVariable{{Name: "AWS_ACCOUNT_ID", Value: cloudformation.Ref("AWS::AccountId")}}
	for _, c := range s.api.Containers {
		if c.Build == nil {
			continue
		}
		repoArns = append(repoArns, cloudformation.GetAtt(repositoryID(c.Name), "Arn"))
		env = append(env, codebuild.Project_EnvironmentVariable{Name: repositoryURIVar(c.Name), Value: cloudformation.GetAtt(repositoryID(c.Name), "RepositoryUri")})
	}
	s.t.Add("BuildLogGroup", "Logs of the image builds", s.logGroup())
	buildStmts := []statement{
		{Actions: []string{"logs:CreateLogStream", "logs:PutLogEvents"}, Resources: []string{cloudformation.GetAtt("BuildLogGroup", "Arn")}},
		{Actions: []string{"s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"}, Resources: []string{arn(bucketObjects)}},
	}
	if len(repoArns) > 0 {
		buildStmts = append(buildStmts,
			// GetAuthorizationToken has no resource-level permissions: AWS requires "*".
			statement{Actions: []string{"ecr:GetAuthorizationToken"}, Resources: []string{"*"}},
			statement{Actions: []string{"ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:CompleteLayerUpload", "ecr:GetDownloadUrlForLayer",
				"ecr:InitiateLayerUpload", "ecr:PutImage", "ecr:UploadLayerPart"}, Resources: repoArns})
	}
	s.t.Add("BuildRole", "Role of the image builds: push to this API's repositories, write build logs",
		serviceRole("codebuild.amazonaws.com", "BuildAndPushImages", buildStmts, sameAccount()))
	img := buildImages[s.api.Task.Architecture]
	source := &codebuild.Project_Source{Type: "CODEPIPELINE"}
	if s.api.GitHub != nil {
		// The repository holds no generated buildspec: the project carries it.
		spec, err := Buildspec(s.api)
		if err == nil {
			source.BuildSpec = cloudformation.String(string(spec))
		}
	}
	s.t.Add("BuildProject", "Builds the images with the generated buildspec", &codebuild.Project{
		ServiceRole: cloudformation.GetAtt("BuildRole", "Arn"),
		Source:      source,
		Artifacts:   &codebuild.Project_Artifacts{Type: "CODEPIPELINE"},
		Environment: &codebuild.Project_Environment{
			Type:        img.envType,
			Image:       img.image,
			ComputeType: "BUILD_GENERAL1_SMALL",
			// docker build needs a privileged build container.
			PrivilegedMode:       cloudformation.Bool(true),
			EnvironmentVariables: env,
		},
		// Layers of earlier builds on the same build host are reused (best effort; the
		// buildspec also pulls the last image's layers as a cache from ECR).
		Cache: &codebuild.Project_ProjectCache{Type: "LOCAL", Modes: []string{"LOCAL_DOCKER_LAYER_CACHE"}},
		LogsConfig: &codebuild.Project_LogsConfig{CloudWatchLogs: &codebuild.Project_CloudWatchLogsConfig{
			Status: "ENABLED", GroupName: cloudformation.String(cloudformation.Ref("BuildLogGroup")),
		}},
		TimeoutInMinutes: cloudformation.Int(30),
	})
	sourceAction, sourceStmt := s.sourceAction()
	s.t.Add("PipelineRole", "Role of the pipeline: read the source, run the build, deploy to ECS",
		serviceRole("codepipeline.amazonaws.com", "BuildAndDeploy", append(sourceStmt, []statement{
			{Actions: []string{"s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"}, Resources: []string{arn(bucketObjects)}},
			{Actions: []string{"s3:GetBucketVersioning"}, Resources: []string{arn("arn:${AWS::Partition}:s3:::${deploymentBucketName}")}},
			{Actions: []string{"codebuild:BatchGetBuilds", "codebuild:StartBuild"}, Resources: []string{cloudformation.GetAtt("BuildProject", "Arn")}},
			{Actions: []string{"ecs:DescribeServices", "ecs:UpdateService"}, Resources: []string{cloudformation.Ref("Service")}},
			// Task definitions have no ARN before they exist: ECS requires "*" for these.
			{Actions: []string{"ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition", "ecs:TagResource", "ecs:DescribeTasks", "ecs:ListTasks"}, Resources: []string{"*"}},
			{Actions: []string{"iam:PassRole"}, Resources: []string{cloudformation.GetAtt("ExecutionRole", "Arn"), cloudformation.GetAtt("TaskRole", "Arn")},
				Condition: map[string]any{"StringEquals": map[string]any{"iam:PassedToService": "ecs-tasks.amazonaws.com"}}},
		}...), sameAccount()))
	s.t.Add("Pipeline", "Pipeline: source bundle, image build, ECS rolling deploy", &codepipeline.Pipeline{
		Name:          cloudformation.String(cloudformation.Sub(ArtifactPrefix + "${rootStackName}-" + literal(s.api.Name))),
		RoleArn:       cloudformation.GetAtt("PipelineRole", "Arn"),
		PipelineType:  cloudformation.String("V2"),
		ExecutionMode: cloudformation.String("QUEUED"),
		// A new source key (a new bundle) changes the pipeline: run it then, as the upload came first.
		RestartExecutionOnUpdate: cloudformation.Bool(true),
		ArtifactStore:            &codepipeline.Pipeline_ArtifactStore{Type: "S3", Location: cloudformation.Ref("deploymentBucketName")},
		Stages: []codepipeline.Pipeline_StageDeclaration{
			{Name: "Source", Actions: []codepipeline.Pipeline_ActionDeclaration{sourceAction}},
			{Name: "Build", Actions: []codepipeline.Pipeline_ActionDeclaration{{
				Name:            "Build",
				ActionTypeId:    &codepipeline.Pipeline_ActionTypeId{Category: "Build", Owner: "AWS", Provider: "CodeBuild", Version: "1"},
				Configuration:   map[string]any{"ProjectName": cloudformation.Ref("BuildProject")},
				InputArtifacts:  []codepipeline.Pipeline_InputArtifact{{Name: "Source"}},
				OutputArtifacts: []codepipeline.Pipeline_OutputArtifact{{Name: "Images"}},
			}}},
			{Name: "Deploy", Actions: []codepipeline.Pipeline_ActionDeclaration{{
				Name:           "Deploy",
				ActionTypeId:   &codepipeline.Pipeline_ActionTypeId{Category: "Deploy", Owner: "AWS", Provider: "ECS", Version: "1"},
				Configuration:  map[string]any{"ClusterName": cloudformation.Ref("NetworkStackClusterName"), "ServiceName": cloudformation.GetAtt("Service", "Name"), "FileName": "imagedefinitions.json"},
				InputArtifacts: []codepipeline.Pipeline_InputArtifact{{Name: "Images"}},
			}}},
		},
	})
	if !S3Source(s.api) {
		return // a GitHub connection starts the pipeline on each push
	}
	pipelineArn := arn("arn:${AWS::Partition}:codepipeline:${AWS::Region}:${AWS::AccountId}:${Pipeline}")
	s.t.Add("SourceRuleRole", "Role EventBridge uses to start the pipeline",
		serviceRole("events.amazonaws.com", "StartPipeline", []statement{{Actions: []string{"codepipeline:StartPipelineExecution"}, Resources: []string{pipelineArn}}}, sameAccount()))
	s.t.Add("SourceRule", "Starts the pipeline when a source bundle is uploaded", &events.Rule{
		EventPattern: map[string]any{
			"source":      []string{"aws.s3"},
			"detail-type": []string{"Object Created"},
			"detail": map[string]any{
				"bucket": map[string]any{"name": []string{cloudformation.Ref("deploymentBucketName")}},
				"object": map[string]any{"key": []string{cloudformation.Ref("ParamZipPath")}},
			},
		},
		Targets: []events.Rule_Target{{Id: "Pipeline", Arn: pipelineArn, RoleArn: cloudformation.String(cloudformation.GetAtt("SourceRuleRole", "Arn"))}},
	})
}
