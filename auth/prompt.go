package auth

import (
	"errors"
	"io"
	"os"

	"github.com/gowikibot/gowikibot/auth/termio"
)

// TerminalUI prompts on a terminal: the label goes to Out, the answer is
// read from In; hidden answers are read with echo turned off when In is a
// terminal (termio.Prompter, the project's one prompt implementation).
type TerminalUI struct {
	In  io.Reader
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
	return termio.IsTerminal(f)
}

// Prompt implements UI.
func (t *TerminalUI) Prompt(label string, hidden bool) (string, error) {
	p := &termio.Prompter{In: t.In, Out: t.Out}
	line, err := p.Prompt(label, hidden)
	if errors.Is(err, termio.ErrInterrupted) {
		return "", errors.New("prompt interrupted (Ctrl-C)")
	}
	return line, err
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
