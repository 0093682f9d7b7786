package model

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Severity orders problems: an Info is a note, a Warning is something dockstack
// ignores or changes (an error under --strict), an Error stops the load.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	default:
		return "error"
	}
}

// Problem is one finding of a load. File is relative to the project root.
type Problem struct {
	Severity Severity
	File     string
	Line     int
	Message  string
}

func (p Problem) String() string {
	loc := p.File
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	if loc == "" {
		return fmt.Sprintf("%s: %s", p.Severity, p.Message)
	}
	return fmt.Sprintf("%s: %s: %s", loc, p.Severity, p.Message)
}

// Report collects every problem of a load, so the user sees them all at once.
type Report struct {
	Problems []Problem
}

func (r *Report) add(sev Severity, file string, line int, format string, args ...any) {
	r.Problems = append(r.Problems, Problem{Severity: sev, File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// moveLines gives the problems from the index from on that are reported in
// file past line offset to the file next, at line-offset: the positions of
// an override file merged over file follow file's own (yamlKeys.add).
func (r *Report) moveLines(from int, file string, offset int, next string) {
	for i := from; i < len(r.Problems); i++ {
		if p := &r.Problems[i]; p.File == file && p.Line > offset {
			p.File, p.Line = next, p.Line-offset
		}
	}
}

func (r *Report) Errorf(file string, line int, format string, args ...any) {
	r.add(Error, file, line, format, args...)
}

func (r *Report) Warnf(file string, line int, format string, args ...any) {
	r.add(Warning, file, line, format, args...)
}

func (r *Report) Infof(file string, line int, format string, args ...any) {
	r.add(Info, file, line, format, args...)
}

// Count returns how many problems are at least as severe as sev.
func (r *Report) Count(sev Severity) int {
	n := 0
	for _, p := range r.Problems {
		if p.Severity >= sev {
			n++
		}
	}
	return n
}

// Sorted returns the problems ordered by file, line and message, for stable output.
func (r *Report) Sorted() []Problem {
	ps := append([]Problem(nil), r.Problems...)
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		if ps[i].Line != ps[j].Line {
			return ps[i].Line < ps[j].Line
		}
		return ps[i].Message < ps[j].Message
	})
	return ps
}

// Err is nil when the load may go on: no errors, and no warnings when strict.
func (r *Report) Err(strict bool) error {
	limit := Error
	if strict {
		limit = Warning
	}
	var lines []string
	for _, p := range r.Sorted() {
		if p.Severity >= limit {
			lines = append(lines, p.String())
		}
	}
	if len(lines) == 0 {
		return nil
	}
	what := "error"
	if len(lines) > 1 {
		what = "errors"
	}
	if strict && r.Count(Error) < len(lines) {
		what += " (warnings count as errors with --strict)"
	}
	return errors.New(fmt.Sprintf("%d %s:\n  ", len(lines), what) + strings.Join(lines, "\n  "))
}

// hasFile reports whether any problem names file.
func (r *Report) hasFile(file string) bool {
	for _, p := range r.Problems {
		if p.File == file {
			return true
		}
	}
	return false
}

// Relocate shows every problem's file from another folder: dir is the path
// from the shell's folder to the project root ("" or "." leaves them as they are).
func (r *Report) Relocate(dir string) {
	if dir == "" || dir == "." {
		return
	}
	for i := range r.Problems {
		r.Problems[i].File = filepath.ToSlash(filepath.Join(dir, r.Problems[i].File))
	}
}

// serviceNoteRE splits a note about one compose service: `service "web": rest`.
var serviceNoteRE = regexp.MustCompile(`^service ("[^"]+"): (.*)$`)

// Shown are the problems as a person reads them: sorted, with notes that say
// the same of several services of one file in one line (`services "a", "b": ...`,
// at the first one's line). Warnings and errors stay one a line.
func (r *Report) Shown() []Problem {
	var out []Problem
	type group struct {
		at    int      // position in out
		names []string // quoted service names
		rest  string
	}
	groups := map[string]*group{} // file + note text
	for _, p := range r.Sorted() {
		m := serviceNoteRE.FindStringSubmatch(p.Message)
		if p.Severity != Info || m == nil {
			out = append(out, p)
			continue
		}
		key := p.File + "\x00" + m[2]
		if g, ok := groups[key]; ok {
			g.names = append(g.names, m[1])
			out[g.at].Message = "services " + strings.Join(g.names, ", ") + ": " + g.rest
			continue
		}
		groups[key] = &group{at: len(out), names: []string{m[1]}, rest: m[2]}
		out = append(out, p)
	}
	return out
}
