// Package model is dockstack's typed view of an Amplify Gen 1 backend directory.
// Load reads a project into a Backend; everything downstream (gen, deploy) works
// from the Backend only, never from the files.
package model

// Backend is one environment's view of a project.
type Backend struct {
	// Root is the project directory (the one that holds amplify/), as given to Load.
	Root    string      `json:"-" yaml:"-"`
	Project Project     `json:"project" yaml:"project"`
	Env     Environment `json:"env" yaml:"env"`
	// Envs is every environment in team-provider-info.json, sorted by name; Env is one of them.
	Envs    []Environment `json:"envs" yaml:"envs"`
	APIs    []API         `json:"apis,omitempty" yaml:"apis,omitempty"`
	Tables  []Table       `json:"tables,omitempty" yaml:"tables,omitempty"`
	Auth    []Auth        `json:"auth,omitempty" yaml:"auth,omitempty"`
	Hosting *Hosting      `json:"hosting,omitempty" yaml:"hosting,omitempty"`
}

// Project is amplify/.config/project-config.json.
type Project struct {
	Name     string `json:"name" yaml:"name"`
	Frontend string `json:"frontend" yaml:"frontend"`
	// SourceDir is the front end's source folder, where client config goes.
	SourceDir         string `json:"sourceDir,omitempty" yaml:"sourceDir,omitempty"`
	ContainersEnabled bool   `json:"containersEnabled" yaml:"containersEnabled"`
	// HardenContainers gives containers built from the project's Dockerfiles
	// a read-only root file system and a non-root user unless they choose
	// otherwise (project-config.json's HardenContainers; off by default, so images work as they do locally).
	HardenContainers bool `json:"hardenContainers,omitempty" yaml:"hardenContainers,omitempty"`
}

// Environment is one entry of amplify/team-provider-info.json.
type Environment struct {
	Name             string `json:"name" yaml:"name"`
	Region           string `json:"region" yaml:"region"`
	StackName        string `json:"stackName" yaml:"stackName"`
	DeploymentBucket string `json:"deploymentBucket,omitempty" yaml:"deploymentBucket,omitempty"`
	// AuthRoleName and UnauthRoleName are set for an environment `amplify init`
	// made: its root stack holds the deployment bucket and these two roles,
	// which dockstack keeps (it adopts the environment).
	AuthRoleName   string `json:"authRoleName,omitempty" yaml:"authRoleName,omitempty"`
	UnauthRoleName string `json:"unauthRoleName,omitempty" yaml:"unauthRoleName,omitempty"`
}

// MadeByAmplify reports whether `amplify init` made the environment's root stack.
func (e Environment) MadeByAmplify() bool { return e.AuthRoleName != "" }

// APIType is REST or GRAPHQL, as Amplify spells them.
type APIType string

const (
	REST    APIType = "REST"
	GraphQL APIType = "GRAPHQL"
)

// Deployment mechanisms, as Amplify spells them (including its misspelling).
const (
	FullyManaged         = "FULLY_MANAGED"
	IndependentlyManaged = "INDENPENDENTLY_MANAGED"
	SelfManaged          = "SELF_MANAGED"
)

// API is one container API: backend-config `api.<name>` with service ElasticContainer.
type API struct {
	Name                string  `json:"name" yaml:"name"`
	Type                APIType `json:"type" yaml:"type"`
	DeploymentMechanism string  `json:"deploymentMechanism" yaml:"deploymentMechanism"`
	// Dir is the API folder relative to Root: amplify/backend/api/<name>.
	Dir string `json:"dir" yaml:"dir"`
	// Src, when set, is the source folder in place of Dir/src (see SrcDir).
	Src string `json:"src,omitempty" yaml:"src,omitempty"`
	// SourceFile is the compose file or Dockerfile the containers came from, relative to Root.
	SourceFile       string `json:"sourceFile" yaml:"sourceFile"`
	RestrictAccess   bool   `json:"restrictAccess" yaml:"restrictAccess"`
	AuthName         string `json:"authName,omitempty" yaml:"authName,omitempty"`
	HighAvailability bool   `json:"highAvailability" yaml:"highAvailability"`
	// Permissions: category -> resource -> operations (create, read, update, delete).
	Permissions map[string]map[string][]string `json:"permissions,omitempty" yaml:"permissions,omitempty"`
	GitHub      *GitHubSource                  `json:"github,omitempty" yaml:"github,omitempty"`
	ImageSource ImageSource                    `json:"imageSource,omitzero" yaml:"imageSource,omitempty"`

	Containers []Container `json:"containers" yaml:"containers"`
	Entrypoint Entrypoint  `json:"entrypoint" yaml:"entrypoint"`
	// EntrypointCandidates are the containers with ports when none is chosen
	// (a load error): a terminal can ask which one, as Amplify's push did.
	EntrypointCandidates []string `json:"-" yaml:"-"`
	Secrets              []Secret `json:"secrets,omitempty" yaml:"secrets,omitempty"`
	// Volumes are the task's volumes: scratch space shared in the task, or EFS for data that must survive.
	Volumes []Volume `json:"volumes,omitempty" yaml:"volumes,omitempty"`
	Task    Task     `json:"task" yaml:"task"`

	CustomPolicies []PolicyStatement `json:"customPolicies,omitempty" yaml:"customPolicies,omitempty"`
}

