package model

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Outcome is what dockstack does with a compose key. Every key of the Compose
// Specification has one (a test checks the table against compose-go's schema),
// and docs/compose.md is generated from this table.
type Outcome string

const (
	Mapped   Outcome = "mapped"   // becomes part of the task definition or build
	Noted    Outcome = "info"     // has no effect on Fargate by design; an info line says why
	Ignored  Outcome = "warning"  // cannot be honoured; a warning says so (an error with --strict)
	Rejected Outcome = "rejected" // cannot work on Fargate; the load fails
)

// KeyRule is one row of the table: the outcome and what it means.
type KeyRule struct {
	Outcome Outcome
	Detail  string
}

// ServiceKeys covers every key of a compose service.
var ServiceKeys = map[string]KeyRule{
	"annotations":         {Ignored, "container annotations have no ECS equivalent"},
	"attach":              {Noted, "only affects `docker compose up` output"},
	"blkio_config":        {Ignored, "Fargate has no block-IO weights"},
	"build":               {Mapped, "built by CodeBuild: `context` (inside src/), `dockerfile`, `args`, `target`; other build keys are warned"},
	"cap_add":             {Mapped, "`linuxParameters.capabilities.add`; Fargate allows only SYS_PTRACE, any other is an error"},
	"cap_drop":            {Mapped, "`linuxParameters.capabilities.drop`"},
	"cgroup":              {Ignored, "Fargate manages cgroups"},
	"cgroup_parent":       {Ignored, "Fargate manages cgroups"},
	"command":             {Mapped, "`command`; a string is split as a shell would"},
	"configs":             {Rejected, "Fargate cannot mount compose configs; bake the file into the image or use a secret"},
	"container_name":      {Mapped, "the ECS container name (wins over the service name)"},
	"cpu_count":           {Ignored, "Windows-only; use `deploy.resources.limits.cpus`"},
	"cpu_percent":         {Ignored, "Windows-only; use `deploy.resources.limits.cpus`"},
	"cpu_period":          {Ignored, "no ECS equivalent; use `deploy.resources.limits.cpus`"},
	"cpu_quota":           {Ignored, "no ECS equivalent; use `deploy.resources.limits.cpus`"},
	"cpu_rt_period":       {Ignored, "no real-time scheduling on Fargate"},
	"cpu_rt_runtime":      {Ignored, "no real-time scheduling on Fargate"},
	"cpu_shares":          {Ignored, "use `deploy.resources.limits.cpus`"},
	"cpus":                {Mapped, "container `cpu` (as `deploy.resources.limits.cpus`)"},
	"cpuset":              {Ignored, "Fargate does not pin CPUs"},
	"credential_spec":     {Rejected, "gMSA credential specs are for Windows containers"},
	"depends_on":          {Mapped, "container `dependsOn`: service_started→START, service_healthy→HEALTHY, service_completed_successfully→SUCCESS (that container becomes non-essential)"},
	"deploy":              {Mapped, "`replicas` → service desired count, `resources` → container and task CPU/memory (a valid Fargate size); other deploy keys are warned"},
	"develop":             {Noted, "compose watch is for local development only"},
	"device_cgroup_rules": {Rejected, "Fargate gives no access to host devices"},
	"devices":             {Rejected, "Fargate gives no access to host devices"},
	"dns":                 {Ignored, "Fargate tasks use the VPC resolver"},
	"dns_opt":             {Ignored, "Fargate tasks use the VPC resolver"},
	"dns_search":          {Ignored, "Fargate tasks use the VPC resolver"},
	"domainname":          {Ignored, "not supported with awsvpc networking"},
	"entrypoint":          {Mapped, "`entryPoint`; a string is split as a shell would"},
	"env_file":            {Mapped, "read at gen time and written into `environment` (keep secrets out of env files: use `secrets`)"},
	"environment":         {Mapped, "`environment`; a variable without a value is warned and left out (gen reads no machine environment)"},
	"expose":              {Mapped, "container port mappings (entrypoint candidates only when no service has `ports`)"},
	"extends":             {Mapped, "resolved by the compose loader before mapping"},
	"external_links":      {Noted, "containers of one task reach each other on localhost"},
	"extra_hosts":         {Ignored, "ECS does not support extra hosts with awsvpc networking"},
	"gpus":                {Rejected, "Fargate has no GPUs"},
	"group_add":           {Ignored, "no ECS equivalent"},
	"healthcheck":         {Mapped, "container `healthCheck` (any compose duration, rounded up to seconds; `disable` removes it); also sets the service's grace period"},
	"hostname":            {Ignored, "not supported with awsvpc networking"},
	"image":               {Mapped, "the image to run when there is no `build`; with `build` the pipeline's ECR image is used"},
	"init":                {Mapped, "`linuxParameters.initProcessEnabled`"},
	"ipc":                 {Ignored, "Fargate does not support IPC modes"},
	"isolation":           {Ignored, "Windows-only"},
	"label_file":          {Mapped, "merged into `labels` by the compose loader"},
	"labels":              {Mapped, "`dockerLabels`"},
	"links":               {Noted, "containers of one task reach each other on localhost"},
	"logging":             {Ignored, "containers always log to CloudWatch Logs (awslogs), one log group per container"},
	"mac_address":         {Ignored, "not supported with awsvpc networking"},
	"mem_limit":           {Mapped, "container `memory` (as `deploy.resources.limits.memory`)"},
	"mem_reservation":     {Mapped, "container `memoryReservation`"},
	"mem_swappiness":      {Ignored, "Fargate has no swap"},
	"memswap_limit":       {Ignored, "Fargate has no swap"},
	"models":              {Rejected, "compose model runners need Docker Model Runner"},
	"network_mode":        {Ignored, "every task uses awsvpc: its containers share one network namespace"},
	"networks":            {Noted, "all containers of a task share localhost; compose networks are not needed"},
	"oom_kill_disable":    {Ignored, "no ECS equivalent"},
	"oom_score_adj":       {Ignored, "no ECS equivalent"},
	"pid":                 {Ignored, "Fargate's pid mode is per task and not set by dockstack"},
	"pids_limit":          {Ignored, "no ECS equivalent"},
	"platform":            {Mapped, "task `runtimePlatform`: linux/amd64 → X86_64, linux/arm64 → ARM64; one per task"},
	"ports":               {Mapped, "container port mappings: the container (target) port counts, `8080:3000` maps 3000; protocol kept"},
	"post_start":          {Rejected, "lifecycle hooks have no ECS equivalent; run the step in the entrypoint"},
	"pre_start":           {Rejected, "lifecycle hooks have no ECS equivalent; run the step in the entrypoint"},
	"pre_stop":            {Rejected, "lifecycle hooks have no ECS equivalent; handle SIGTERM in the app"},
	"privileged":          {Rejected, "Fargate does not run privileged containers"},
	"profiles":            {Mapped, "a service with profiles is built only when the API's `composeProfiles` in backend-config.json activates one"},
	"provider":            {Rejected, "compose providers run outside the task"},
	"pull_policy":         {Ignored, "ECS pulls the image when a task starts"},
	"pull_refresh_after":  {Ignored, "ECS pulls the image when a task starts"},
	"read_only":           {Mapped, "`readonlyRootFilesystem`; with `configure project --harden`, a service built from its Dockerfile is read-only, with a 64 MiB tmpfs at /tmp, unless it sets `read_only: false` or the Dockerfile declares a VOLUME"},
	"restart":             {Noted, "ECS replaces stopped tasks; essential containers stop the task"},
	"runtime":             {Ignored, "Fargate chooses the runtime"},
	"scale":               {Mapped, "service desired count, like `deploy.replicas`"},
	"secrets":             {Mapped, "ECS `secrets` from Secrets Manager, as environment variables named by `target` (or the secret's name)"},
	"security_opt":        {Ignored, "no ECS equivalent on Fargate"},
	"shm_size":            {Ignored, "Fargate does not support shared-memory size"},
	"stdin_open":          {Mapped, "`interactive`"},
	"stop_grace_period":   {Mapped, "`stopTimeout` in seconds (Fargate allows at most 120)"},
	"stop_signal":         {Ignored, "ECS sends SIGTERM; set STOPSIGNAL in the Dockerfile"},
	"storage_opt":         {Ignored, "Fargate manages storage"},
	"sysctls":             {Ignored, "not set by dockstack"},
	"tmpfs":               {Mapped, "`linuxParameters.tmpfs`: `/path:size=128m,noexec` (size defaults to 64 MiB; flags as ECS accepts them)"},
	"tty":                 {Mapped, "`pseudoTerminal`"},
	"ulimits":             {Mapped, "`ulimits`"},
	"umask":               {Ignored, "no ECS equivalent; set it in the entrypoint"},
	"use_api_socket":      {Rejected, "there is no Docker engine socket on Fargate"},
	"user":                {Mapped, "`user`; with `configure project --harden`, a service built from a Dockerfile without USER runs as 65534:65534 (nobody) unless it listens below port 1024 or declares a VOLUME"},
	"userns_mode":         {Ignored, "not supported on Fargate"},
	"uts":                 {Ignored, "not supported on Fargate"},
	"volumes":             {Mapped, "named volumes of database, broker and search images, or kept by one container → EFS (encrypted, retained, backed up); shared by several containers or caches → a task volume; bind mounts of files under src/ → copied into the image by the pipeline; host paths and docker.sock → an error; anonymous volumes are left out; `tmpfs` → tmpfs"},
	"volumes_from":        {Rejected, "Fargate tasks cannot share another service's volumes"},
	"working_dir":         {Mapped, "`workingDirectory`"},
}

