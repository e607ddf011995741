package sysmods

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/go-python/gpython/py"
)

// readPassword reads a line from the terminal with echo off (stty), or a
// plain line when stdin is not a terminal.
func readPassword(prompt string) (string, error) {
	if isTerminal(0) {
		tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
		if err == nil {
			defer tty.Close()
			fmt.Fprint(tty, prompt)
			off := exec.Command("stty", "-echo")
			off.Stdin = tty
			_ = off.Run()
			line, rerr := bufio.NewReader(tty).ReadString('\n')
			on := exec.Command("stty", "echo")
			on.Stdin = tty
			_ = on.Run()
			fmt.Fprintln(tty)
			if rerr != nil && line == "" {
				return "", py.ExceptionNewf(py.EOFError, "")
			}
			return strings.TrimRight(line, "\r\n"), nil
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

func getpassInit() {
	register("getpass", "Utilities to get a password and/or the current user name.", map[string]interface{}{
		"getpass": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var prompt, stream py.Object = py.String("Password: "), py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:getpass", []string{"prompt", "stream"}, &prompt, &stream); err != nil {
				return nil, err
			}
			p, err := pyStrArg(prompt, "getpass")
			if err != nil {
				return nil, err
			}
			s, err := readPassword(p)
			if err != nil {
				return nil, err
			}
			return py.String(s), nil
		},
		"getuser": func(self py.Object) (py.Object, error) {
			for _, v := range []string{"LOGNAME", "USER", "LNAME", "USERNAME"} {
				if u := os.Getenv(v); u != "" {
					return py.String(u), nil
				}
			}
			return py.String(fmt.Sprint(os.Getuid())), nil
		},
	}, py.StringDict{"GetPassWarning": py.UserWarning})
}
