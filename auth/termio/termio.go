// Package termio is gowikibot's one implementation of terminal input, on
// golang.org/x/term: the prompts of logins and OAuth set-up (package auth),
// Python's getpass (through sysmods.TerminalPassword, which the command
// sets: the interpreter imports nothing of the project), and the line
// editor of the interactive console ("gowikibot python" without a script,
// "gowikibot shell").
//
// termio imports no other package of the project.
package termio

import (
	"errors"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// ErrInterrupted is returned when Ctrl-C is typed at a prompt that reads
// the terminal in raw mode (hidden input, the line editor): the caller
// raises KeyboardInterrupt or stops, as CPython does.
var ErrInterrupted = errors.New("interrupted")

// IsTerminal reports whether v is an *os.File open on a terminal.
func IsTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && f != nil && term.IsTerminal(int(f.Fd()))
}

// Prompter asks questions: the prompt goes to Out, the answer is read from
// In. When In is a terminal, hidden answers are read with echo off (turned
// off before the prompt is shown, so nothing typed after it is echoed).
type Prompter struct {
	In  io.Reader
	Out io.Writer
}

// Prompt shows label followed by ": " and returns the answer without its
// line end.
func (p *Prompter) Prompt(label string, hidden bool) (string, error) {
	return p.ReadLine(label+": ", hidden)
}

// ReadLine shows prompt as is and returns the line typed, without its line
// end. At the end of the input it returns what was read with io.EOF (a
// last line without a newline is returned with a nil error).
func (p *Prompter) ReadLine(prompt string, hidden bool) (string, error) {
	if f, ok := p.In.(*os.File); hidden && ok && IsTerminal(f) {
		return readHidden(f, p.Out, prompt)
	}
	if _, err := io.WriteString(p.Out, prompt); err != nil {
		return "", err
	}
	line, err := readLine(p.In)
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return line, err
	}
	return line, nil
}

// readHidden reads a line from the terminal f in raw mode, so that echo is
// off before the prompt shows; Ctrl-C gives ErrInterrupted, Ctrl-D on an
// empty line io.EOF.
func readHidden(f *os.File, out io.Writer, prompt string) (string, error) {
	fd := int(f.Fd())
	old, err := term.MakeRaw(fd)
	if err != nil {
		return "", err
	}
	defer term.Restore(fd, old) //nolint:errcheck // best effort: the terminal stays usable
	r := &ctrlCReader{r: oneByteReader{f}}
	t := term.NewTerminal(readWriter{r, out}, "")
	line, err := t.ReadPassword(prompt)
	if err != nil {
		if r.sawCtrlC {
			io.WriteString(out, "\r\n") //nolint:errcheck
			return "", ErrInterrupted
		}
		return "", err
	}
	return line, nil
}

// readLine reads up to a newline one byte at a time, so that no input
// beyond the line is taken from a shared stdin.
func readLine(r io.Reader) (string, error) {
	var b strings.Builder
	buf := make([]byte, 1)
	for {
		n, err := r.Read(buf)
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

// readWriter joins a reader and a writer for term.NewTerminal.
type readWriter struct {
	io.Reader
	io.Writer
}

// oneByteReader reads one byte per call, so that a hidden prompt leaves
// what follows its line in the terminal for the next reader.
type oneByteReader struct{ r io.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

// ctrlCReader notes a Ctrl-C byte and hands nothing after it to the
// terminal in the same read: x/term's Terminal answers both Ctrl-C and
// Ctrl-D with io.EOF, and the console must tell them apart.
type ctrlCReader struct {
	r        io.Reader
	sawCtrlC bool
	rest     []byte
}

func (c *ctrlCReader) Read(p []byte) (int, error) {
	var n int
	var err error
	if len(c.rest) > 0 {
		n = copy(p, c.rest)
		c.rest = c.rest[n:]
	} else {
		n, err = c.r.Read(p)
	}
	for i := 0; i < n; i++ {
		if p[i] == 3 {
			c.sawCtrlC = true
			c.rest = append(append([]byte{}, p[i+1:n]...), c.rest...)
			return i + 1, nil
		}
	}
	return n, err
}
