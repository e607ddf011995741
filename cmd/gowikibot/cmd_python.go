package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/bridge"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/userconfig"
)

const pythonUsage = "usage: gowikibot [global options] python [-c CODE | -m MODULE | - | FILE] [args]"

// pythonRun is what "gowikibot python" was asked to run.
type pythonRun struct {
	code   string // -c CODE
	module string // -m MODULE
	file   string // FILE, or "-" for the program on stdin
	args   []string
	// interactive: no program was named.
	interactive bool
	// forceConsole (-i): the console after the program, or without one
	// even when stdin is not a terminal.
	forceConsole bool
	// version (-V, --version): print the Python version.
	version bool
}

// parsePythonArgs reads "python" options as CPython reads its command
// line: the first of -c CODE, -m MODULE, - or FILE ends the options and the
// rest become sys.argv[1:]. Other options before it are gowikibot's global
// options (-dir:, -family:, -v, ...); -V prints the Python version; -i
// opens the console after the program (or without one, even when stdin is
// not a terminal); -u, -B, -E, -s and -S are accepted and ignored (output
// is unbuffered, no bytecode is written, no site module runs).
func parsePythonArgs(args []string) (r pythonRun, globals []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-c" || a == "-m":
			if i+1 >= len(args) {
				return r, globals, fmt.Errorf("Argument expected for the %s option", a)
			}
			if a == "-c" {
				r.code = args[i+1]
			} else {
				r.module = args[i+1]
			}
			r.args = args[i+2:]
			return r, globals, nil
		case a == "-":
			r.file, r.args = "-", args[i+1:]
			return r, globals, nil
		case a == "-i":
			r.forceConsole = true
		case a == "-V" || a == "--version":
			r.version = true
			return r, globals, nil
		case a == "-u" || a == "-B" || a == "-E" || a == "-s" || a == "-S":
		case strings.HasPrefix(a, "-"):
			globals = append(globals, a)
		default:
			r.file, r.args = a, args[i+1:]
			return r, globals, nil
		}
	}
	r.interactive = true
	return r, globals, nil
}

func cmdPython(ios *ioStreams, args []string) int {
	r, globals, err := parsePythonArgs(args)
	if err != nil {
		fmt.Fprintf(ios.Err, "%s\n%s\n", err, pythonUsage)
		return 2
	}
	if r.version {
		return printPythonVersion(ios)
	}
	// Global options before the program configure the pywikibot package.
	bridge.SetGlobalArgs(globals)
	if err := userconfig.CheckGlobalArgs(globals); err != nil {
		return reportError(ios, err)
	}
	if r.forceConsole && !r.interactive && r.file != "-" {
		return runProgramThenConsole(ios, r)
	}
	switch {
	case r.code != "":
		return runPythonSource(ios, r.code, "<string>", append([]string{"-c"}, r.args...), cwdSysPath())
	case r.module != "":
		return runPythonModule(ios, r.module, r.args)
	case r.file == "-" || (r.interactive && !ios.InIsTerminal() && !r.forceConsole):
		// A program on stdin (as CPython reads a piped stdin).
		src, err := io.ReadAll(ios.In)
		if err != nil {
			return reportError(ios, err)
		}
		return runPythonSource(ios, string(src), "<stdin>", append([]string{"-"}, r.args...), cwdSysPath())
	case r.interactive:
		return runConsole(ios, consoleOptions{argv: []string{""}})
	}
	return runPythonFile(ios, r.file, r.args, nil)
}

// printPythonVersion prints "Python X.Y.Z" as CPython's -V does: the
// version the interpreter reports in sys.version.
func printPythonVersion(ios *ioStreams) int {
	in, err := python.New(python.Options{})
	if err != nil {
		return reportError(ios, err)
	}
	defer in.Close()
	version := "3"
	if sysm, err := in.Ctx.GetModule("sys"); err == nil {
		if v, ok := sysm.Globals["version"].(py.String); ok {
			version, _, _ = strings.Cut(string(v), " ")
		}
	}
	fmt.Fprintln(ios.Out, "Python "+version)
	return 0
}

