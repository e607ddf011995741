package sysmods

import (
	"os"
	"os/exec"
	"strings"

	"github.com/go-python/gpython/py"
)

// osSystemInit replaces gpython's os.system (which captures the output and
// raises OSError on failure) with CPython's: /bin/sh -c command on the
// process's own stdin, stdout and stderr, returning the wait status.
func osSystemInit() {
	extendModule("os", map[string]interface{}{
		"system": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var c py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:system", []string{"command"}, &c); err != nil {
				return nil, err
			}
			cmd, err := fspath(c)
			if err != nil {
				return nil, err
			}
			if strings.IndexByte(cmd, 0) >= 0 {
				return nil, py.ExceptionNewf(py.ValueError, "embedded null byte")
			}
			flushStdStreams(self)
			return py.Int(runSystem(cmd)), nil
		},
	}, nil)
}

// flushStdStreams flushes the interpreter's sys.stdout and sys.stderr
// (whatever objects they are now), so that text written before a child
// process runs comes out before the child's. Errors are ignored.
func flushStdStreams(self py.Object) {
	g, err := sysGlobals(self)
	if err != nil {
		return
	}
	for _, name := range []string{"stdout", "stderr"} {
		if f, ok := g[name]; ok && f != nil && f != py.None {
			if fl, err := py.GetAttrString(f, "flush"); err == nil {
				_, _ = py.Call(fl, nil, nil)
			}
		}
	}
}

// runSystem runs /bin/sh -c cmd with the process's standard streams and
// returns its wait status as system(3) does: the exit code shifted left by
// 8, or the signal number for a child killed by a signal; -1 when the
// shell cannot be started.
func runSystem(cmd string) int {
	c := exec.Command("/bin/sh", "-c", cmd)
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := c.Run(); err != nil && c.ProcessState == nil {
		return -1
	}
	if ws, ok := waitStatus(c.ProcessState); ok {
		return ws
	}
	return c.ProcessState.ExitCode() << 8
}
