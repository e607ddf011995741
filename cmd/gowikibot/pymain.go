package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// newMainModule makes the module __main__ whose source is named
// filename.
func newMainModule(in *python.Interp, filename string) (*py.Module, error) {
	m, err := in.Ctx.Store().NewModule(in.Ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: filename}})
	if err != nil {
		return nil, pyError(err)
	}
	delete(m.Globals, "__file__") // gpython names the module's source there
	return m, nil
}

// runMain runs src as a new module __main__ named filename; __file__ is
// set to file unless file is "" (code from -c has none).
func runMain(in *python.Interp, src, filename, file string) error {
	m, err := newMainModule(in, filename)
	if err != nil {
		return err
	}
	return execIn(in, m, src, filename, file)
}

// execIn compiles src as filename and runs it in m, with __file__ set to
// file unless file is "".
func execIn(in *python.Interp, m *py.Module, src, filename, file string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in the Python runtime (please report): %v", r)
		}
	}()
	code, err := in.Compile(src, filename)
	if err != nil {
		return pyError(err)
	}
	if file != "" {
		m.Globals["__file__"] = py.String(file)
	}
	if _, err := in.Ctx.RunCode(code, m.Globals, m.Globals, nil); err != nil {
		return pyError(err)
	}
	return nil
}

// pyError turns a Python exception returned by gpython into a
// *python.PyError with its CPython-style traceback.
func pyError(err error) error {
	info := sysmods.ExceptionInfoOf(err)
	if info == nil {
		return err
	}
	return &python.PyError{Info: info, Traceback: python.FormatTraceback(info)}
}

// runPythonModule is "python -m MODULE args": the module's file found on
// sys.path (a package runs its __main__), or an embedded module written in
// Python, runs as __main__ with sys.argv[0] its file, as CPython's runpy.
func runPythonModule(ios *ioStreams, name string, args []string) int {
	cwd, _ := os.Getwd()
	in, err := newInterp(ios, append([]string{"-m"}, args...), python.SysPath(cwd, nil))
	if err != nil {
		return reportError(ios, err)
	}
	defer in.Close()
	defer handleInterrupts(in)()
	m, err := newMainModule(in, "-m")
	if err != nil {
		return reportError(ios, err)
	}
	err = execModule(in, m, name)
	var nf *moduleNotFound
	if errors.As(err, &nf) {
		fmt.Fprintf(ios.Err, "%s: %v\n", executable(), nf.msg)
		return 1
	}
	bridge.CloseSites()
	return exitStatus(ios, err)
}

// moduleNotFound is a -m module that cannot be found or run.
type moduleNotFound struct{ msg string }

func (e *moduleNotFound) Error() string { return e.msg }

// execModule finds module name and runs it in m as runpy does for -m:
// sys.argv[0] and __file__ are the module's file.
func execModule(in *python.Interp, m *py.Module, name string) error {
	file, src, err := findModule(in, name)
	if err != nil {
		return &moduleNotFound{err.Error()}
	}
	if sysm, e := in.Ctx.GetModule("sys"); e == nil {
		if l, ok := sysm.Globals["argv"].(*py.List); ok && len(l.Items) > 0 {
			l.Items[0] = py.String(file)
		}
	}
	return execIn(in, m, src, file, file)
}

// findModule finds module name for -m: NAME.py or NAME/__main__.py under a
// sys.path folder, else an embedded module written in Python. It returns
// the file name and the source.
func findModule(in *python.Interp, name string) (file, src string, err error) {
	if name == "" || strings.HasPrefix(name, ".") {
		return "", "", fmt.Errorf("Relative module names not supported")
	}
	rel := filepath.Join(strings.Split(name, ".")...)
	for _, dir := range sysPath(in) {
		if dir == "" {
			dir, _ = os.Getwd()
		}
		for _, cand := range []string{filepath.Join(dir, rel+".py"), filepath.Join(dir, rel, "__main__.py")} {
			if data, e := os.ReadFile(cand); e == nil {
				return cand, string(data), nil
			}
		}
		if st, e := os.Stat(filepath.Join(dir, rel)); e == nil && st.IsDir() {
			return "", "", fmt.Errorf("No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name)
		}
	}
	if impl := lazymod.ModuleImpl(name); impl != nil {
		if src := python.ModuleSource(impl); src != "" {
			return impl.Info.FileDesc, src, nil
		}
		return "", "", fmt.Errorf("No code object available for %s", name)
	}
	return "", "", fmt.Errorf("No module named %s", name)
}

// sysPath is the interpreter's sys.path.
func sysPath(in *python.Interp) []string {
	sysm, err := in.Ctx.GetModule("sys")
	if err != nil {
		return nil
	}
	l, ok := sysm.Globals["path"].(*py.List)
	if !ok {
		return nil
	}
	var out []string
	for _, o := range l.Items {
		if s, ok := o.(py.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// executable is how CPython names itself in command-line errors: the
// program's path.
func executable() string {
	if exe, err := os.Executable(); err == nil {
		return exe
	}
	return "gowikibot"
}
