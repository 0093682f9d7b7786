// Package awsfake is an in-test AWS for the deploy tests: CloudFormation
// (stacks, change sets with nested stacks and replacement, events, outputs),
// S3, Secrets Manager and STS, over the wire protocols the real SDK speaks.
package awsfake

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/dockstack/dockstack/internal/cfnspec"
	"gopkg.in/yaml.v3"
)

// Fake is one fake AWS account on a loopback HTTP server. It can fail a resource on execution.
type Fake struct {
	srv         *httptest.Server
	noZones     bool // NoHostedZones: Route53 lists none
	mu          sync.Mutex
	requests    []string
	stacks      map[string]*fakeStack // by name
	sets        map[string]*fakeSet   // by ID
	objects     map[string][]byte     // bucket/key
	secrets     map[string]string
	failOn      map[string]string // logical ID -> reason for the next execution
	deleteFails map[string]string // logical ID -> reason its deletion fails
	seq         int
	every       int // with FailEvery: every n-th request gets a throttle or a 500
	faults      int
	slow        int       // polls an operation stays in progress (SlowOperations)
	runs        []fakeRun // pipeline runs, one per uploaded source bundle
	outcome     string    // how pipeline runs end: Succeeded, BuildFailed or DeployFailed
	buildLog    []string
	// desired is each ECS service's desired count over time, by the name of
	// the stack that holds it; SetDesired changes it as a person or an autoscaler would.
	desired  map[string][]int
	restarts []string // stacks whose service was restarted (UpdateService with a new deployment)
	crashing bool     // services' tasks keep stopping (CrashLoop)
	// serviceTags are the ECS services' tags, by their stack.
	serviceTags map[string]map[string]string
	appLogs     map[string][]appLog // log group -> lines a container wrote
	latest      map[string]string   // repository -> the run ID latest was moved to (PutImage)
	taskDefs    map[string][]any    // registered task definition ARN -> its container definitions
	serviceTD   map[string]string   // stack -> the task definition its service runs, once updated
}

// images are a repository's images, newest first: one per succeeded run of its API.
func (f *Fake) images(repo string) []map[string]any {
	var out []map[string]any
	newest := ""
	for i := len(f.runs) - 1; i >= 0; i-- {
		r := f.runs[i]
		if r.outcome != "Succeeded" || !strings.Contains(repo, "-api"+r.api+"-") {
			continue
		}
		if newest == "" {
			newest = r.id
		}
		out = append(out, map[string]any{"repositoryName": repo, "imageTags": []string{r.id}, "imagePushedAt": 1767225600 + i*60})
	}
	latest := f.latest[repo]
	if latest == "" {
		latest = newest
	}
	for _, i := range out {
		if i["imageTags"].([]string)[0] == latest {
			i["imageTags"] = append(i["imageTags"].([]string), "latest")
		}
	}
	return out
}

type appLog struct {
	at      int64 // milliseconds since the epoch
	message string
}

// AppLog adds a line a container wrote to a log group.
func (f *Fake) AppLog(group string, at time.Time, message string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.appLogs == nil {
		f.appLogs = map[string][]appLog{}
	}
	f.appLogs[group] = append(f.appLogs[group], appLog{at.UnixMilli(), message})
}

// CrashLoop makes every service's tasks stop as they start: stopped tasks with
// their reasons, and the service's events saying so.
func (f *Fake) CrashLoop() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.crashing = true
}

// Restarts lists the stacks whose service deploy restarted, in order.
func (f *Fake) Restarts() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.restarts)
}

type fakeRun struct{ id, revision, outcome, api string }

// PushImages makes an API's images exist, as a team that builds them itself
// (self-managed) or a GitHub-triggered pipeline would.
func (f *Fake) PushImages(api string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.runs = append(f.runs, fakeRun{id: fmt.Sprintf("exec-%d", len(f.runs)+1), revision: "pushed", outcome: "Succeeded", api: api})
}

// FinishRuns ends the pipeline runs still in progress with an outcome.
func (f *Fake) FinishRuns(outcome string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.runs {
		if f.runs[i].outcome == "InProgress" {
			f.runs[i].outcome = outcome
		}
	}
}

// DesiredCounts is the desired count of the service of each API stack (by
// stack name), every value it took, in order.
func (f *Fake) DesiredCounts() map[string][]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string][]int{}
	for k, v := range f.desired {
		out[k] = slices.Clone(v)
	}
	return out
}

// SetDesired sets the desired count of the service in a stack, as `aws ecs update-service` would.
func (f *Fake) SetDesired(stack string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.desired[stack] = append(f.desired[stack], n)
}

// PipelineOutcome sets how the next pipeline runs end (Succeeded, BuildFailed,
// DeployFailed, or InProgress: never) and the build log a failed build leaves.
func (f *Fake) PipelineOutcome(outcome string, buildLog ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.outcome, f.buildLog = outcome, buildLog
}

type fakeStack struct {
	name, id, status, reason string
	resources                map[string]fakeResource
	outputs                  []string
	params                   map[string]string
	creating                 map[string]fakeResource // the running operation's resources
	busyPolls                int                     // BusyFor: descriptions left before afterBusy
	afterBusy                string
	tags                     map[string]string
	nested                   map[string]*fakeStack // logical ID -> child
	events                   []fakeEvent
	pending                  func() // finishes the running operation
	polls                    int    // DescribeStacks calls left before pending runs
}

type fakeResource struct {
	Type   string
	Props  any
	Policy string // DeletionPolicy
}

type fakeEvent struct{ id, logical, physical, typ, status, reason string }

type fakeSet struct {
	id, stack, status, reason string
	resources                 map[string]fakeResource
	outputs                   []string
	params                    map[string]string
	tags                      map[string]string
	changes                   []fakeChange
	children                  map[string]*fakeSet // nested stack logical ID -> its change set
}

type fakeChange struct{ action, logical, typ, replacement, childSet string }

