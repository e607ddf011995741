package bridge

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestRunCommand checks _gowikibot.run_command: the exit status of the
// program, its effect, and the Python errors for a missing program and
// for wrong arguments.
func TestRunCommand(t *testing.T) {
	dir := t.TempDir()
	marker := filepath.Join(dir, "ran")
	list := func(args ...string) py.Tuple {
		items := make([]py.Object, len(args))
		for i, a := range args {
			items[i] = py.String(a)
		}
		return py.Tuple{py.NewListFromItems(items)}
	}
	var runCommand function
	for _, f := range (&bridge{}).functions() {
		if f.sig.name == "run_command" {
			runCommand = f
		}
	}
	pyRunCommand := runCommand.call
	got, err := pyRunCommand(list("/bin/sh", "-c", "echo hi > \"$0\"; exit 3", marker), nil)
	if err != nil || got != py.Int(3) {
		t.Fatalf("exit status: got %v, %v; want 3", got, err)
	}
	if data, err := os.ReadFile(marker); err != nil || string(data) != "hi\n" {
		t.Errorf("the command did not run: %q, %v", data, err)
	}
	if got, err := pyRunCommand(py.Tuple{py.Tuple{py.String("true")}}, nil); err != nil || got != py.Int(0) {
		t.Errorf("true: got %v, %v; want 0", got, err)
	}
	_, err = pyRunCommand(list(filepath.Join(dir, "no-such-editor"), "x"), nil)
	if !py.IsException(py.FileNotFoundError, err) {
		t.Errorf("missing program: got %v, want FileNotFoundError", err)
	} else if e, ok := err.(*py.Exception); !ok || len(e.Args.(py.Tuple)) != 1 ||
		e.Args.(py.Tuple)[0] != py.String("[Errno 2] No such file or directory: '"+filepath.Join(dir, "no-such-editor")+"'") {
		t.Errorf("message: %#v", err)
	}
	for _, args := range []py.Tuple{{py.NewListFromItems([]py.Object{py.Int(1)})}, {}, list()} {
		_, err := pyRunCommand(args, nil)
		if !py.IsException(py.TypeError, err) && !py.IsException(py.IndexError, err) {
			t.Errorf("run_command%v: got %v, want TypeError or IndexError", args, err)
		}
	}
}
