package deploy

import (
	"fmt"
	"io"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// StackEvent is one resource's new status during a stack operation.
type StackEvent struct {
	Logical, Type, Status, Reason string
}

// Progress is all deploy shows: notes, and each stack operation as one line per
// event (CI and logs) or a live tree that updates in place (a terminal). The
// AWS side of deploy only calls it; it is the only place that draws.
type Progress interface {
	Note(text string) // a message, written as it is
	Start()           // a new stack operation begins
	Event(StackEvent) // a resource's new status
}

// lineProgress writes one line per event.
type lineProgress struct{ w io.Writer }

func (p lineProgress) Note(text string) { fmt.Fprintln(p.w, strings.TrimRight(text, "\n")) }

func (p lineProgress) Start() {}

func (p lineProgress) Event(e StackEvent) {
	line := fmt.Sprintf("  %-28s %-40s %s", e.Status, e.Logical, e.Type)
	if strings.HasSuffix(e.Status, "_FAILED") && e.Reason != "" {
		line += "  " + e.Reason
	}
	fmt.Fprintln(p.w, line)
}

// treeProgress keeps one row per resource, with its description, and redraws them in place.
type treeProgress struct {
	w            io.Writer
	descriptions map[string]string
	order        []string
	rows         map[string]StackEvent
	drawn        int
}

func newTreeProgress(w io.Writer, descriptions map[string]string) *treeProgress {
	return &treeProgress{w: w, descriptions: descriptions, rows: map[string]StackEvent{}}
}

// Note writes below the tree, which is then drawn afresh under it.
func (p *treeProgress) Note(text string) {
	fmt.Fprintln(p.w, strings.TrimRight(text, "\n"))
	p.drawn = 0
}

func (p *treeProgress) Start() {
	p.order, p.rows, p.drawn = nil, map[string]StackEvent{}, 0
}

func (p *treeProgress) Event(e StackEvent) {
	if _, ok := p.rows[e.Logical]; !ok {
		p.order = append(p.order, e.Logical)
	}
	p.rows[e.Logical] = e
	if p.drawn > 0 {
		fmt.Fprintf(p.w, "\x1b[%dA", p.drawn) // back to the first row
	}
	for _, id := range p.order {
		r := p.rows[id]
		mark := "…"
		switch {
		case strings.HasSuffix(r.Status, "_FAILED"):
			mark = "✗"
		case strings.HasSuffix(r.Status, "_COMPLETE") && !strings.Contains(r.Status, "ROLLBACK"):
			mark = "✓"
		}
		what := p.descriptions[id]
		if what == "" {
			what = r.Type
		}
		fmt.Fprintf(p.w, "\r\x1b[K  %s %-24s %-28s %s\n", mark, id, r.Status, what)
	}
	p.drawn = len(p.order)
}

// descriptions reads the one-line description gen writes into each resource's Metadata.
func descriptions(template string) map[string]string {
	var doc struct {
		Resources map[string]struct {
			Metadata struct {
				Description string `yaml:"Description"`
			} `yaml:"Metadata"`
		} `yaml:"Resources"`
	}
	out := map[string]string{}
	// Only Metadata is decoded, so the short-form tags in Properties are never looked at.
	if err := yaml.Unmarshal([]byte(template), &doc); err != nil {
		return out
	}
	for id, r := range doc.Resources {
		out[id] = r.Metadata.Description
	}
	return out
}

// heartbeatEvery is the longest deploy stays silent while it waits.
const heartbeatEvery = 30 * time.Second

// beat says, while deploy waits, what it waits for whenever nothing new was
// shown for heartbeatEvery, so a long wait (a slow resource, a build) is never silent.
type beat struct {
	now          func() time.Time
	start, quiet time.Time
	news         int
}

func (d *Deployer) heartbeat() *beat {
	t := d.now()
	return &beat{now: d.now, start: t, quiet: t}
}

// tick takes the count of things shown so far; say gets the time waited.
func (b *beat) tick(news int, say func(waited time.Duration)) {
	now := b.now()
	if news != b.news {
		b.news, b.quiet = news, now
		return
	}
	if now.Sub(b.quiet) >= heartbeatEvery {
		b.quiet = now
		say(now.Sub(b.start))
	}
}
