package termio

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/tests/testbin"
)

// openPTY opens a pseudo-terminal pair (testbin.OpenPTY).
func openPTY(t *testing.T) (master, slave *os.File) { return testbin.OpenPTY(t) }

// screen collects what the terminal shows.
type screen struct {
	t    *testing.T
	m    *os.File
	seen strings.Builder
}

// waitFor reads the terminal until it shows want (after the text already
// consumed) and returns everything shown so far.
func (s *screen) waitFor(want string) string {
	s.t.Helper()
	start := s.seen.Len()
	buf := make([]byte, 4096)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.seen.String()[start:], want) {
			return s.seen.String()
		}
		s.m.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
		n, _ := s.m.Read(buf)
		s.seen.Write(buf[:n])
	}
	s.t.Fatalf("the terminal never showed %q; it showed %q", want, s.seen.String())
	return ""
}

func (s *screen) send(text string) {
	s.t.Helper()
	if _, err := s.m.Write([]byte(text)); err != nil {
		s.t.Fatal(err)
	}
}

type result struct {
	line string
	err  error
}

// A hidden prompt never shows what is typed; echo comes back afterwards.
func TestHiddenPromptOnATerminal(t *testing.T) {
	m, sl := openPTY(t)
	scr := &screen{t: t, m: m}
	done := make(chan result, 1)
	go func() {
		line, err := (&Prompter{In: sl, Out: sl}).ReadLine("Password: ", true)
		done <- result{line, err}
	}()
	scr.waitFor("Password: ")
	scr.send("s3cr\x7fet-value\r")
	r := <-done
	if r.err != nil || r.line != "s3cet-value" {
		t.Fatalf("got %q, %v", r.line, r.err)
	}
	scr.waitFor("\n")
	if strings.Contains(scr.seen.String(), "s3c") {
		t.Fatalf("the password was echoed: %q", scr.seen.String())
	}
	// echo is on again: a plain prompt shows the answer
	go func() {
		line, err := (&Prompter{In: sl, Out: sl}).Prompt("Name", false)
		done <- result{line, err}
	}()
	scr.waitFor("Name: ")
	scr.send("visible\n")
	if r := <-done; r.err != nil || r.line != "visible" {
		t.Fatalf("got %q, %v", r.line, r.err)
	}
	scr.waitFor("visible")

	// Ctrl-C at a hidden prompt
	go func() {
		line, err := (&Prompter{In: sl, Out: sl}).ReadLine("Password: ", true)
		done <- result{line, err}
	}()
	scr.waitFor("Password: ")
	scr.send("abc\x03")
	if r := <-done; !errors.Is(r.err, ErrInterrupted) {
		t.Fatalf("Ctrl-C: %q, %v", r.line, r.err)
	}
}

// Without a terminal the answer is a plain line; the rest of the input is
// left for the next reader.
func TestPromptWithoutTerminal(t *testing.T) {
	in := strings.NewReader("first\r\nsecond\nlast")
	var out strings.Builder
	p := &Prompter{In: in, Out: &out}
	for _, want := range []string{"first", "second", "last"} {
		got, err := p.Prompt("Q", true)
		if err != nil || got != want {
			t.Fatalf("got %q, %v; want %q", got, err, want)
		}
	}
	if _, err := p.Prompt("Q", false); err != io.EOF {
		t.Fatalf("at the end: %v", err)
	}
	if out.String() != "Q: Q: Q: Q: " {
		t.Fatalf("prompts: %q", out.String())
	}
}

// The line editor edits with the cursor keys and recalls earlier lines.
func TestLineEditor(t *testing.T) {
	m, sl := openPTY(t)
	scr := &screen{t: t, m: m}
	e := NewLineEditor(sl, sl)
	done := make(chan result, 1)
	read := func(prompt, keys string) result {
		t.Helper()
		go func() {
			line, err := e.ReadLine(prompt)
			done <- result{line, err}
		}()
		scr.waitFor(prompt)
		scr.send(keys)
		return <-done
	}
	if r := read(">>> ", "abc\x1b[D\x1b[DX\r"); r.err != nil || r.line != "aXbc" {
		t.Fatalf("editing: %q %v", r.line, r.err)
	}
	if r := read(">>> ", "second\r"); r.line != "second" {
		t.Fatalf("second: %q %v", r.line, r.err)
	}
	if r := read("... ", "\x1b[A\x1b[A\r"); r.line != "aXbc" {
		t.Fatalf("history (up, up): %q %v", r.line, r.err)
	}
	if r := read(">>> ", "typed\x03"); !errors.Is(r.err, ErrInterrupted) {
		t.Fatalf("Ctrl-C: %q %v", r.line, r.err)
	}
	if r := read(">>> ", "fresh\r"); r.line != "fresh" {
		t.Fatalf("after Ctrl-C the old line is gone: %q %v", r.line, r.err)
	}
	if r := read(">>> ", "\x04"); r.err != io.EOF {
		t.Fatalf("Ctrl-D: %q %v", r.line, r.err)
	}
	if h := e.History(); strings.Join(h, "|") != "aXbc|second|aXbc|fresh" {
		t.Fatalf("history %q", h)
	}
}

// Tab indents after blanks and completes a word otherwise: the common
// prefix of the candidates, or their list when that adds nothing.
func TestLineEditorTab(t *testing.T) {
	m, sl := openPTY(t)
	scr := &screen{t: t, m: m}
	e := NewLineEditor(sl, sl)
	e.Complete = func(line string, pos int) (int, []string) {
		start := strings.LastIndexAny(line[:pos], " (") + 1
		var out []string
		for _, c := range []string{"print(", "pass ", "property(", "value"} {
			if strings.HasPrefix(c, line[start:pos]) {
				out = append(out, c)
			}
		}
		return start, out
	}
	done := make(chan result, 1)
	read := func(keys string) result {
		t.Helper()
		go func() {
			line, err := e.ReadLine(">>> ")
			done <- result{line, err}
		}()
		scr.waitFor(">>> ")
		scr.send(keys)
		return <-done
	}
	for _, c := range []struct{ keys, want string }{
		{"\tx\r", "    x"},
		{"  \tx\r", "      x"},
		{"pri\t1)\r", "print(1)"},
		{"x = va\t\r", "x = value"},
		{"pr\t\r", "pr"},
		{"zz\t\r", "zz"},
	} {
		if r := read(c.keys); r.err != nil || r.line != c.want {
			t.Fatalf("keys %q: %q %v, want %q", c.keys, r.line, r.err, c.want)
		}
	}
	if !strings.Contains(scr.seen.String(), "print(  property(") {
		t.Fatalf("the candidates were not listed:\n%q", scr.seen.String())
	}
}
