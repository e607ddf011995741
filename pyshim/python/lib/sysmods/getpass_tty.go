package sysmods

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
)

// ErrPromptInterrupted is what a TerminalPassword function returns when
// Ctrl-C is typed at the prompt: getpass raises KeyboardInterrupt.
var ErrPromptInterrupted = errors.New("interrupted")

// TerminalPassword reads a line from the terminal tty with echo off,
// after showing prompt there. The program embedding the interpreter sets
// it to its terminal prompt (gowikibot: auth/termio, the project's one
// implementation; the interpreter imports nothing else of the project).
// Unset, getpass warns that the input may be echoed and reads a plain
// line, as CPython does when it cannot control echo.
var TerminalPassword func(tty *os.File, prompt string) (string, error)

// readPassword is getpass.getpass: on a terminal the prompt and the answer
// go through /dev/tty with echo off (TerminalPassword); otherwise the
// prompt goes to stderr and a line is read from stdin. Ctrl-C raises
// KeyboardInterrupt, the end of input EOFError, as in CPython.
func readPassword(prompt string) (string, error) {
	if isTerminal(0) {
		if tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0); err == nil {
			defer tty.Close()
			return readTTYPassword(tty, prompt)
		}
	}
	fmt.Fprint(os.Stderr, prompt)
	line, err := StdinReader().ReadString('\n')
	if err != nil && line == "" {
		if err == io.EOF {
			return "", py.ExceptionNewf(py.EOFError, "")
		}
		return "", py.ExceptionNewf(py.OSError, "%v", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func readTTYPassword(tty *os.File, prompt string) (string, error) {
	var line string
	var err error
	if TerminalPassword != nil {
		line, err = TerminalPassword(tty, prompt)
	} else {
		fmt.Fprintln(tty, "Warning: Password input may be echoed.")
		fmt.Fprint(tty, prompt)
		var b strings.Builder
		buf := make([]byte, 1)
		for {
			n, rerr := tty.Read(buf)
			if n == 1 && buf[0] != '\n' {
				b.WriteByte(buf[0])
			}
			if (n == 1 && buf[0] == '\n') || rerr != nil {
				line, err = strings.TrimSuffix(b.String(), "\r"), rerr
				if rerr != nil && line != "" {
					err = nil
				}
				break
			}
		}
	}
	switch {
	case errors.Is(err, ErrPromptInterrupted):
		return "", py.ExceptionNewf(py.KeyboardInterrupt, "")
	case errors.Is(err, io.EOF):
		fmt.Fprintln(tty)
		return "", py.ExceptionNewf(py.EOFError, "")
	case err != nil:
		return "", py.ExceptionNewf(py.OSError, "%v", err)
	}
	return line, nil
}