// New starts a fake, stopped when the test ends.
func New(t testing.TB) *Fake {
	f := &Fake{stacks: map[string]*fakeStack{}, sets: map[string]*fakeSet{}, objects: map[string][]byte{}, secrets: map[string]string{}, failOn: map[string]string{}, deleteFails: map[string]string{}, desired: map[string][]int{}, serviceTags: map[string]map[string]string{},
		latest: map[string]string{}, taskDefs: map[string][]any{}, serviceTD: map[string]string{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// NoHostedZones makes Route53 list no hosted zone (by default it lists example.com's).
func (f *Fake) NoHostedZones() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.noZones = true
}

// URL is the fake's endpoint.
func (f *Fake) URL() string { return f.srv.URL }

// Config is an SDK configuration that reaches only the fake.
func (f *Fake) Config() aws.Config {
	return aws.Config{
		Region:       "us-east-1",
		Credentials:  credentials.NewStaticCredentialsProvider("AKIDFAKE", "secret", ""),
		BaseEndpoint: aws.String(f.srv.URL),
		Retryer:      func() aws.Retryer { return aws.NopRetryer{} },
	}
}

// Requests lists the operations served so far (S3 as s3.METHOD).
func (f *Fake) Requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.requests...)
}

// FailDelete makes deleting a stack fail on the resource with this logical ID.
func (f *Fake) FailDelete(logicalID, reason string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.deleteFails[logicalID] = reason
}

// FailOn makes the next execution fail on a resource (a logical ID of the root stack or of a nested one).
func (f *Fake) FailOn(logicalID, reason string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failOn[logicalID] = reason
}

// SetStatus forces a stack's status, to test deploys of busy or broken stacks.
func (f *Fake) SetStatus(stack, status string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.stacks[stack].status = status
}

// BusyFor makes a stack busy (status) for its next n descriptions, after
// which it is done (done): another operation that ends while deploy waits.
func (f *Fake) BusyFor(stack, status string, n int, done string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.stacks[stack]
	s.status, s.busyPolls, s.afterBusy = status, n, done
}

// StackExists reports whether a stack exists.
func (f *Fake) StackExists(stack string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.stacks[stack] != nil
}

// StackParams is a stack's parameter values as its last change set set them.
func (f *Fake) StackParams(stack string) map[string]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if s := f.stacks[stack]; s != nil {
		return maps.Clone(s.params)
	}
	return nil
}

// ChangeSets counts the change sets that exist.
func (f *Fake) ChangeSets() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sets)
}

// Secret returns a stored secret's value.
func (f *Fake) Secret(name string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.secrets[name]
}

// Objects lists the S3 objects uploaded, "bucket/key" to their bytes.
func (f *Fake) Objects() map[string][]byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return maps.Clone(f.objects)
}

// FailEvery answers every n-th request with throttling or a server error, in
// turn, in each service's own error format; 0 stops it. Faults counts them.
func (f *Fake) FailEvery(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.every = n
}

// SlowOperations keeps each stack operation in progress for n status polls.
func (f *Fake) SlowOperations(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.slow = n
}

// Status is a stack's status, or "" when it does not exist.
func (f *Fake) Status(stack string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if s := f.stacks[stack]; s != nil {
		return s.status
	}
	return ""
}

// Faults is how many requests were answered with a fault.
func (f *Fake) Faults() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.faults
}

func (f *Fake) fault(w http.ResponseWriter, r *http.Request) bool {
	f.seq++
	if f.every == 0 || f.seq%f.every != 0 {
		return false
	}
	f.faults++
	throttle := f.faults%2 == 1
	switch {
	case r.Header.Get("X-Amz-Target") != "":
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		if throttle {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"__type":"ThrottlingException","message":"Rate exceeded"}`)
		} else {
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"__type":"InternalServiceError","message":"try again"}`)
		}
	case r.Method == http.MethodPost:
		w.Header().Set("Content-Type", "text/xml")
		code, status := "InternalFailure", http.StatusInternalServerError
		if throttle {
			code, status = "Throttling", http.StatusBadRequest
		}
		w.WriteHeader(status)
		fmt.Fprintf(w, "<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code><Message>Rate exceeded</Message></Error><RequestId>fake</RequestId></ErrorResponse>", code)
	default:
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprint(w, "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>")
	}
	return true
}

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	body, _ := io.ReadAll(r.Body)
	if f.fault(w, r) {
		f.requests = append(f.requests, "fault")
		return
	}
	switch {
	case strings.HasPrefix(r.Header.Get("X-Amz-Target"), "secretsmanager."):
		op := strings.TrimPrefix(r.Header.Get("X-Amz-Target"), "secretsmanager.")
		f.requests = append(f.requests, "secretsmanager."+op)
		f.secretsManager(w, op, body)
	case r.Header.Get("X-Amz-Target") != "":
		target := r.Header.Get("X-Amz-Target")
		f.requests = append(f.requests, target)
		f.pipelineAPIs(w, target[strings.Index(target, ".")+1:], body)
	case r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded"):
		form, _ := url.ParseQuery(string(body))
		f.requests = append(f.requests, form.Get("Action"))
		if form.Get("Action") == "DescribeManagedPrefixLists" { // EC2: the region's CloudFront prefix list
			w.Header().Set("Content-Type", "text/xml")
			fmt.Fprint(w, `<DescribeManagedPrefixListsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>fake</requestId>`+
				`<prefixListSet><item><prefixListId>pl-fakecf</prefixListId><prefixListName>com.amazonaws.global.cloudfront.origin-facing</prefixListName></item></prefixListSet></DescribeManagedPrefixListsResponse>`)
			return
		}
		if form.Get("Action") == "GetCallerIdentity" {
			writeXML(w, "GetCallerIdentity", "<Arn>arn:aws:iam::123456789012:user/dev</Arn><UserId>AIDAFAKE</UserId><Account>123456789012</Account>")
			return
		}
		f.cloudFormation(w, form)
	case strings.HasPrefix(r.URL.Path, "/2013-04-01/hostedzonesbyname"):
		// Route53: the account's public zone for example.com.
		f.requests = append(f.requests, "route53.ListHostedZonesByName")
		w.Header().Set("Content-Type", "text/xml")
		zones := `<HostedZone><Id>/hostedzone/ZFAKEEXAMPLE</Id><Name>example.com.</Name><CallerReference>x</CallerReference><Config><PrivateZone>false</PrivateZone></Config></HostedZone>` +
			`<HostedZone><Id>/hostedzone/ZFAKEPRIVATE</Id><Name>dev.example.com.</Name><CallerReference>y</CallerReference><Config><PrivateZone>true</PrivateZone></Config></HostedZone>`
		if f.noZones {
			zones = ""
		}
		fmt.Fprint(w, `<?xml version="1.0"?><ListHostedZonesByNameResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><HostedZones>`+
			zones+`</HostedZones><IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesByNameResponse>`)
	default:
		f.requests = append(f.requests, "s3."+r.Method)
		f.s3(w, r, body)
	}
}

