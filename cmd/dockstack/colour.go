package main

import (
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// ANSI colours for a terminal: errors and removals red, warnings and changes
// yellow, additions green. None when the output is not a terminal, when
// NO_COLOR is set (no-color.org) or TERM is dumb.
const (
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	green  = "\x1b[32m"
	reset  = "\x1b[0m"
)

// colourful reports whether w is a terminal that wants colour.
func colourful(w io.Writer) bool { return isTerminal(w) && wantsColour(os.Getenv) }

func wantsColour(getenv func(string) string) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

// paintProblem colours a problem line's severity word.
func paintProblem(line string) string {
	for word, c := range map[string]string{": error: ": red, ": warning: ": yellow} {
		if i := strings.Index(line, word); i >= 0 {
			return line[:i+2] + c + strings.TrimSpace(word[2:]) + reset + " " + line[i+len(word):]
		}
	}
	return line
}

// paintPlan colours a text plan's lines by their mark (+, ~, -) and any REPLACEMENT.
func paintPlan(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		mark := strings.TrimLeft(l, " ")
		c := ""
		switch {
		case strings.HasSuffix(l, "REPLACEMENT"), strings.HasPrefix(mark, "- "):
			c = red
		case strings.HasPrefix(mark, "~ "):
			c = yellow
		case strings.HasPrefix(mark, "+ "):
			c = green
		}
		if c != "" {
			lines[i] = c + l + reset
		}
	}
	return strings.Join(lines, "\n")
}

// paintProblemLines colours each problem line of an error (a report lists one per line).
func paintProblemLines(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = paintProblem(l)
	}
	return strings.Join(lines, "\n")
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// liveDisplay reports whether a terminal can redraw deploy's tree in place:
// TERM=dumb cannot move the cursor, so it gets a line per event.
func liveDisplay(getenv func(string) string) bool { return getenv("TERM") != "dumb" }
