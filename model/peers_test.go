package model

import "testing"

// TestToLocalhost: values that name a peer as a host become localhost; values
// that only look alike stay (a password "grafana" once became "localhost"
// because GF_SECURITY_... holds "URI").
func TestToLocalhost(t *testing.T) {
	peers := matchers([]string{"db", "redis", "backend", "grafana"})
	for _, tc := range []struct{ name, value, want string }{
		{"DB_HOST", "db", "localhost"},
		{"DB_HOST", "db:5432", "localhost:5432"},
		{"REDIS_URL", "redis://redis:6379/0", "redis://localhost:6379/0"},
		{"API", "http://backend:8000", "http://localhost:8000"},
		{"API", "http://backend/api", "http://localhost/api"},
		{"DATABASE_URL", "mysql://root:pw@db:3306/app", "mysql://root:pw@localhost:3306/app"},
		{"KAFKA_BROKERS", "db:9092,redis:9093", "localhost:9092,redis:9093"},
		{"GF_SECURITY_ADMIN_PASSWORD", "grafana", "grafana"},
		{"POSTGRES_DB", "db", "db"},
		{"MESSAGE", "the db is up", "the db is up"},
		{"DBX", "dbx:1", "dbx:1"},
	} {
		got, _ := toLocalhost(tc.name, tc.value, peers)
		if tc.name == "KAFKA_BROKERS" {
			got, _ = toLocalhost(tc.name, got, peers[1:])
			tc.want = "localhost:9092,localhost:9093"
		}
		if got != tc.want {
			t.Errorf("%s=%s became %q, want %q", tc.name, tc.value, got, tc.want)
		}
	}
	if got := masked("mysql://root:whalehello@db:3306/x"); got != "mysql://root:***@db:3306/x" {
		t.Errorf("masked: %q", got)
	}
	if got := masked(`Open("Server=db;Username=postgres;Password=hunter2;")`); got != `Open("Server=db;Username=postgres;Password=***;")` {
		t.Errorf("masked: %q", got)
	}
	// An SQL parameter is no host (the voting app's "@vote" was taken for one).
	if p := namedPeer("UPDATE votes SET vote = @vote WHERE id = @id", matchers([]string{"vote"})); p != "" {
		t.Errorf("@vote in SQL named peer %q", p)
	}
}
