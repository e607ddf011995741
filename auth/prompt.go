package auth

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// TerminalUI prompts on a terminal: the label goes to Out, the answer is
// read from In; hidden answers are read with echo turned off when In is a
// terminal.
type TerminalUI struct {
	In  *os.File
	Out io.Writer
}

// NewTerminalUI returns a UI on stdin/stderr, or nil when stdin is not a
// terminal (then a missing password is an error instead of a prompt).
func NewTerminalUI() UI {
	if !IsTerminal(os.Stdin) {
		return nil
	}
	return &TerminalUI{In: os.Stdin, Out: os.Stderr}
}

// IsTerminal reports whether f is a terminal.
func IsTerminal(f *os.File) bool {
	return isTerminalFd(int(f.Fd()))
}

// Prompt implements UI.
func (t *TerminalUI) Prompt(label string, hidden bool) (string, error) {
	fd := int(t.In.Fd())
	// echo goes off before the prompt shows, so nothing typed after it
	// can be echoed
	if hidden {
		if restore, ok := echoOff(fd); ok {
			defer func() {
				restore()
				fmt.Fprintln(t.Out)
			}()
		}
	}
	fmt.Fprint(t.Out, label+": ")
	line, err := readLine(t.In)
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return "", err
	}
	return line, nil
}

// readLine reads up to a newline one byte at a time, so no input beyond the
// line is consumed from the shared stdin.
func readLine(f io.Reader) (string, error) {
	var b strings.Builder
	buf := make([]byte, 1)
	for {
		n, err := f.Read(buf)
		if n == 1 {
			if buf[0] == '\n' {
				return strings.TrimSuffix(b.String(), "\r"), nil
			}
			b.WriteByte(buf[0])
		}
		if err != nil {
			return b.String(), err
		}
	}
}

// ScriptedUI answers prompts from a fixed list, for tests and for
// non-interactive two-factor flows. It records the labels it was asked.
type ScriptedUI struct {
	Answers []string
	Asked   []string
}

// Prompt implements UI.
func (s *ScriptedUI) Prompt(label string, hidden bool) (string, error) {
	s.Asked = append(s.Asked, label)
	if len(s.Answers) == 0 {
		return "", errors.New("no more scripted answers")
	}
	a := s.Answers[0]
	s.Answers = s.Answers[1:]
	return a, nil
}
