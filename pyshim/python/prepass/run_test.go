package prepass

import (
	"os"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

// runPy rewrites and runs src in a fresh gpython context with this
// package's helpers installed and returns its stdout, followed by the
// exception line on error.
func runPy(t testing.TB, src string) string {
	t.Helper()
	out, err := Rewrite(src, "<test>")
	if err != nil {
		return "SyntaxError: " + err.Error()
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	if err := Install(ctx); err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	sys, _ := ctx.GetModule("sys")
	sys.Globals["stdout"] = &capture{&buf}
	code, cerr := py.Compile(out, "<test>", py.ExecMode, 0, true)
	var res string
	if cerr != nil {
		res = "COMPILE: " + cerr.Error() + "\n--- rewritten:\n" + out
	} else {
		m, _ := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}, Code: code})
		if _, rerr := ctx.RunCode(code, m.Globals, m.Globals, nil); rerr != nil {
			res = "ERROR: " + excLine(rerr)
		}
	}
	return buf.String() + res
}

func excLine(err error) string {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return excLine(e.Value.(error))
	case *py.ExceptionInfo:
		return excLine(e.Value.(error))
	case *py.Exception:
		s, _ := py.Str(e)
		return e.Type().Name + ": " + strings.TrimSpace(string(s.(py.String)))
	}
	return err.Error()
}

// TestDevRun runs the file named by $PREPASS_RUN (a development aid).
func TestDevRun(t *testing.T) {
	f := os.Getenv("PREPASS_RUN")
	if f == "" {
		t.Skip("PREPASS_RUN not set")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("PREPASS_SHOW") != "" {
		out, err := Rewrite(string(src), f)
		t.Logf("rewritten (err %v):\n%s", err, out)
	}
	t.Logf("output:\n%s", runPy(t, string(src)))
}

var captureType = py.NewType("capture", "test stdout")

func init() {
	captureType.Dict["write"] = py.MustNewMethod("write", func(self py.Object, arg py.Object) (py.Object, error) {
		s, _ := arg.(py.String)
		self.(*capture).b.WriteString(string(s))
		return py.None, nil
	}, 0, "")
	captureType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		return py.None, nil
	}, 0, "")
}

type capture struct{ b *strings.Builder }

func (c *capture) Type() *py.Type { return captureType }