// GitHubSource is the INDENPENDENTLY_MANAGED source: a folder of a GitHub repository.
type GitHubSource struct {
	URL            string `json:"url" yaml:"url"`
	Owner          string `json:"owner" yaml:"owner"`
	Repo           string `json:"repo" yaml:"repo"`
	Branch         string `json:"branch" yaml:"branch"`
	Path           string `json:"path,omitempty" yaml:"path,omitempty"`
	TokenSecretArn string `json:"tokenSecretArn,omitempty" yaml:"tokenSecretArn,omitempty"`
}

// ImageSource records where the API's source came from (a starter template or the user's own).
type ImageSource struct {
	Type     string `json:"type" yaml:"type"`
	Template string `json:"template,omitempty" yaml:"template,omitempty"`
}

// Entrypoint is the container and port that API Gateway routes to.
type Entrypoint struct {
	Container string `json:"container" yaml:"container"`
	Port      int    `json:"port" yaml:"port"`
}

// Task holds the task-level settings: all containers of an API run in one Fargate task.
type Task struct {
	CPU      int `json:"cpu" yaml:"cpu"`       // CPU units (1024 = 1 vCPU)
	Memory   int `json:"memory" yaml:"memory"` // MiB
	Replicas int `json:"replicas" yaml:"replicas"`
	// Architecture is X86_64 or ARM64 (ECS RuntimePlatform.CpuArchitecture).
	Architecture string `json:"architecture" yaml:"architecture"`
}

// Container is one compose service (or the single `api` container of a Dockerfile API).
type Container struct {
	Name string `json:"name" yaml:"name"`
	// Build is set when the image is built by the pipeline; Image when it is pulled as is.
	Build     *Build `json:"build,omitempty" yaml:"build,omitempty"`
	Image     string `json:"image,omitempty" yaml:"image,omitempty"`
	Essential bool   `json:"essential" yaml:"essential"`
	Ports     []Port `json:"ports,omitempty" yaml:"ports,omitempty"`
	// Published: the service has `ports:` (not only `expose:`), which makes
	// it the entrypoint candidate before containers that only expose ports.
	Published      bool          `json:"-" yaml:"-"`
	Command        []string      `json:"command,omitempty" yaml:"command,omitempty"`
	Entrypoint     []string      `json:"entrypoint,omitempty" yaml:"entrypoint,omitempty"`
	Environment    []EnvVar      `json:"environment,omitempty" yaml:"environment,omitempty"`
	Secrets        []SecretRef   `json:"secrets,omitempty" yaml:"secrets,omitempty"`
	WorkingDir     string        `json:"workingDir,omitempty" yaml:"workingDir,omitempty"`
	User           string        `json:"user,omitempty" yaml:"user,omitempty"`
	HealthCheck    *HealthCheck  `json:"healthCheck,omitempty" yaml:"healthCheck,omitempty"`
	DependsOn      []Dependency  `json:"dependsOn,omitempty" yaml:"dependsOn,omitempty"`
	StopTimeout    int           `json:"stopTimeout,omitempty" yaml:"stopTimeout,omitempty"` // seconds
	Labels         []KeyValue    `json:"labels,omitempty" yaml:"labels,omitempty"`
	ReadOnly       bool          `json:"readOnly,omitempty" yaml:"readOnly,omitempty"`
	Tmpfs          []Tmpfs       `json:"tmpfs,omitempty" yaml:"tmpfs,omitempty"`
	Mounts         []Mount       `json:"mounts,omitempty" yaml:"mounts,omitempty"`
	Init           bool          `json:"init,omitempty" yaml:"init,omitempty"`
	Ulimits        []Ulimit      `json:"ulimits,omitempty" yaml:"ulimits,omitempty"`
	CapAdd         []string      `json:"capAdd,omitempty" yaml:"capAdd,omitempty"`
	CapDrop        []string      `json:"capDrop,omitempty" yaml:"capDrop,omitempty"`
	Interactive    bool          `json:"interactive,omitempty" yaml:"interactive,omitempty"`
	PseudoTerminal bool          `json:"pseudoTerminal,omitempty" yaml:"pseudoTerminal,omitempty"`
	Resources      ContainerSize `json:"resources,omitzero" yaml:"resources,omitempty"`
}

