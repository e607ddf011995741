package sysmods

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/termio"
)

// readPassword is getpass.getpass: on a terminal the prompt and the answer
// go through /dev/tty with echo off (termio, the project's one terminal
// prompt); otherwise the prompt goes to stderr and a line is read from
// stdin. Ctrl-C raises KeyboardInterrupt, the end of input EOFError, as in
// CPython.
func readPassword(prompt string) (string, error) {
	if isTerminal(0) {
		tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
		if err == nil {
			defer tty.Close()
			line, err := (&termio.Prompter{In: tty, Out: tty}).ReadLine(prompt, true)
			switch {
			case errors.Is(err, termio.ErrInterrupted):
				return "", py.ExceptionNewf(py.KeyboardInterrupt, "")
			case errors.Is(err, io.EOF):
				fmt.Fprintln(tty)
				return "", py.ExceptionNewf(py.EOFError, "")
			case err != nil:
				return "", py.ExceptionNewf(py.OSError, "%v", err)
			}
			return line, nil
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
