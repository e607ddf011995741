package termio

import (
	"io"
	"os"

	"golang.org/x/term"
)

// LineEditor reads lines from a terminal with editing (cursor keys, Home,
// End, Ctrl-A/E/K/U/W, Backspace) and the session's history (Up, Down), as
// an interactive Python prompt does. The terminal is in raw mode only while
// a line is read; in between, programs print to it as usual.
type LineEditor struct {
	in      *os.File
	out     io.Writer
	r       *ctrlCReader
	t       *term.Terminal
	history *History
}

// NewLineEditor returns an editor reading the terminal in and echoing to
// out (normally the same terminal).
func NewLineEditor(in *os.File, out io.Writer) *LineEditor {
	e := &LineEditor{in: in, out: out, history: &History{}}
	e.reset()
	return e
}

// reset starts a fresh terminal state (after Ctrl-C the old one still holds
// the abandoned line); the history is kept.
func (e *LineEditor) reset() {
	e.r = &ctrlCReader{r: e.in}
	e.t = term.NewTerminal(readWriter{e.r, e.out}, "")
	e.t.History = e.history
}

// History returns the lines entered so far, oldest first.
func (e *LineEditor) History() []string {
	return append([]string(nil), e.history.lines...)
}

// ReadLine shows prompt and returns the line typed without its line end.
// Ctrl-D on an empty line gives io.EOF, Ctrl-C ErrInterrupted (the line
// typed so far is dropped).
func (e *LineEditor) ReadLine(prompt string) (string, error) {
	fd := int(e.in.Fd())
	old, err := term.MakeRaw(fd)
	if err != nil {
		return "", err
	}
	defer term.Restore(fd, old) //nolint:errcheck // best effort: the terminal stays usable
	if w, h, err := term.GetSize(fd); err == nil && w > 0 {
		e.t.SetSize(w, h) //nolint:errcheck
	}
	e.t.SetPrompt(prompt)
	e.r.sawCtrlC = false
	line, err := e.t.ReadLine()
	if err == term.ErrPasteIndicator {
		err = nil
	}
	if err != nil && e.r.sawCtrlC {
		rest := e.r.rest
		e.reset()
		e.r.rest = rest
		return "", ErrInterrupted
	}
	return line, err
}

// History is an unbounded in-memory history of entered lines
// (term.History); empty lines are not recorded.
type History struct {
	lines []string
}

// Add implements term.History.
func (h *History) Add(line string) {
	if line == "" {
		return
	}
	h.lines = append(h.lines, line)
}

// Len implements term.History.
func (h *History) Len() int { return len(h.lines) }

// At implements term.History: 0 is the most recent line.
func (h *History) At(i int) string { return h.lines[len(h.lines)-1-i] }