// DeployKeys covers the keys under a service's `deploy`.
var DeployKeys = map[string]KeyRule{
	"endpoint_mode":   {Ignored, "Cloud Map registers the task; there is no VIP or DNSRR choice"},
	"labels":          {Ignored, "service labels have no ECS equivalent; use service `labels` for containers"},
	"mode":            {Mapped, "`replicated` only; `global` is an error"},
	"placement":       {Ignored, "Fargate places tasks across the API's subnets"},
	"replicas":        {Mapped, "the ECS service's desired count (the same for every service of the task)"},
	"resources":       {Mapped, "`limits.cpus`/`limits.memory` → container cpu/memory, `reservations.memory` → memoryReservation; the task gets the smallest valid Fargate size that fits"},
	"restart_policy":  {Ignored, "ECS replaces stopped tasks"},
	"rollback_config": {Ignored, "ECS deploys roll back through the deployment circuit breaker"},
	"update_config":   {Ignored, "ECS rolling deploys use 100% minimum healthy, 200% maximum"},
}

// TopLevelKeys covers the keys at the top of a compose file.
var TopLevelKeys = map[string]KeyRule{
	"configs":  {Ignored, "Fargate cannot mount compose configs; a service that uses one is an error"},
	"include":  {Mapped, "included files are merged by the compose loader"},
	"jobs":     {Rejected, "compose jobs are not supported; run them as a separate API or task"},
	"models":   {Rejected, "compose model runners need Docker Model Runner"},
	"name":     {Noted, "the API's name names everything"},
	"networks": {Noted, "all containers of a task share localhost"},
	"secrets":  {Mapped, "`file` secrets: the file must be named `.secret-*` and lie outside src/; each becomes a Secrets Manager secret"},
	"services": {Mapped, "every service becomes a container of one Fargate task"},
	"version":  {Noted, "obsolete in the Compose Specification; files with or without it load the same"},
	"volumes":  {Mapped, "named volumes: where each lives is decided by who mounts it (see the service key); `x-dockstack-persistent: true|false` chooses EFS or a task volume"},
}