// cwdSysPath is sys.path for code that is not a file (-c, stdin, the
// console): the empty entry (the current directory) first, as CPython's.
func cwdSysPath() []string {
	return append([]string{""}, python.SysPath("", nil)...)
}

// runProgramThenConsole is "python -i" with -c, -m or a file: the program
// runs, then the console in its namespace.
func runProgramThenConsole(ios *ioStreams, r pythonRun) int {
	o := consoleOptions{}
	switch {
	case r.code != "":
		o.argv, o.paths = append([]string{"-c"}, r.args...), cwdSysPath()
		o.program = func(in *python.Interp, m *py.Module) error { return execIn(in, m, r.code, "<string>", "") }
	case r.module != "":
		cwd, _ := os.Getwd()
		o.argv, o.paths = append([]string{"-m"}, r.args...), python.SysPath(cwd, nil)
		o.program = func(in *python.Interp, m *py.Module) error { return execModule(in, m, r.module) }
	default:
		src, err := readProgram(r.file)
		if err != nil {
			fmt.Fprintln(ios.Err, err)
			return 2
		}
		abs, _ := filepath.Abs(r.file)
		o.argv, o.paths = append([]string{r.file}, r.args...), python.SysPath(filepath.Dir(abs), nil)
		o.program = func(in *python.Interp, m *py.Module) error { return execIn(in, m, src, abs, abs) }
	}
	return runConsole(ios, o)
}

// readProgram reads a program file, or returns CPython's error for one it
// cannot open.
func readProgram(file string) (string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		abs, _ := filepath.Abs(file)
		msg := err.Error()
		var pe *os.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
			if errno, ok := pe.Err.(syscall.Errno); ok {
				msg = fmt.Sprintf("[Errno %d] %s", int(errno), strings.ToUpper(msg[:1])+msg[1:])
			}
		}
		return "", fmt.Errorf("%s: can't open file %s: %s", executable(), pyRepr(abs), msg)
	}
	// the program's text without a copy: data is not used again
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

// newInterp starts an interpreter on the command's streams with sys.argv
// argv and sys.path paths, and the site builtins exit and quit.
func newInterp(ios *ioStreams, argv, paths []string) (*python.Interp, error) {
	tuneGC()
	// An uncaught exception's traceback is printed before the atexit
	// callbacks run, as CPython does (pywikibot's reads sys.last_type).
	opts := python.Options{Argv: argv, Paths: paths, ReportUncaught: true}
	// The process's own streams are the interpreter's default; others
	// (tests, a captured run) become sys.stdin/stdout/stderr.
	if ios.In != io.Reader(os.Stdin) {
		opts.Stdin = ios.In
	}
	if ios.Out != io.Writer(os.Stdout) {
		opts.Stdout = ios.Out
	}
	if ios.Err != io.Writer(os.Stderr) {
		opts.Stderr = ios.Err
	}
	in, err := python.New(opts)
	if err != nil {
		return nil, err
	}
	if err := installSiteBuiltins(in); err != nil {
		in.Close()
		return nil, err
	}
	return in, nil
}

// siteBuiltins are what CPython's site module adds to builtins: exit() and
// quit(), whose repr tells how to leave the interactive prompt.
const siteBuiltins = `
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
`

func installSiteBuiltins(in *python.Interp) error {
	g := py.StringDict{"__name__": py.String("site")}
	if err := in.Exec(siteBuiltins, "<frozen site>", g); err != nil {
		return err
	}
	b := in.Ctx.Store().Builtins.Globals
	for _, n := range []string{"exit", "quit"} {
		if _, ok := b[n]; !ok {
			b[n] = g[n]
		}
	}
	return nil
}

// runPythonFile runs file as __main__ with sys.argv = [file] + args and
// extra import paths, returning the exit status as CPython would.
func runPythonFile(ios *ioStreams, file string, args []string, paths []string) int {
	return runFile(ios, runSpec{file: file, args: args, paths: paths})
}

// runSpec says how runFile runs a script file.
type runSpec struct {
	file  string   // the path given
	args  []string // sys.argv[1:]
	paths []string // extra import folders
	// asTyped compiles the script under the path as given (its __file__
	// and traceback file name), as pwb.py's run_python_file; otherwise
	// the absolute path, as CPython's "python FILE" since 3.9.
	asTyped bool
	prelude string // Python run before the script (wrapperPrelude)
}