// Build is how the pipeline builds an image: paths are relative to the API's src/ folder.
type Build struct {
	Context    string     `json:"context" yaml:"context"`
	Dockerfile string     `json:"dockerfile" yaml:"dockerfile"`
	Args       []KeyValue `json:"args,omitempty" yaml:"args,omitempty"`
	Target     string     `json:"target,omitempty" yaml:"target,omitempty"`
	// Base is set when the pipeline builds a stock image with the project files
	// its compose service bind-mounts: FROM Base, then Copies (Context is ".").
	Base string `json:"base,omitempty" yaml:"base,omitempty"`
	// Copies are bind-mounted project files baked into the image, over what
	// the Dockerfile (or Base) put there.
	Copies []Copy `json:"copies,omitempty" yaml:"copies,omitempty"`
}

// Copy puts a file or folder of src/ at a path in the image.
type Copy struct {
	Src string `json:"src" yaml:"src"` // relative to src/
	Dst string `json:"dst" yaml:"dst"` // absolute in the image
}

// Volume is a task volume. A scratch volume lives as long as the task and is
// shared by its containers; a persistent one is an EFS access point whose
// data outlives tasks, deploys and the stack.
type Volume struct {
	Name       string `json:"name" yaml:"name"` // the compose volume's name, made valid for ECS
	Persistent bool   `json:"persistent,omitempty" yaml:"persistent,omitempty"`
	// OwnerUID and OwnerGID own a persistent volume's folder when EFS creates it.
	OwnerUID int `json:"ownerUid,omitempty" yaml:"ownerUid,omitempty"`
	OwnerGID int `json:"ownerGid,omitempty" yaml:"ownerGid,omitempty"`
}

// Mount is a volume at a path in a container.
type Mount struct {
	Volume   string `json:"volume" yaml:"volume"`
	Path     string `json:"path" yaml:"path"`
	ReadOnly bool   `json:"readOnly,omitempty" yaml:"readOnly,omitempty"`
}

// Port is a container port; with awsvpc networking the host port always equals it.
type Port struct {
	Container int    `json:"container" yaml:"container"`
	Protocol  string `json:"protocol" yaml:"protocol"` // tcp or udp
}

// EnvVar is a plain environment variable. Values may contain '='.
type EnvVar struct {
	Name  string `json:"name" yaml:"name"`
	Value string `json:"value" yaml:"value"`
}

// KeyValue is an ordered pair, used where order must be stable (labels, build args).
type KeyValue struct {
	Key   string `json:"key" yaml:"key"`
	Value string `json:"value" yaml:"value"`
}

// HealthCheck is in ECS terms: durations in whole seconds.
type HealthCheck struct {
	Command     []string `json:"command" yaml:"command"`
	Interval    int      `json:"interval" yaml:"interval"`
	Timeout     int      `json:"timeout" yaml:"timeout"`
	Retries     int      `json:"retries" yaml:"retries"`
	StartPeriod int      `json:"startPeriod" yaml:"startPeriod"`
}

// Dependency is an ECS container dependency: Condition is START, COMPLETE, SUCCESS or HEALTHY.
type Dependency struct {
	Container string `json:"container" yaml:"container"`
	Condition string `json:"condition" yaml:"condition"`
}

// Ulimit is one ECS ulimit.
type Ulimit struct {
	Name string `json:"name" yaml:"name"`
	Soft int    `json:"soft" yaml:"soft"`
	Hard int    `json:"hard" yaml:"hard"`
}

// ContainerSize is a container's share of the task: CPU units and MiB; zero means unset.
type ContainerSize struct {
	CPU               int `json:"cpu,omitempty" yaml:"cpu,omitempty"`
	Memory            int `json:"memory,omitempty" yaml:"memory,omitempty"`
	MemoryReservation int `json:"memoryReservation,omitempty" yaml:"memoryReservation,omitempty"`
}

// Secret is a compose secret backed by a `.secret-*` file. The model never holds the value.
type Secret struct {
	// Key is the compose top-level secrets key.
	Key string `json:"key" yaml:"key"`
	// Name names the Secrets Manager secret: <StackName>/<api>/<Name>.
	Name string `json:"name" yaml:"name"`
	// File is relative to Root.
	File string `json:"file" yaml:"file"`
	// Variable, when set, is the variable of the env file File that holds the
	// value (x-dockstack-secrets); else the whole file is the value.
	Variable string `json:"variable,omitempty" yaml:"variable,omitempty"`
	// Missing: the file is not in this checkout (secret files are not committed).
	Missing bool `json:"missing,omitempty" yaml:"missing,omitempty"`
}