// ComposeKeysMarkdown renders the tables as docs/compose.md.
func ComposeKeysMarkdown() string {
	var b strings.Builder
	b.WriteString(`# Compose keys on Fargate

Generated from model/composekeys.go (` + "`go test ./model -update`" + ` rewrites it; a test keeps it in step).

dockstack runs all services of a compose file as the containers of one Fargate task: they reach
each other on localhost. Every key of the Compose Specification has one outcome:

- **mapped**: it becomes part of the task definition, the service or the build;
- **info**: it has no effect on Fargate by design, and a note says why;
- **warning**: it cannot be honoured and is ignored, with a warning (an error under ` + "`--strict`" + `);
- **rejected**: it cannot work on Fargate, and the load fails with an error.

`)
	section := func(title string, rules map[string]KeyRule) {
		b.WriteString("## " + title + "\n\n| key | outcome | what happens |\n|---|---|---|\n")
		for _, k := range slices.Sorted(maps.Keys(rules)) {
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", k, rules[k].Outcome, rules[k].Detail)
		}
		b.WriteString("\n")
	}
	section("Top-level keys", TopLevelKeys)
	section("Service keys", ServiceKeys)
	section("Keys under `deploy`", DeployKeys)
	b.WriteString("Keys starting with `x-` (extensions) are ignored with a note, but for dockstack's own: the top-level `x-dockstack-secrets: [NAME, ...]` makes those variables, which services read from `.env` or an `env_file`, Secrets Manager secrets that deploy stores from those files; a top-level volume's `x-dockstack-persistent: true|false` chooses EFS or a task volume.\n")
	return b.String()
}
