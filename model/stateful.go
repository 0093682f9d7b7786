package model

import (
	"slices"
	"strings"

	"github.com/compose-spec/compose-go/v2/types"
)

// statefulImage describes an image known to keep data on disk: a database,
// broker or search engine, and the user its data directory belongs to.
type statefulImage struct {
	kind     string // "database", "message broker", "search engine", "object store"
	uid, gid int
	managed  string // the AWS service that runs it for you
}

// statefulImages are found by the image's name without registry, namespace
// library/ or tag; alpine variants of some use other ids (see ownerOf).
var statefulImages = map[string]statefulImage{
	"postgres":                        {"database", 999, 999, "Amazon RDS or Aurora PostgreSQL"},
	"postgis/postgis":                 {"database", 999, 999, "Amazon RDS for PostgreSQL"},
	"mysql":                           {"database", 999, 999, "Amazon RDS or Aurora MySQL"},
	"mariadb":                         {"database", 999, 999, "Amazon RDS for MariaDB"},
	"mongo":                           {"database", 999, 999, "Amazon DocumentDB"},
	"mssql/server":                    {"database", 10001, 0, "Amazon RDS for SQL Server"},
	"azure-sql-edge":                  {"database", 10001, 0, "Amazon RDS for SQL Server"},
	"cassandra":                       {"database", 999, 999, "Amazon Keyspaces"},
	"neo4j":                           {"database", 7474, 7474, "Amazon Neptune"},
	"couchdb":                         {"database", 5984, 5984, "Amazon DynamoDB"},
	"influxdb":                        {"database", 1000, 1000, "Amazon Timestream for InfluxDB"},
	"clickhouse/clickhouse-server":    {"database", 101, 101, "ClickHouse Cloud on AWS"},
	"elasticsearch":                   {"search engine", 1000, 0, "Amazon OpenSearch Service"},
	"elasticsearch/elasticsearch":     {"search engine", 1000, 0, "Amazon OpenSearch Service"},
	"opensearchproject/opensearch":    {"search engine", 1000, 1000, "Amazon OpenSearch Service"},
	"rabbitmq":                        {"message broker", 999, 999, "Amazon MQ for RabbitMQ"},
	"bitnami/kafka":                   {"message broker", 1001, 0, "Amazon MSK"},
	"confluentinc/cp-kafka":           {"message broker", 1000, 1000, "Amazon MSK"},
	"apache/kafka":                    {"message broker", 1000, 1000, "Amazon MSK"},
	"vectorized/redpanda":             {"message broker", 101, 101, "Amazon MSK"},
	"redpandadata/redpanda":           {"message broker", 101, 101, "Amazon MSK"},
	"minio/minio":                     {"object store", 0, 0, "Amazon S3"},
	"bitnami/postgresql":              {"database", 1001, 0, "Amazon RDS or Aurora PostgreSQL"},
	"bitnami/mysql":                   {"database", 1001, 0, "Amazon RDS or Aurora MySQL"},
	"bitnami/mongodb":                 {"database", 1001, 0, "Amazon DocumentDB"},
	"zookeeper":                       {"coordination service", 1000, 1000, "Amazon MSK"},
	"docker.elastic.co/elasticsearch": {"search engine", 1000, 0, "Amazon OpenSearch Service"},
}

// imageName is an image reference without registry host, library/ and tag or digest.
func imageName(ref string) string {
	name, _, _ := strings.Cut(ref, "@")
	if i := strings.LastIndex(name, ":"); i > strings.LastIndex(name, "/") {
		name = name[:i]
	}
	parts := strings.Split(name, "/")
	if len(parts) > 1 && (strings.ContainsAny(parts[0], ".:") || parts[0] == "localhost") {
		parts = parts[1:]
	}
	if len(parts) > 1 && parts[0] == "library" {
		parts = parts[1:]
	}
	return strings.Join(parts, "/")
}

// stateful finds an image in statefulImages, also by its last path element
// (mcr.microsoft.com/mssql/server, docker.redpanda.com/vectorized/redpanda).
func stateful(ref string) (statefulImage, bool) {
	name := imageName(ref)
	if s, ok := statefulImages[name]; ok {
		return s, true
	}
	if i := strings.Index(name, "/"); i >= 0 {
		if s, ok := statefulImages[name[i+1:]]; ok {
			return s, true
		}
	}
	return statefulImage{}, false
}

// ownerOf is the uid and gid that own a persistent volume of an image: the
// stateful image's own user (alpine builds of postgres use 70), else root.
func ownerOf(ref string) (int, int) {
	s, ok := stateful(ref)
	if !ok {
		return 0, 0
	}
	if imageName(ref) == "postgres" && strings.Contains(ref, "alpine") {
		return 70, 70
	}
	return s.uid, s.gid
}

// checkStateful warns about a database, broker or search engine that keeps its
// data in the task (it is lost on every deploy and task restart), and refuses
// replicas of a task holding one: each copy would be a database of its own.
func (cf *composeFile) checkStateful(p *types.Project, api *API) {
	for _, name := range cf.order {
		svc := p.Services[name]
		img, ok := statefulService(svc)
		if !ok {
			continue
		}
		c := api.Container(cf.containers[name])
		if c == nil {
			continue
		}
		if !slices.ContainsFunc(c.Mounts, func(m Mount) bool { return persistentVolume(api, m.Volume) }) {
			cf.r.Warnf(cf.rel, cf.keys.line("services", name, "image"), "service %q runs %s, a %s, without persistent storage: its data is lost on every deploy and task restart; mount a named volume at its data folder (dockstack keeps it on EFS), or use %s and point the app at it", name, svc.Image, img.kind, img.managed)
		}
		if api.Task.Replicas > 1 {
			cf.r.Errorf(cf.rel, cf.keys.line("services", name), "the services ask for %d replicas, but service %q runs %s, a %s: each task would hold a copy of its own, with data of its own; move it to an API of its own with one replica (or use %s), or run one replica", api.Task.Replicas, name, svc.Image, img.kind, img.managed)
		}
	}
}

func persistentVolume(api *API, name string) bool {
	for _, v := range api.Volumes {
		if v.Name == name {
			return v.Persistent
		}
	}
	return false
}
