package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// question is a required flag that is asked for at a terminal when it is missing.
type question struct {
	flag    string
	prompt  string
	value   *string
	choices []string // asked as an arrow-key selection
	keyType bool     // a key NAME, then "Please choose the data type:"
}

// askMissing fills the missing required flags: at a terminal it asks, in the
// guide's words; otherwise it fails, naming every missing flag.
func askMissing(cmd *cobra.Command, qs []question) error {
	var missing []question
	for _, q := range qs {
		if *q.value == "" {
			missing = append(missing, q)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	in, isTTY := cmd.InOrStdin().(*os.File)
	if !isTTY || !term.IsTerminal(int(in.Fd())) {
		var flags []string
		for _, q := range missing {
			flags = append(flags, "--"+q.flag)
		}
		return fmt.Errorf("missing %s (not at a terminal, so nothing can be asked); see --help", strings.Join(flags, ", "))
	}
	p := &prompter{in: in, r: bufio.NewReader(in), out: cmd.ErrOrStderr()}
	for _, q := range missing {
		var err error
		switch {
		case q.choices != nil:
			*q.value, err = p.choose(q.prompt, q.choices, 0)
		case q.keyType:
			var name, typ string
			if name, err = p.text(q.prompt); err == nil {
				typ, err = p.choose("Please choose the data type:", []string{"string", "number", "binary"}, 0)
				*q.value = name + ":" + typ
			}
		default:
			*q.value, err = p.text(q.prompt)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// prompter asks questions at a terminal.
type prompter struct {
	in  *os.File
	r   *bufio.Reader
	out io.Writer
}

func (p *prompter) text(prompt string) (string, error) {
	for {
		fmt.Fprintf(p.out, "? %s: ", prompt)
		line, err := p.r.ReadString('\n')
		if err != nil {
			return "", fmt.Errorf("no answer to %q: %w", prompt, err)
		}
		if v := strings.TrimSpace(line); v != "" {
			return v, nil
		}
	}
}

// confirm asks a yes/no question; Enter takes the default.
func (p *prompter) confirm(prompt string, yes bool) (bool, error) {
	hint := map[bool]string{true: "(Y/n)", false: "(y/N)"}[yes]
	fmt.Fprintf(p.out, "? %s %s ", prompt, hint)
	line, err := p.r.ReadString('\n')
	if err != nil {
		return false, fmt.Errorf("no answer to %q: %w", prompt, err)
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "":
		return yes, nil
	case "y", "yes":
		return true, nil
	}
	return false, nil
}

// choose shows the choices with a cursor moved by the arrow keys; Enter picks.
func (p *prompter) choose(prompt string, choices []string, cursor int) (string, error) {
	state, err := term.MakeRaw(int(p.in.Fd()))
	if err != nil {
		return "", err
	}
	defer term.Restore(int(p.in.Fd()), state)
	draw := func(first bool) {
		if !first {
			fmt.Fprintf(p.out, "\x1b[%dA", len(choices)) // back to the first choice
		}
		for i, c := range choices {
			mark := "  "
			if i == cursor {
				mark = "> "
			}
			fmt.Fprintf(p.out, "\r\x1b[K%s%s\r\n", mark, c)
		}
	}
	fmt.Fprintf(p.out, "? %s (Use arrow keys)\r\n", prompt)
	draw(true)
	for {
		b, err := p.r.ReadByte()
		if err != nil {
			return "", err
		}
		switch b {
		case '\r', '\n':
			fmt.Fprintf(p.out, "\x1b[%dA\r\x1b[J? %s %s\r\n", len(choices)+1, prompt, choices[cursor])
			return choices[cursor], nil
		case 3: // Ctrl-C
			return "", fmt.Errorf("interrupted")
		case 'k':
			cursor = (cursor + len(choices) - 1) % len(choices)
		case 'j':
			cursor = (cursor + 1) % len(choices)
		case 0x1b:
			seq := make([]byte, 2)
			if _, err := io.ReadFull(p.r, seq); err != nil {
				return "", err
			}
			switch seq[1] {
			case 'A':
				cursor = (cursor + len(choices) - 1) % len(choices)
			case 'B':
				cursor = (cursor + 1) % len(choices)
			}
		}
		draw(false)
	}
}
