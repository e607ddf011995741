package sysmods

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/upstream"
)

var compileOnce sync.Once

// wrapCompile installs the Cell2arg fix of python's compile wrapper
// (upstream.FixCells) so that this package's tests run without importing
// python (which imports this package).
func wrapCompile() {
	compileOnce.Do(func() {
		base := py.Compile
		py.Compile = func(src, desc string, mode py.CompileMode, flags int, dont bool) (*py.Code, error) {
			c, err := base(src, desc, mode, flags, dont)
			if err == nil {
				upstream.FixCells(c)
			}
			return c, err
		}
	})
}

// runPy runs src (named file) with this layer installed, stdin as given,
// and returns stdout plus "[exit N]\nlast stderr line" on failure, as the
// conformance runner records it.
func runPy(t testing.TB, file, src, stdin string) string {
	wrapCompile()
	opts := py.DefaultContextOpts()
	opts.SysArgs = []string{file}
	opts.SysPaths = []string{filepath.Dir(file)}
	ctx := py.NewContext(opts)
	defer ctx.Close()
	if err := Install(ctx); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	sysm, _ := ctx.GetModule("sys")
	sysm.Globals["stdout"] = NewStream("<stdout>", 1, nil, &out)
	sysm.Globals["stderr"] = NewStream("<stderr>", 2, nil, &errb)
	sysm.Globals["stdin"] = NewStream("<stdin>", 0, bufio.NewReader(strings.NewReader(stdin)), nil)
	code, err := py.Compile(src, file, py.ExecMode, 0, true)
	if err == nil {
		func() {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("Go panic: %v", r)
				}
			}()
			_, err = py.RunCode(ctx, code, file, nil)
		}()
	}
	if err != nil {
		code, last := 1, ""
		var val py.Object
		switch e := err.(type) {
		case py.ExceptionInfo:
			val = e.Value
		case *py.Exception:
			val = e
		default:
			last = err.Error()
		}
		if val != nil {
			if val.Type().IsSubtype(py.SystemExit) {
				code = 0
				if args, ok := val.(*py.Exception).Args.(py.Tuple); ok && len(args) > 0 {
					switch a := args[0].(type) {
					case py.Int:
						code = int(a)
					case py.NoneType:
					default:
						code = 1
						last, _ = str(a)
					}
				}
				if code == 0 {
					return out.String()
				}
				if last == "" {
					lines := strings.Split(strings.TrimRight(errb.String(), "\n"), "\n")
					last = lines[len(lines)-1]
				}
			} else {
				last = excLine(val)
			}
		}
		fmt.Fprintf(&out, "[exit %d]\n%s\n", code, last)
	}
	return out.String()
}

// needsOtherLayers lists cases that also exercise behaviour provided by
// other layers (builtins, methods of built-in types); they run only in the
// full conformance test, where every layer is installed.
var needsOtherLayers = map[string]string{
	"mod_logging_basic":            "inspect.signature of logging.Formatter (keyword-only parameters: the pre-pass)",
	"dt_isinstance":                "isinstance with subclasses (classes layer)",
	"dt_timedelta_arith":           "bool() of an object (classes layer)",
	"sys_path_insert":              "list.insert (methods layer)",
	"dt_module_attrs":              "hash() builtin (classes layer)",
	"mod_os_environ":               "str() of KeyError is repr(key) (classes layer)",
	"sys_modules":                  "str() of KeyError is repr(key) (classes layer)",
	"mod_abc":                      "metaclasses (classes layer)",
	"mod_enum_basic":               "metaclasses and property (classes layer)",
	"mod_enum_int_flag":            "metaclasses and int subclasses (classes layer)",
	"mod_enum_mixins":              "metaclasses, str/int/float subclasses, f-strings (classes layer, pre-pass)",
	"mod_enum_custom_new":          "metaclasses and str/int subclasses (classes layer)",
	"dt_copy":                      "the copy module (textmods layer)",
	"dt_format_base_subclass":      "subclasses of the datetime types (classes layer)",
	"dt_subclass_format":           "subclasses of the datetime types (classes layer)",
	"dt_subclass_methods":          "subclasses of the datetime types (classes layer)",
	"dt_type_objects":              "type objects and isinstance (classes layer)",
	"dt_unbound":                   "unbound methods called on instances (classes layer)",
	"sys_exc_info":                 "exception classes defined by the script (classes layer)",
	"sys_exc_info_compound":        "the handler record of the bytecode hooks (classes and methods layers)",
	"sys_exc_info_threads_async":   "threads and coroutines (gomods and coro layers)",
	"sys_implementation_hash_info": "hash() builtin and float.__getformat__ (classes and methods layers)",
	"sys_modules_pop_update":       "str() of KeyError is repr(key) (classes layer)",
	"mod_traceback":                "traceback.StackSummary subclasses list (classes layer)",
	"mod_os_system":                "the child writes to the real stdout, not this test's capture",
	"mod_argparse_basic":           "argparse.Namespace is a Python class using str.isidentifier (methods layer)",
	"mod_argparse_misc":            "argparse.Namespace is a Python class using str.isidentifier (methods layer)",
	"mod_argparse_subparsers":      "argparse.Namespace is a Python class using str.isidentifier (methods layer)",
	"mod_argparse_sysargv":         "argparse.Namespace is a Python class using str.isidentifier (methods layer)",
	"mod_uuid":                     "uuid is our Python, with properties (classes layer)",
	"mod_logging_dictargs":         "a lone mapping argument is formatted with %, which takes a mapping in the methods layer",
}

// TestConformanceCases runs this package's conformance cases (sys_*, dt_*,
// mod_*) in-process against their recorded CPython output.
func TestConformanceCases(t *testing.T) {
	dir, _ := filepath.Abs("../../../../tests/conformance/cases")
	var files []string
	for _, p := range []string{"sys_*.py", "dt_*.py", "mod_*.py"} {
		m, _ := filepath.Glob(filepath.Join(dir, p))
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no cases")
	}
	cwd, _ := os.Getwd()
	defer os.Chdir(cwd)
	os.Chdir(dir)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			if why, ok := needsOtherLayers[name]; ok {
				t.Skipf("needs another compatibility layer (checked by tests/conformance): %s", why)
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatalf("no recorded output: %v", err)
			}
			got := runPy(t, filepath.Base(f), string(src), "line one\nline two\n")
			if got != string(want) {
				t.Errorf("differs from CPython\n--- want\n%s--- got\n%s", want, got)
			}
		})
	}
}