func writeXML(w http.ResponseWriter, action, inner string) {
	w.Header().Set("Content-Type", "text/xml")
	fmt.Fprintf(w, "<%sResponse><%sResult>%s</%sResult><ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></%sResponse>", action, action, inner, action, action)
}

func cfnError(w http.ResponseWriter, code, msg string) {
	w.Header().Set("Content-Type", "text/xml")
	w.WriteHeader(http.StatusBadRequest)
	fmt.Fprintf(w, "<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error><RequestId>fake</RequestId></ErrorResponse>", code, esc(msg))
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (f *Fake) secretsManager(w http.ResponseWriter, op string, body []byte) {
	var in map[string]string
	json.Unmarshal(body, &in)
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	name := in["Name"] + in["SecretId"]
	arn := "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + name + "-AbCdEf"
	switch op {
	case "GetSecretValue":
		v, ok := f.secrets[name]
		if !ok {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"__type":"ResourceNotFoundException","message":"Secrets Manager can't find the specified secret."}`)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"ARN": arn, "Name": name, "SecretString": v})
		return
	case "PutSecretValue":
		if _, ok := f.secrets[name]; !ok {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"__type":"ResourceNotFoundException","message":"Secrets Manager can't find the specified secret."}`)
			return
		}
	case "CreateSecret":
		if _, ok := f.secrets[name]; ok {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"__type":"ResourceExistsException","message":"the secret already exists"}`)
			return
		}
	}
	f.secrets[name] = in["SecretString"]
	fmt.Fprintf(w, `{"ARN":%q,"Name":%q,"VersionId":"v%d"}`, arn, name, len(f.requests))
}

func (f *Fake) s3(w http.ResponseWriter, r *http.Request, body []byte) {
	path := strings.TrimPrefix(r.URL.Path, "/")
	switch r.Method {
	case http.MethodPut:
		f.objects[path] = body
		sum := md5.Sum(body)
		f.seq++
		version := fmt.Sprintf("v%d", f.seq)
		w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:])+`"`)
		w.Header().Set("x-amz-version-id", version)
		if strings.HasSuffix(path, "source.zip") { // the upload starts the API's pipeline
			outcome := f.outcome
			if outcome == "" {
				outcome = "Succeeded"
			}
			api := strings.Split(strings.TrimPrefix(path[strings.Index(path, "/")+1:], "dockstack/"), "/")[0]
			f.runs = append(f.runs, fakeRun{id: fmt.Sprintf("exec-%d", len(f.runs)+1), revision: version, outcome: outcome, api: api})
		}
	case http.MethodGet:
		bucket := strings.TrimSuffix(path, "/")
		prefix := r.URL.Query().Get("prefix")
		var b strings.Builder
		for _, k := range slices.Sorted(maps.Keys(f.objects)) {
			if key, ok := strings.CutPrefix(k, bucket+"/"); ok && strings.HasPrefix(key, prefix) {
				sum := md5.Sum(f.objects[k])
				fmt.Fprintf(&b, "<Contents><Key>%s</Key><Size>%d</Size><ETag>&quot;%s&quot;</ETag></Contents>", esc(key), len(f.objects[k]), hex.EncodeToString(sum[:]))
			}
		}
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, "<ListBucketResult><Name>%s</Name><Prefix>%s</Prefix><IsTruncated>false</IsTruncated>%s</ListBucketResult>", bucket, esc(prefix), b.String())
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// pipelineAPIs serves CodePipeline, CodeBuild, CloudWatch Logs and ECS (awsJson1_1).
func (f *Fake) pipelineAPIs(w http.ResponseWriter, op string, body []byte) {
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	var in map[string]any
	json.Unmarshal(body, &in)
	reply := func(v any) { json.NewEncoder(w).Encode(v) }
	switch op {
	case "DescribeCertificate":
		// A certificate waiting for its DNS validation record, as ACM shows it.
		arn, _ := in["CertificateArn"].(string)
		reply(map[string]any{"Certificate": map[string]any{"CertificateArn": arn, "Status": "PENDING_VALIDATION",
			"DomainValidationOptions": []any{map[string]any{"DomainName": "site.example", "ValidationStatus": "PENDING_VALIDATION",
				"ResourceRecord": map[string]any{"Name": "_x1.site.example.", "Type": "CNAME", "Value": "_x2.acm-validations.aws."}}}}})
	case "ListPipelineExecutions":
		var list []any
		for i := len(f.runs) - 1; i >= 0; i-- {
			r := f.runs[i]
			status := "Succeeded"
			switch r.outcome {
			case "Succeeded":
			case "InProgress":
				status = "InProgress"
			default:
				status = "Failed"
			}
			list = append(list, map[string]any{"pipelineExecutionId": r.id, "status": status, "startTime": 1767225600 + 60*i, // run i starts at minute i of 2026

				"sourceRevisions": []any{map[string]any{"actionName": "Source", "revisionId": r.revision}}})
		}
		reply(map[string]any{"pipelineExecutionSummaries": list})
	case "ListActionExecutions":
		filter, _ := in["filter"].(map[string]any)
		id, _ := filter["pipelineExecutionId"].(string)
		var run fakeRun
		for _, r := range f.runs {
			if r.id == id {
				run = r
			}
		}
		action := func(stage, status, external, summary string) map[string]any {
			return map[string]any{"pipelineExecutionId": id, "stageName": stage, "actionName": stage, "status": status,
				"output": map[string]any{"executionResult": map[string]any{"externalExecutionId": external, "externalExecutionSummary": summary}}}
		}
		details := []any{action("Source", "Succeeded", run.revision, "")}
		switch run.outcome {
		case "InProgress":
			details = append(details, action("Build", "InProgress", "build:"+id, ""))
		case "BuildFailed":
			details = append(details, action("Build", "Failed", "build:"+id, "Build terminated with state: FAILED"))
		case "DeployFailed":
			details = append(details, action("Build", "Succeeded", "build:"+id, ""), action("Deploy", "Failed", "", "The deployment failed because a task failed to start"))
		default:
			details = append(details, action("Build", "Succeeded", "build:"+id, ""), action("Deploy", "Succeeded", "", ""))
		}
		slices.Reverse(details) // newest first, as CodePipeline lists them
		reply(map[string]any{"actionExecutionDetails": details})
	case "BatchGetBuilds":
		reply(map[string]any{"builds": []any{map[string]any{"id": "build:1", "buildStatus": "FAILED",
			"logs": map[string]any{"groupName": "/aws/codebuild/fake", "streamName": "stream-1"}}}})
	case "FilterLogEvents":
		// Container logs: the lines AppLog added to the group, from startTime on.
		group, _ := in["logGroupName"].(string)
		start, _ := in["startTime"].(float64)
		pattern, _ := in["filterPattern"].(string)
		var events []any
		for i, l := range f.appLogs[group] {
			if float64(l.at) >= start && strings.Contains(l.message, pattern) {
				events = append(events, map[string]any{"eventId": fmt.Sprintf("%s-%d", group, i), "timestamp": l.at, "message": l.message})
			}
		}
		reply(map[string]any{"events": events})
	case "GetLogEvents":
		// The build log: from the head three lines a page, with a forward token
		// that repeats at the end, as CloudWatch Logs does; else the last lines.
		from, to := 0, len(f.buildLog)
		if head, _ := in["startFromHead"].(bool); head {
			token, _ := in["nextToken"].(string)
			fmt.Sscanf(token, "f/%d", &from)
			to = min(from+3, len(f.buildLog))
		} else if limit, ok := in["limit"].(float64); ok {
			from = max(0, to-int(limit))
		}
		var events []any
		for i := from; i < to; i++ {
			events = append(events, map[string]any{"timestamp": 1767225600000 + i, "message": f.buildLog[i]})
		}
		reply(map[string]any{"events": events, "nextForwardToken": fmt.Sprintf("f/%d", to)})
	case "DescribeServices":
		// A service's name is "<stack>-ServiceName" (fakeOutput): its stack holds its desired count.
		var services []any
		names, _ := in["services"].([]any)
		for _, n := range names {
			name, _ := n.(string)
			stack := strings.TrimSuffix(name, "-ServiceName")
			counts := f.desired[stack]
			if len(counts) == 0 {
				continue
			}
			d := counts[len(counts)-1]
			running, events := d, []any{map[string]any{"id": "e1", "createdAt": 1767225600, "message": "(service " + name + ") has reached a steady state."}}
			if f.crashing {
				running = 0
				events = append([]any{map[string]any{"id": "e2", "createdAt": 1767225660, "message": "(service " + name + ") has started 1 tasks: (task 1). (service " + name + ") deployment failed: tasks failed to start."}}, events...)
			}
			var tags []any
			for k, v := range f.serviceTags[stack] {
				tags = append(tags, map[string]any{"key": k, "value": v})
			}
			td := "arn:aws:ecs:us-east-1:123456789012:task-definition/" + stack + ":1"
			if f.serviceTD[stack] != "" {
				td = f.serviceTD[stack]
			}
			rollout := "COMPLETED"
			if f.crashing {
				rollout = "FAILED"
			}
			services = append(services, map[string]any{"serviceName": name, "status": "ACTIVE", "desiredCount": d, "runningCount": running, "pendingCount": 0,
				"serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/fake/" + name, "tags": tags,
				"deployments":    []any{map[string]any{"status": "PRIMARY", "rolloutState": rollout, "taskDefinition": td}},
				"taskDefinition": td, "events": events})
		}
		reply(map[string]any{"services": services})
	case "DescribeImages":
		// A repository "<root>-api<name>-<X>RepositoryUri" holds an image per
		// succeeded run of api <name>, tagged with the run's ID; latest is the
		// newest, or the one PutImage moved it to.
		repo, _ := in["repositoryName"].(string)
		images := f.images(repo)
		if ids, _ := in["imageIds"].([]any); len(ids) > 0 {
			want, _ := ids[0].(map[string]any)["imageTag"].(string)
			images = slices.DeleteFunc(images, func(i map[string]any) bool { return !slices.Contains(i["imageTags"].([]string), want) })
			if len(images) == 0 {
				w.WriteHeader(http.StatusBadRequest)
				fmt.Fprintf(w, `{"__type":"ImageNotFoundException","message":"The image with imageId {imageTag:'%s'} does not exist within the repository with name '%s'"}`, want, repo)
				return
			}
		}
		var details []any
		for _, i := range images {
			details = append(details, i)
		}
		reply(map[string]any{"imageDetails": details})
	case "BatchGetImage":
		repo, _ := in["repositoryName"].(string)
		ids, _ := in["imageIds"].([]any)
		want, _ := ids[0].(map[string]any)["imageTag"].(string)
		for _, i := range f.images(repo) {
			if slices.Contains(i["imageTags"].([]string), want) {
				reply(map[string]any{"images": []any{map[string]any{"repositoryName": repo, "imageId": map[string]any{"imageTag": want}, "imageManifest": "manifest:" + i["imageTags"].([]string)[0]}}})
				return
			}
		}
		reply(map[string]any{"images": []any{}, "failures": []any{map[string]any{"failureCode": "ImageNotFound", "failureReason": "Requested image not found"}}})
	case "PutImage":
		repo, _ := in["repositoryName"].(string)
		manifest, _ := in["imageManifest"].(string)
		f.latest[repo] = strings.TrimPrefix(manifest, "manifest:")
		reply(map[string]any{"image": map[string]any{"repositoryName": repo}})
	case "RegisterTaskDefinition":
		family, _ := in["family"].(string)
		f.seq++
		arn := fmt.Sprintf("arn:aws:ecs:us-east-1:123456789012:task-definition/%s:%d", family, f.seq)
		f.taskDefs[arn], _ = in["containerDefinitions"].([]any)
		reply(map[string]any{"taskDefinition": map[string]any{"taskDefinitionArn": arn}})
	case "UpdateService":
		name, _ := in["service"].(string)
		stack := strings.TrimSuffix(name, "-ServiceName")
		if td, _ := in["taskDefinition"].(string); td != "" {
			f.serviceTD[stack] = td
		}
		if force, _ := in["forceNewDeployment"].(bool); force {
			f.restarts = append(f.restarts, stack)
		}
		if n, ok := in["desiredCount"].(float64); ok {
			f.desired[stack] = append(f.desired[stack], int(n))
		}
		reply(map[string]any{"service": map[string]any{"serviceName": name}})
	case "TagResource", "UntagResource":
		arn, _ := in["resourceArn"].(string)
		stack := strings.TrimSuffix(arn[strings.LastIndex(arn, "/")+1:], "-ServiceName")
		if f.serviceTags[stack] == nil {
			f.serviceTags[stack] = map[string]string{}
		}
		tags, _ := in["tags"].([]any)
		for _, t := range tags {
			m, _ := t.(map[string]any)
			k, _ := m["key"].(string)
			v, _ := m["value"].(string)
			f.serviceTags[stack][k] = v
		}
		keys, _ := in["tagKeys"].([]any)
		for _, k := range keys {
			delete(f.serviceTags[stack], fmt.Sprint(k))
		}
		reply(map[string]any{})
	case "DescribeTaskDefinition":
		// The task runs its API's images at the tag of the last pipeline run ("latest" before one),
		// or as a registered revision says.
		td, _ := in["taskDefinition"].(string)
		if defs, ok := f.taskDefs[td]; ok {
			reply(map[string]any{"taskDefinition": map[string]any{"taskDefinitionArn": td, "family": "fake", "containerDefinitions": defs}})
			return
		}
		stack := strings.TrimSuffix(td[strings.LastIndex(td, "/")+1:], ":1")
		tag := "latest"
		for _, r := range f.runs {
			if r.outcome == "Succeeded" && strings.HasSuffix(stack, "-api"+r.api) {
				tag = r.id
			}
		}
		reply(map[string]any{"taskDefinition": map[string]any{"taskDefinitionArn": td, "family": stack, "containerDefinitions": []any{
			map[string]any{"name": "api", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/" + stack + "-api:" + tag}}}})
	case "ListTasks":
		// Stopped tasks exist where a deployment failed, or where CrashLoop made them.
		crashed := f.crashing
		for _, r := range f.runs {
			crashed = crashed || r.outcome == "DeployFailed"
		}
		if !crashed {
			reply(map[string]any{"taskArns": []string{}})
			return
		}
		reply(map[string]any{"taskArns": []string{"arn:aws:ecs:us-east-1:123456789012:task/fake/1"}})
	case "DescribeTasks":
		reply(map[string]any{"tasks": []any{map[string]any{"taskArn": "arn:aws:ecs:us-east-1:123456789012:task/fake/1",
			"stoppedReason": "Essential container in task exited",
			"containers":    []any{map[string]any{"name": "api", "exitCode": 1, "reason": "Error: Cannot find module 'express'"}}}}})
	default:
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintf(w, `{"__type":"UnknownOperationException","message":"the fake does not do %s"}`, op)
	}
}

// stack finds a stack by name or ID.
func (f *Fake) stack(nameOrID string) *fakeStack {
	if s, ok := f.stacks[nameOrID]; ok {
		return s
	}
	for _, s := range f.stacks {
		if s.id == nameOrID {
			return s
		}
	}
	return nil
}

func (f *Fake) cloudFormation(w http.ResponseWriter, form url.Values) {
	action := form.Get("Action")
	switch action {
	case "DescribeStacks":
		s := f.stack(form.Get("StackName"))
		if s == nil {
			cfnError(w, "ValidationError", "Stack with id "+form.Get("StackName")+" does not exist")
			return
		}
		if s.busyPolls > 0 {
			if s.busyPolls--; s.busyPolls == 0 {
				s.status = s.afterBusy
			}
		}
		if s.pending != nil {
			if s.polls > 0 {
				s.polls--
			} else {
				finish := s.pending
				s.pending = nil
				finish()
			}
		}
		if f.stack(form.Get("StackName")) == nil { // deleted: gone by name, as in CloudFormation
			cfnError(w, "ValidationError", "Stack with id "+form.Get("StackName")+" does not exist")
			return
		}
		var outs strings.Builder
		for _, o := range s.outputs {
			key, value, literal := strings.Cut(o, "=")
			switch ref, isRef := strings.CutPrefix(value, refMark); {
			case isRef && s.nested[ref] != nil:
				value = s.nested[ref].id
			case !literal || isRef:
				value = fakeOutput(s.name, key)
			}
			fmt.Fprintf(&outs, "<member><OutputKey>%s</OutputKey><OutputValue>%s</OutputValue></member>", key, esc(value))
		}
		var tags strings.Builder
		for _, k := range slices.Sorted(maps.Keys(s.tags)) {
			fmt.Fprintf(&tags, "<member><Key>%s</Key><Value>%s</Value></member>", esc(k), esc(s.tags[k]))
		}
		writeXML(w, action, fmt.Sprintf("<Stacks><member><StackName>%s</StackName><StackId>%s</StackId><StackStatus>%s</StackStatus><StackStatusReason>%s</StackStatusReason><CreationTime>2026-01-01T00:00:00Z</CreationTime><Outputs>%s</Outputs><Tags>%s</Tags></member></Stacks>",
			s.name, s.id, s.status, esc(s.reason), outs.String(), tags.String()))
	case "CreateChangeSet":
		f.createChangeSet(w, form)
	case "DescribeChangeSet":
		cs := f.sets[form.Get("ChangeSetName")]
		if cs == nil {
			cfnError(w, "ChangeSetNotFound", "ChangeSet "+form.Get("ChangeSetName")+" does not exist")
			return
		}
		var changes strings.Builder
		for _, c := range cs.changes {
			child := ""
			if c.childSet != "" {
				child = "<ChangeSetId>" + c.childSet + "</ChangeSetId>"
			}
			fmt.Fprintf(&changes, "<member><Type>Resource</Type><ResourceChange><Action>%s</Action><LogicalResourceId>%s</LogicalResourceId><ResourceType>%s</ResourceType><Replacement>%s</Replacement>%s</ResourceChange></member>",
				c.action, c.logical, c.typ, c.replacement, child)
		}
		writeXML(w, action, fmt.Sprintf("<ChangeSetId>%s</ChangeSetId><StackName>%s</StackName><Status>%s</Status><StatusReason>%s</StatusReason><ExecutionStatus>AVAILABLE</ExecutionStatus><Changes>%s</Changes>",
			cs.id, cs.stack, cs.status, esc(cs.reason), changes.String()))
	case "DeleteChangeSet":
		if cs := f.sets[form.Get("ChangeSetName")]; cs != nil {
			f.dropSet(cs)
		}
		writeXML(w, action, "")
	case "ExecuteChangeSet":
		cs := f.sets[form.Get("ChangeSetName")]
		if cs == nil || cs.status != "CREATE_COMPLETE" {
			cfnError(w, "InvalidChangeSetStatus", "the change set cannot be executed")
			return
		}
		f.execute(f.stacks[cs.stack], cs)
		f.dropSet(cs)
		writeXML(w, action, "")
	case "DescribeStackEvents":
		s := f.stack(form.Get("StackName"))
		if s == nil {
			cfnError(w, "ValidationError", "Stack "+form.Get("StackName")+" does not exist")
			return
		}
		var b strings.Builder
		for i := len(s.events) - 1; i >= 0; i-- { // newest first
			e := s.events[i]
			fmt.Fprintf(&b, "<member><EventId>%s</EventId><StackName>%s</StackName><LogicalResourceId>%s</LogicalResourceId><PhysicalResourceId>%s</PhysicalResourceId><ResourceType>%s</ResourceType><ResourceStatus>%s</ResourceStatus><ResourceStatusReason>%s</ResourceStatusReason><Timestamp>%s</Timestamp></member>",
				e.id, s.name, e.logical, e.physical, e.typ, e.status, esc(e.reason), time.Now().UTC().Format(time.RFC3339))
		}
		writeXML(w, action, "<StackEvents>"+b.String()+"</StackEvents>")
	case "ListStackResources":
		s := f.stack(form.Get("StackName"))
		if s == nil {
			cfnError(w, "ValidationError", "Stack with id "+form.Get("StackName")+" does not exist")
			return
		}
		var b strings.Builder
		resources := s.resources
		if s.pending != nil {
			resources = s.creating
		}
		for _, id := range slices.Sorted(maps.Keys(resources)) {
			phys := s.name + "-" + id
			if child := s.nested[id]; child != nil {
				phys = child.id
			}
			fmt.Fprintf(&b, "<member><LogicalResourceId>%s</LogicalResourceId><PhysicalResourceId>%s</PhysicalResourceId><ResourceType>%s</ResourceType><ResourceStatus>CREATE_COMPLETE</ResourceStatus><LastUpdatedTimestamp>2026-01-01T00:00:00Z</LastUpdatedTimestamp></member>", id, phys, resources[id].Type)
		}
		writeXML(w, action, "<StackResourceSummaries>"+b.String()+"</StackResourceSummaries>")
	case "CancelUpdateStack":
		s := f.stack(form.Get("StackName"))
		if s == nil || s.status != "UPDATE_IN_PROGRESS" {
			cfnError(w, "ValidationError", "CancelUpdateStack cannot be called from current stack status")
			return
		}
		s.status, s.pending, s.polls = "UPDATE_ROLLBACK_IN_PROGRESS", nil, 0
		f.event(s, s.name, "AWS::CloudFormation::Stack", s.status, "Stack update cancelled")
		s.pending = func() {
			s.status = "UPDATE_ROLLBACK_COMPLETE"
			f.event(s, s.name, "AWS::CloudFormation::Stack", s.status, "")
		}
		writeXML(w, action, "")
	case "GetTemplate":
		// The template's resources with their deletion policies: what reading one needs here.
		s := f.stack(form.Get("StackName"))
		if s == nil {
			cfnError(w, "ValidationError", "Stack with id "+form.Get("StackName")+" does not exist")
			return
		}
		tpl := map[string]any{}
		for id, r := range s.resources {
			tpl[id] = map[string]string{"Type": r.Type, "DeletionPolicy": r.Policy}
		}
		body, _ := json.Marshal(map[string]any{"Resources": tpl})
		writeXML(w, action, "<TemplateBody>"+esc(string(body))+"</TemplateBody>")
	case "DeleteStack":
		// The stack (nested ones with it) goes at the next DescribeStacks, or
		// ends DELETE_FAILED on a resource FailDelete named.
		s := f.stack(form.Get("StackName"))
		if s == nil {
			writeXML(w, action, "")
			return
		}
		s.status, s.polls = "DELETE_IN_PROGRESS", f.slow
		f.event(s, s.name, "AWS::CloudFormation::Stack", s.status, "User Initiated")
		s.pending = func() {
			for id, r := range s.resources {
				if reason := f.deleteFails[id]; reason != "" {
					f.event(s, id, r.Type, "DELETE_FAILED", reason)
					s.status, s.reason = "DELETE_FAILED", "The following resource(s) failed to delete: ["+id+"]."
					f.event(s, s.name, "AWS::CloudFormation::Stack", s.status, s.reason)
					return
				}
			}
			s.status = "DELETE_COMPLETE"
			delete(f.stacks, s.name)
			for _, child := range s.nested {
				delete(f.stacks, child.name)
			}
		}
		writeXML(w, action, "")
	default:
		cfnError(w, "InvalidAction", "the fake does not do "+action)
	}
}

// dropSet deletes a change set with its nested stacks' change sets, as CloudFormation does.
func (f *Fake) dropSet(cs *fakeSet) {
	delete(f.sets, cs.id)
	for _, child := range cs.children {
		f.dropSet(child)
	}
}

func fakeOutput(stack, key string) string {
	if key == "RootUrl" {
		return "https://fake123.execute-api.us-east-1.amazonaws.com"
	}
	return stack + "-" + key
}

func (f *Fake) createChangeSet(w http.ResponseWriter, form url.Values) {
	name, typ := form.Get("StackName"), form.Get("ChangeSetType")
	s := f.stacks[name]
	switch {
	case typ == "CREATE" && s != nil && s.status != "REVIEW_IN_PROGRESS":
		cfnError(w, "AlreadyExistsException", "Stack ["+name+"] already exists")
		return
	case typ == "UPDATE" && s == nil:
		cfnError(w, "ValidationError", "Stack ["+name+"] does not exist")
		return
	case s == nil:
		f.seq++
		s = &fakeStack{name: name, id: fmt.Sprintf("arn:aws:cloudformation:us-east-1:123456789012:stack/%s/%d", name, f.seq), status: "REVIEW_IN_PROGRESS", resources: map[string]fakeResource{}, nested: map[string]*fakeStack{}}
		f.stacks[name] = s
	}
	params := map[string]string{}
	for i := 1; form.Get(fmt.Sprintf("Parameters.member.%d.ParameterKey", i)) != ""; i++ {
		params[form.Get(fmt.Sprintf("Parameters.member.%d.ParameterKey", i))] = form.Get(fmt.Sprintf("Parameters.member.%d.ParameterValue", i))
	}
	cs, err := f.diff(s, []byte(form.Get("TemplateBody")), params)
	if err != nil {
		cfnError(w, "ValidationError", "Template format error: "+err.Error())
		return
	}
	cs.tags = map[string]string{}
	for i := 1; form.Get(fmt.Sprintf("Tags.member.%d.Key", i)) != ""; i++ {
		cs.tags[form.Get(fmt.Sprintf("Tags.member.%d.Key", i))] = form.Get(fmt.Sprintf("Tags.member.%d.Value", i))
	}
	writeXML(w, "CreateChangeSet", fmt.Sprintf("<Id>%s</Id><StackId>%s</StackId>", cs.id, s.id))
}

// diff makes a change set: the new template against the stack's, nested stacks
// against their templates, with replacement from the registry data.
func (f *Fake) diff(s *fakeStack, body []byte, params map[string]string) (*fakeSet, error) {
	resources, outputs, defaults, err := parseFakeTemplate(body)
	if err != nil {
		return nil, err
	}
	for k, v := range defaults {
		if _, set := params[k]; !set {
			if params == nil {
				params = map[string]string{}
			}
			params[k] = v
		}
	}
	// Properties are compared with their parameters' values, as CloudFormation does.
	for id, r := range resources {
		resources[id] = fakeResource{Type: r.Type, Props: resolve(r.Props, params), Policy: r.Policy}
	}
	f.seq++
	cs := &fakeSet{id: fmt.Sprintf("arn:aws:cloudformation:us-east-1:123456789012:changeSet/dockstack/%d", f.seq), stack: s.name,
		resources: resources, outputs: outputs, params: params, children: map[string]*fakeSet{}, status: "CREATE_COMPLETE"}
	f.sets[cs.id] = cs
	for _, id := range slices.Sorted(maps.Keys(resources)) {
		r, old := resources[id], s.resources[id]
		c := fakeChange{logical: id, typ: r.Type, action: "Add"}
		if r.Type == "AWS::CloudFormation::Stack" {
			child := s.nested[id]
			if child == nil {
				child = &fakeStack{name: s.name + "-" + id, resources: map[string]fakeResource{}, nested: map[string]*fakeStack{}}
			}
			childBody := f.objectAt(propString(r.Props, "TemplateURL"))
			if childBody == nil {
				return nil, fmt.Errorf("nested stack %s: no template at %s", id, propString(r.Props, "TemplateURL"))
			}
			childParams := map[string]string{}
			props, _ := r.Props.(map[string]any)["Properties"].(map[string]any)
			nestedParams, _ := props["Parameters"].(map[string]any)
			for k, v := range nestedParams {
				if s, ok := v.(string); ok {
					childParams[k] = s
				}
			}
			childSet, err := f.diff(child, childBody, childParams)
			if err != nil {
				return nil, err
			}
			if s.nested[id] != nil && len(childSet.changes) == 0 && reflect.DeepEqual(old.Props, r.Props) {
				delete(f.sets, childSet.id)
				continue
			}
			cs.children[id] = childSet
			c.childSet = childSet.id
		}
		if old.Type != "" {
			if reflect.DeepEqual(old.Props, r.Props) && c.childSet == "" {
				continue
			}
			c.action, c.replacement = "Modify", replacement(r.Type, old.Props, r.Props)
		}
		cs.changes = append(cs.changes, c)
	}
	for _, id := range slices.Sorted(maps.Keys(s.resources)) {
		if _, kept := resources[id]; !kept {
			cs.changes = append(cs.changes, fakeChange{logical: id, typ: s.resources[id].Type, action: "Remove", replacement: "False"})
		}
	}
	if len(cs.changes) == 0 && reflect.DeepEqual(params, s.params) {
		cs.status, cs.reason = "FAILED", "The submitted information didn't contain changes. Submit different information to create a change set."
	}
	return cs, nil
}

// replacement is True when a changed property causes replacement, per the registry data.
func replacement(typ string, before, after any) string {
	spec, _ := cfnspec.Load()
	bm, _ := before.(map[string]any)
	am, _ := after.(map[string]any)
	b, _ := bm["Properties"].(map[string]any)
	a, _ := am["Properties"].(map[string]any)
	out := "False"
	for name, p := range spec.Resources[typ].Properties {
		if reflect.DeepEqual(b[name], a[name]) {
			continue
		}
		switch p.CausesReplacement {
		case "yes":
			return "True"
		case "maybe":
			out = "Conditional"
		}
	}
	return out
}

func (f *Fake) objectAt(u string) []byte {
	parsed, err := url.Parse(u)
	if err != nil {
		return nil
	}
	bucket, _, _ := strings.Cut(parsed.Host, ".")
	return f.objects[bucket+"/"+strings.TrimPrefix(parsed.Path, "/")]
}

func propString(props any, key string) string {
	m, _ := props.(map[string]any)
	p, _ := m["Properties"].(map[string]any)
	s, _ := p[key].(string)
	return s
}

// execute starts a change set; the next DescribeStacks finishes it.
func (f *Fake) execute(s *fakeStack, cs *fakeSet) {
	op := "UPDATE"
	if s.status == "REVIEW_IN_PROGRESS" {
		op = "CREATE"
	}
	s.status = op + "_IN_PROGRESS"
	s.creating = cs.resources // listed while the operation runs, as CloudFormation lists them
	s.polls = f.slow
	f.event(s, s.name, "AWS::CloudFormation::Stack", s.status, "User Initiated")
	s.pending = func() {
		failed := ""
		for _, c := range cs.changes {
			if reason, ok := f.failOn[c.logical]; ok {
				delete(f.failOn, c.logical)
				f.event(s, c.logical, c.typ, op+"_FAILED", reason)
				failed = reason
				break
			}
			if c.action == "Remove" {
				f.event(s, c.logical, c.typ, "DELETE_COMPLETE", "")
				continue
			}
			f.event(s, c.logical, c.typ, map[string]string{"Add": "CREATE_COMPLETE", "Modify": "UPDATE_COMPLETE"}[c.action], "")
			if child := cs.children[c.logical]; child != nil {
				nested := s.nested[c.logical]
				if nested == nil {
					f.seq++
					nested = &fakeStack{name: child.stack, id: fmt.Sprintf("arn:aws:cloudformation:us-east-1:123456789012:stack/%s/%d", child.stack, f.seq), resources: map[string]fakeResource{}, nested: map[string]*fakeStack{}}
					s.nested[c.logical] = nested
					f.stacks[nested.name] = nested
				}
				if bad, reason := f.failingChild(child); bad != "" {
					// A resource of the nested stack fails; the parent sees only the embedded stack's failure.
					f.event(nested, bad, child.resources[bad].Type, op+"_FAILED", reason)
					f.event(nested, bad, child.resources[bad].Type, op+"_FAILED", "Resource creation cancelled")
					nested.status = "ROLLBACK_COMPLETE"
					f.eventPhysical(s, c.logical, nested.id, c.typ, op+"_FAILED", fmt.Sprintf("Embedded stack %s was not successfully created: The following resource(s) failed to create: [%s]. ", nested.id, bad))
					failed = reason
					break
				}
				nested.resources, nested.outputs, nested.params, nested.status = child.resources, child.outputs, child.params, "CREATE_COMPLETE"
				f.recordDesired(nested, child.changes)
			}
		}
		if failed != "" {
			s.status = map[string]string{"CREATE": "ROLLBACK_COMPLETE", "UPDATE": "UPDATE_ROLLBACK_COMPLETE"}[op]
			f.event(s, s.name, "AWS::CloudFormation::Stack", s.status, "")
			return
		}
		s.resources, s.outputs, s.params, s.tags = cs.resources, cs.outputs, cs.params, cs.tags
		f.recordDesired(s, cs.changes)
		s.status = op + "_COMPLETE"
		f.event(s, s.name, "AWS::CloudFormation::Stack", s.status, "")
	}
}

// recordDesired notes the desired count of an ECS service the change set
// creates or modifies; CloudFormation leaves a service it does not change alone.
func (f *Fake) recordDesired(s *fakeStack, changes []fakeChange) {
	for _, c := range changes {
		r := s.resources[c.logical]
		if r.Type != "AWS::ECS::Service" || c.action == "Remove" {
			continue
		}
		n := 0
		fmt.Sscan(propString(r.Props, "DesiredCount"), &n)
		if h := f.desired[s.name]; len(h) == 0 || h[len(h)-1] != n {
			f.desired[s.name] = append(h, n)
		}
	}
}

func (f *Fake) event(s *fakeStack, logical, typ, status, reason string) {
	f.eventPhysical(s, logical, "", typ, status, reason)
}

func (f *Fake) eventPhysical(s *fakeStack, logical, physical, typ, status, reason string) {
	f.seq++
	s.events = append(s.events, fakeEvent{id: fmt.Sprintf("e%d", f.seq), logical: logical, physical: physical, typ: typ, status: status, reason: reason})
}

// failingChild finds a resource of a nested change set that FailOn names.
func (f *Fake) failingChild(cs *fakeSet) (string, string) {
	for _, c := range cs.changes {
		if reason, ok := f.failOn[c.logical]; ok {
			delete(f.failOn, c.logical)
			return c.logical, reason
		}
	}
	return "", ""
}

// parseFakeTemplate reads a template's resources (type and properties, intrinsics kept as maps),
// output keys and parameter defaults.
func parseFakeTemplate(body []byte) (map[string]fakeResource, []string, map[string]string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(body, &doc); err != nil {
		return nil, nil, nil, err
	}
	tpl, _ := plainValue(doc.Content[0]).(map[string]any)
	resources := map[string]fakeResource{}
	rs, _ := tpl["Resources"].(map[string]any)
	for id, r := range rs {
		m, _ := r.(map[string]any)
		typ, _ := m["Type"].(string)
		policy, _ := m["DeletionPolicy"].(string)
		resources[id] = fakeResource{Type: typ, Props: map[string]any{"Properties": m["Properties"]}, Policy: policy}
	}
	var outputs []string
	os, _ := tpl["Outputs"].(map[string]any)
	for _, k := range slices.Sorted(maps.Keys(os)) {
		// A literal value is returned as it is; a computed one as a stand-in.
		o, _ := os[k].(map[string]any)
		if v, literal := o["Value"].(string); literal {
			k += "=" + v
		} else if ref, ok := o["Value"].(map[string]any)["!Ref"].(string); ok {
			k += "=" + refMark + ref // a nested stack's ID, when ref names one
		}
		outputs = append(outputs, k)
	}
	defaults := map[string]string{}
	ps, _ := tpl["Parameters"].(map[string]any)
	for k, p := range ps {
		if d, ok := p.(map[string]any)["Default"].(string); ok {
			defaults[k] = d
		}
	}
	return resources, outputs, defaults, nil
}

// refMark starts an output value that is a !Ref, resolved when the stack is described.
const refMark = "\x00ref:"

// resolve is a property value with !Ref to parameters replaced by their values.
func resolve(v any, params map[string]string) any {
	switch v := v.(type) {
	case map[string]any:
		ref, short := v["!Ref"].(string)
		if long, ok := v["Ref"].(string); ok { // a JSON template's long form
			ref, short = long, true
		}
		if short && len(v) == 1 {
			if p, ok := params[ref]; ok {
				return p
			}
		}
		out := map[string]any{}
		for k, x := range v {
			out[k] = resolve(x, params)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = resolve(x, params)
		}
		return out
	}
	return v
}

func plainValue(n *yaml.Node) any {
	var v any
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = plainValue(n.Content[i+1])
		}
		v = m
	case yaml.SequenceNode:
		var l []any
		for _, c := range n.Content {
			l = append(l, plainValue(c))
		}
		v = l
	case yaml.AliasNode:
		return plainValue(n.Alias)
	default:
		v = n.Value
	}
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		return map[string]any{n.Tag: v}
	}
	return v
}
