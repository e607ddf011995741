package bridge

import (
	"errors"
	"os"
	"os/exec"

	"github.com/go-python/gpython/py"
)

// pyRunCommand is _gowikibot.run_command(argv): it runs the program argv[0]
// with the arguments argv[1:] on the terminal (standard input, output and
// error are the script's own), waits for it and returns its exit status
// (-1 when it was killed by a signal). A program that cannot be started
// raises FileNotFoundError or OSError, as subprocess does.
func pyRunCommand(args []py.Object) (py.Object, error) {
	var argv []string
	var bad error
	err := py.Iterate(args[0], func(item py.Object) bool {
		s, ok := item.(py.String)
		if !ok {
			bad = py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", item.Type().Name)
			return true
		}
		argv = append(argv, string(s))
		return false
	})
	if err == nil {
		err = bad
	}
	if err != nil {
		return nil, err
	}
	if len(argv) == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	unlocked(func() { err = cmd.Run() })
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return py.Int(0), nil
	case errors.As(err, &exitErr):
		return py.Int(exitErr.ExitCode()), nil
	case errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist):
		return nil, py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", argv[0])
	}
	return nil, py.ExceptionNewf(py.OSError, "%s", err.Error())
}
