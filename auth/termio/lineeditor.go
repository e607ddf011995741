package termio

import (
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// LineEditor reads lines from a terminal with editing (cursor keys, Home,
// End, Ctrl-A/E/K/U/W, Backspace) and the session's history (Up, Down), as
// an interactive Python prompt does. The terminal is in raw mode only while
// a line is read; in between, programs print to it as usual.
type LineEditor struct {
	// Complete, when set, completes the word before the cursor on Tab:
	// given the line and the cursor position (in bytes) it returns the
	// candidates, each replacing the last start..pos bytes of the line.
	// Tab after blanks (or at the start of a line) indents instead.
	Complete func(line string, pos int) (start int, candidates []string)

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
	e.t.AutoCompleteCallback = e.tab
}

// indent is what Tab inserts where there is nothing to complete (CPython's
// prompt inserts a tab character; four spaces keep a block's indentation
// consistent with lines typed with spaces).
const indent = "    "

// tab handles the Tab key: indentation, or completion of the word before
// the cursor (the longest common prefix of the candidates; when that adds
// nothing, the candidates are listed).
func (e *LineEditor) tab(line string, pos int, key rune) (string, int, bool) {
	if key != '\t' {
		return "", 0, false
	}
	before := line[:pos]
	if strings.TrimSpace(before) == "" || strings.HasSuffix(before, " ") || e.Complete == nil {
		return before + indent + line[pos:], pos + len(indent), true
	}
	start, cands := e.Complete(line, pos)
	if len(cands) == 0 || start < 0 || start > pos {
		return line, pos, true
	}
	common := cands[0]
	for _, c := range cands[1:] {
		for !strings.HasPrefix(c, common) {
			common = common[:len(common)-1]
		}
	}
	if len(common) <= pos-start {
		if len(cands) > 1 {
			// nothing to add: show the candidates above the line
			// (Terminal.Write redraws the prompt and the line after them)
			e.t.Write([]byte(strings.Join(cands, "  ") + "\n")) //nolint:errcheck
		}
		return line, pos, true
	}
	return line[:start] + common + line[pos:], start + len(common), true
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