// runFile runs s.file as __main__ and returns the exit status as CPython
// would.
func runFile(ios *ioStreams, s runSpec) int {
	src, err := readProgram(s.file)
	if err != nil {
		fmt.Fprintln(ios.Err, err)
		return 2
	}
	paths := s.paths
	dir, _ := filepath.Abs(filepath.Dir(s.file))
	if root := checkoutRoot(dir); root != "" {
		paths = append(paths, root)
	}
	in, err := newInterp(ios, append([]string{s.file}, s.args...), python.SysPath(dir, paths))
	if err != nil {
		return reportError(ios, err)
	}
	defer in.Close()
	if missingScriptDeps(in, ios.Out, s.file, s.args) {
		return 0
	}
	defer handleInterrupts(in)()
	if err := runPrelude(in, s.prelude); err != nil {
		bridge.CloseSites()
		return exitStatus(ios, err)
	}
	name := s.file
	if !s.asTyped {
		name, _ = filepath.Abs(s.file)
	}
	_, err = in.RunSource(src, name, "__main__")
	if s.prelude != "" {
		// run as pwb.py runs it: a script that does not compile fails
		// inside the wrapper's running code
		err = in.ReportCompileError(err)
	}
	bridge.CloseSites()
	return exitStatus(ios, err)
}

// runPythonSource runs src (from -c or stdin) as __main__ under the name
// filename: code from -c has no __file__, a program from stdin has
// __file__ '<stdin>', as in CPython.
func runPythonSource(ios *ioStreams, src, filename string, argv, paths []string) int {
	in, err := newInterp(ios, argv, paths)
	if err != nil {
		return reportError(ios, err)
	}
	defer in.Close()
	defer handleInterrupts(in)()
	file := filename
	if filename == "<string>" {
		file = ""
	}
	err = runMain(in, src, filename, file)
	bridge.CloseSites()
	return exitStatus(ios, err)
}

// handleInterrupts delivers every Ctrl-C to the running Python code as a
// KeyboardInterrupt; the returned function stops that.
func handleInterrupts(in *python.Interp) func() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() {
		for range sig {
			python.Interrupt(in)
		}
	}()
	return func() {
		signal.Stop(sig)
		close(sig)
	}
}

// exitStatus prints an uncaught exception as CPython does and returns the
// process status: SystemExit's code (a non-integer code is printed and
// gives 1), 130 for KeyboardInterrupt, 1 for any other exception.
func exitStatus(ios *ioStreams, err error) int {
	if err == nil {
		return 0
	}
	if code, msg, ok := systemExit(err); ok {
		if msg != "" {
			fmt.Fprintln(ios.Err, msg)
		}
		return code
	}
	var pe *python.PyError
	if !errors.As(err, &pe) || !pe.Reported {
		fmt.Fprint(ios.Err, err.Error()+"\n")
	}
	if python.IsKeyboardInterrupt(err) {
		return 130
	}
	return 1
}

// systemExit reports whether err is SystemExit, with its exit status and
// the text to print (for a code that is neither None nor an int).
func systemExit(err error) (code int, msg string, ok bool) {
	var pe *python.PyError
	if !errors.As(err, &pe) || pe.Info == nil || pe.Info.Type == nil || !pe.Info.Type.IsSubtype(py.SystemExit) {
		return 0, "", false
	}
	exc, _ := pe.Info.Value.(*py.Exception)
	if exc == nil {
		return 0, "", true
	}
	args, _ := exc.Args.(py.Tuple)
	if len(args) == 0 {
		return 0, "", true
	}
	switch v := args[0].(type) {
	case py.Int:
		return int(v), "", true
	case py.NoneType:
		return 0, "", true
	case py.Bool:
		if v {
			return 1, "", true
		}
		return 0, "", true
	default:
		s, serr := py.Str(v)
		if serr != nil {
			return 1, "", true
		}
		return 1, string(s.(py.String)), true
	}
}
