package main

import (
	"io"
	"os"

	"github.com/gowikibot/gowikibot/auth/termio"
)

// ioStreams are a command's standard input, output and error, and whether
// they are terminals: every command reads and writes through them, never
// os.Stdin/os.Stdout/os.Stderr, so that tests run commands in process and
// read what they print.
type ioStreams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
	// inTTY and outTTY report whether In and Out are terminals.
	inTTY, outTTY bool
}

// systemStreams are the process's own standard streams.
func systemStreams() *ioStreams {
	return &ioStreams{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		inTTY:  termio.IsTerminal(os.Stdin),
		outTTY: termio.IsTerminal(os.Stdout),
	}
}

// InIsTerminal reports whether the input is a terminal (prompts may hide
// what is typed; an interactive console may edit lines).
func (s *ioStreams) InIsTerminal() bool { return s.inTTY }

// OutIsTerminal reports whether the output is a terminal.
func (s *ioStreams) OutIsTerminal() bool { return s.outTTY }

// inFile is In when it is an *os.File (a terminal needs its descriptor),
// else nil.
func (s *ioStreams) inFile() *os.File {
	f, _ := s.In.(*os.File)
	return f
}

// prompter asks questions on these streams: the label on Err, the answer
// from In, hidden answers unechoed on a terminal.
func (s *ioStreams) prompter() *termio.Prompter {
	return &termio.Prompter{In: s.In, Out: s.Err}
}