// SecretRef injects a secret into a container as an environment variable.
type SecretRef struct {
	Secret string `json:"secret" yaml:"secret"` // Secret.Key
	// EnvVar is the variable that holds the value (empty when the name is no variable name).
	EnvVar string `json:"envVar,omitempty" yaml:"envVar,omitempty"`
	// File is the file under /run/secrets/ that holds it, as docker compose gives it.
	File string `json:"file,omitempty" yaml:"file,omitempty"`
}

// PolicyStatement is one custom-policies.json entry.
type PolicyStatement struct {
	Sid       string                    `json:"sid,omitempty" yaml:"sid,omitempty"`
	Effect    string                    `json:"effect" yaml:"effect"`
	Actions   []string                  `json:"actions" yaml:"actions"`
	Resource  []string                  `json:"resources" yaml:"resources"`
	Condition map[string]map[string]any `json:"condition,omitempty" yaml:"condition,omitempty"`
}

// Table is a DynamoDB storage resource.
type Table struct {
	Name         string `json:"name" yaml:"name"` // the resource name
	TableName    string `json:"tableName" yaml:"tableName"`
	PartitionKey Key    `json:"partitionKey" yaml:"partitionKey"`
	SortKey      *Key   `json:"sortKey,omitempty" yaml:"sortKey,omitempty"`
	GSIs         []GSI  `json:"gsis,omitempty" yaml:"gsis,omitempty"`
	Stream       bool   `json:"stream,omitempty" yaml:"stream,omitempty"`
}

// Key is a DynamoDB key attribute; Type is S, N or B.
type Key struct {
	Name string `json:"name" yaml:"name"`
	Type string `json:"type" yaml:"type"`
}

// GSI is a global secondary index.
type GSI struct {
	Name         string `json:"name" yaml:"name"`
	PartitionKey Key    `json:"partitionKey" yaml:"partitionKey"`
	SortKey      *Key   `json:"sortKey,omitempty" yaml:"sortKey,omitempty"`
}

// Auth is a Cognito auth resource.
type Auth struct {
	Name         string `json:"name" yaml:"name"`
	UserPoolName string `json:"userPoolName" yaml:"userPoolName"`
	// SignInWith lists the username attributes (email, phone_number); empty means username.
	SignInWith     []string `json:"signInWith,omitempty" yaml:"signInWith,omitempty"`
	HostedUIDomain string   `json:"hostedUIDomain,omitempty" yaml:"hostedUIDomain,omitempty"`
	// CaseSensitive usernames ("Username" and "username" are two users), as
	// cli-inputs.json says; nil when it says nothing. Cognito replaces a pool
	// (its users lost) when this changes, so it is set only when given.
	CaseSensitive *bool          `json:"caseSensitive,omitempty" yaml:"caseSensitive,omitempty"`
	Password      PasswordPolicy `json:"passwordPolicy" yaml:"passwordPolicy"`
	// IdentityPool is set when cli-inputs.json asks for one (authSelections
	// identityPoolAndUserPool): it gives signed-in (and, when allowed, guest)
	// users temporary AWS credentials.
	IdentityPool *IdentityPool `json:"identityPool,omitempty" yaml:"identityPool,omitempty"`
}

// IdentityPool is a Cognito identity pool over the user pool.
type IdentityPool struct {
	Name                 string `json:"name" yaml:"name"`
	AllowUnauthenticated bool   `json:"allowUnauthenticated" yaml:"allowUnauthenticated"`
}

// PasswordPolicy is the user pool's password rule, as Amplify asks for it.
type PasswordPolicy struct {
	MinLength int `json:"minLength" yaml:"minLength"`
	// Requires lists lowercase, uppercase, numbers and symbols, the classes a password must hold.
	Requires []string `json:"requires" yaml:"requires"`
}

// StackOutputs are an environment's deployed stack outputs: nested stack
// logical ID (api<name>, auth<name>, storage<name>) to output key to value.
// They are deployment state, read from AWS; the model (what gen reads) never holds them.
type StackOutputs map[string]map[string]string

// SrcDir is the folder the API's containers are described and built in,
// relative to Root: Dir/src, or Src when set (hosting: the front end's SourceDir).
func (a *API) SrcDir() string {
	if a.Src != "" {
		return a.Src
	}
	return a.Dir + "/src"
}

// Container returns the named container, or nil.
func (a *API) Container(name string) *Container {
	for i := range a.Containers {
		if a.Containers[i].Name == name {
			return &a.Containers[i]
		}
	}
	return nil
}
