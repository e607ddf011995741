package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gowikibot/gowikibot/auth/termio"
	"github.com/gowikibot/gowikibot/pyshim/bridge"
	"github.com/gowikibot/gowikibot/pyshim/python"
)

// consoleOptions configure an interactive console.
type consoleOptions struct {
	argv []string
	// paths are sys.path (default: "", the current directory, first).
	paths []string
	// program, when set, runs first in the console's namespace (python -i
	// with a program); its errors are printed and the console follows,
	// without a banner.
	program func(in *python.Interp, m *py.Module) error
	// filename names the console's code in tracebacks: "<stdin>" for
	// "python", "<console>" for "shell" (as code.interact names it).
	filename string
	// banner is printed to stderr first; "" prints the interpreter's.
	banner string
	// exitMsg is printed to stderr when the input ends (Ctrl-D).
	exitMsg string
	// promptToStdout: without a terminal, prompts go to stdout (as
	// code.interact's input() writes them) instead of stderr (as
	// CPython's own loop does).
	promptToStdout bool
	// setup prepares the namespace (the shell imports pywikibot); its
	// output goes where the console's does.
	setup func(in *python.Interp, globals py.StringDict) error
}

// lineReader reads the console's input lines.
type lineReader interface {
	ReadLine(prompt string) (string, error)
}

// plainReader reads lines from a stream that is not a terminal, with the
// prompts on stderr (as CPython does for "python -i < file").
type plainReader struct {
	p *termio.Prompter
}

func (r plainReader) ReadLine(prompt string) (string, error) {
	line, err := r.p.ReadLine(prompt, false)
	if err == io.EOF && line != "" {
		err = nil
	}
	return line, err
}

// runConsole runs an interactive interpreter as CPython's: ">>> " and
// "... " prompts (continuation after a line that opens a block, until an
// empty line, and inside open brackets or strings), each expression
// statement's repr printed and bound to _, tracebacks printed and the
// session going on, Ctrl-C dropping the current input, Ctrl-D or exit()
// ending it. On a terminal lines are edited and recalled (termio); the
// status is that of SystemExit, else 0.
func runConsole(ios *ioStreams, o consoleOptions) int {
	if o.filename == "" {
		o.filename = "<stdin>"
	}
	if o.paths == nil {
		o.paths = cwdSysPath()
	}
	in, err := newInterp(ios, o.argv, o.paths)
	if err != nil {
		return reportError(ios, err)
	}
	defer in.Close()
	defer handleInterrupts(in)()
	defer bridge.CloseSites()
	m, err := newMainModule(in, o.filename)
	if err != nil {
		return reportError(ios, err)
	}
	sysm, _ := in.Ctx.GetModule("sys")
	if sysm != nil {
		sysm.Globals["ps1"] = py.String(">>> ")
		sysm.Globals["ps2"] = py.String("... ")
	}
	if o.setup != nil {
		if err := o.setup(in, m.Globals); err != nil {
			return exitStatus(ios, pyError(err))
		}
	}
	// Expression statements print through sys.stdout, as sys.displayhook.
	oldPrint := vm.PrintExpr
	vm.PrintExpr = func(s string) { writeStdout(in, ios, s+"\n") }
	defer func() { vm.PrintExpr = oldPrint }()

	if o.program != nil {
		// As CPython's -i: even SystemExit only prints its traceback.
		if err := o.program(in, m); err != nil {
			fmt.Fprintln(ios.Err, err.Error())
		}
	} else {
		banner := o.banner
		if banner == "" {
			banner = pythonBanner(sysm)
		}
		fmt.Fprintln(ios.Err, banner)
	}

	promptOut := ios.Err
	if o.promptToStdout {
		promptOut = ios.Out
	}
	var rd lineReader = plainReader{&termio.Prompter{In: ios.In, Out: promptOut}}
	// Line editing needs both ends on the terminal (as CPython uses readline
	// only then); otherwise prompts go to stderr and lines are read plainly.
	if f := ios.inFile(); f != nil && ios.InIsTerminal() && ios.OutIsTerminal() {
		le := termio.NewLineEditor(f, ios.Out)
		le.Complete = (&completer{in: in, globals: m.Globals}).complete
		rd = le
	}
	var buf []string
	for {
		prompt := sysPrompt(sysm, "ps1", ">>> ")
		if len(buf) > 0 {
			prompt = sysPrompt(sysm, "ps2", "... ")
		}
		line, err := rd.ReadLine(prompt)
		switch {
		case errors.Is(err, termio.ErrInterrupted):
			fmt.Fprintln(ios.Err, "\nKeyboardInterrupt")
			buf = nil
			continue
		case err != nil:
			// Ctrl-D or the end of the input: CPython ends the prompt's
			// line on stderr; code.interact's farewell starts with that
			// newline
			if o.exitMsg == "" {
				fmt.Fprintln(ios.Err)
			} else {
				fmt.Fprintln(ios.Err, o.exitMsg)
			}
			return 0
		}
		buf = append(buf, line)
		code, done, cerr := compileInteractive(buf, o.filename)
		if !done {
			continue
		}
		buf = nil
		if cerr != nil {
			fmt.Fprintln(ios.Err, pyError(cerr).Error())
			continue
		}
		if code == nil {
			continue
		}
		if err := runInteractive(in, code, m.Globals); err != nil {
			if st, msg, ok := systemExit(err); ok {
				if msg != "" {
					fmt.Fprintln(ios.Err, msg)
				}
				return st
			}
			fmt.Fprintln(ios.Err, err.Error())
		}
	}
}

// compileInteractive decides whether the lines typed so far are a complete
// statement, as CPython's interactive loop does, and compiles them: a
// statement that opens a block (a line ending in ':', a decorator, a
// compound keyword) ends with an empty line; otherwise the input goes on
// while the compiler reports it unfinished (open brackets, strings,
// backslash continuation). done is false while more lines are needed; a
// blank first line gives done with no code.
func compileInteractive(lines []string, filename string) (code *py.Code, done bool, err error) {
	if len(lines) == 1 && strings.TrimSpace(lines[0]) == "" {
		return nil, true, nil
	}
	last := strings.TrimSpace(lines[len(lines)-1])
	if opensBlock(lines[0]) && last != "" {
		return nil, false, nil
	}
	src := strings.Join(lines, "\n") + "\n"
	code, err = py.Compile(src, filename, py.SingleMode, 0, true)
	if err != nil && last != "" && incomplete(err) {
		return nil, false, nil
	}
	return code, true, err
}

// opensBlock reports whether line starts a compound statement, which the
// interactive loop ends only at an empty line.
func opensBlock(line string) bool {
	t := strings.TrimSpace(line)
	if i := strings.Index(t, "#"); i >= 0 && !strings.ContainsAny(t[:i], `'"`) {
		t = strings.TrimSpace(t[:i])
	}
	if strings.HasPrefix(t, "@") || strings.HasSuffix(t, ":") {
		return true
	}
	word := t
	if i := strings.IndexAny(t, " \t(:"); i >= 0 {
		word = t[:i]
	}
	switch word {
	case "if", "for", "while", "def", "class", "with", "try", "async":
		return true
	}
	return false
}

// incomplete reports whether a compile error means the input is
// unfinished rather than wrong.
func incomplete(err error) bool {
	s := err.Error()
	for _, m := range []string{"unexpected EOF while parsing", "unterminated triple-quoted string", "was never closed"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// runInteractive runs one compiled interactive statement in globals.
// The value an expression statement shows is bound to _ in builtins, as
// CPython's sys.displayhook does (gpython's PRINT_EXPR binds it in the
// module's globals: go-python/gpython vm/eval.go do_PRINT_EXPR, "FIXME
// this should be calling sys.displayhook"), unless the statement itself
// assigns _.
func runInteractive(in *python.Interp, code *py.Code, globals py.StringDict) (err error) {
	old, had := globals["_"]
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in the Python runtime (please report): %v", r)
		}
		if storesName(code, "_") {
			return
		}
		v, ok := globals["_"]
		if !ok || (had && v == old) {
			return
		}
		if had {
			globals["_"] = old
		} else {
			delete(globals, "_")
		}
		if v != py.None {
			in.Ctx.Store().Builtins.Globals["_"] = v
		}
	}()
	if _, err := in.Ctx.RunCode(code, globals, globals, nil); err != nil {
		return pyError(err)
	}
	return nil
}

// storesName reports whether code's own instructions bind or delete name
// as a global (STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL).
func storesName(code *py.Code, name string) bool {
	idx := -1
	for i, n := range code.Names {
		if n == name {
			idx = i
		}
	}
	if idx < 0 {
		return false
	}
	b := code.Code
	ext := 0
	for i := 0; i < len(b); {
		op := vm.OpCode(b[i])
		if op < vm.HAVE_ARGUMENT {
			i++
			continue
		}
		if i+2 >= len(b) {
			break
		}
		arg := ext | int(b[i+1]) | int(b[i+2])<<8
		i += 3
		if op == vm.EXTENDED_ARG {
			ext = arg << 16
			continue
		}
		ext = 0
		switch op {
		case vm.STORE_NAME, vm.DELETE_NAME, vm.STORE_GLOBAL, vm.DELETE_GLOBAL:
			if arg == idx {
				return true
			}
		}
	}
	return false
}

// writeStdout writes s through the interpreter's sys.stdout (which a
// program may replace), else to the command's output.
func writeStdout(in *python.Interp, ios *ioStreams, s string) {
	if sysm, err := in.Ctx.GetModule("sys"); err == nil {
		if out, ok := sysm.Globals["stdout"]; ok {
			if w, err := py.GetAttrString(out, "write"); err == nil {
				if _, err := py.Call(w, py.Tuple{py.String(s)}, nil); err == nil {
					return
				}
			}
		}
	}
	io.WriteString(ios.Out, s) //nolint:errcheck
}

// sysPrompt is sys.ps1 or sys.ps2 as str, or def.
func sysPrompt(sysm *py.Module, name, def string) string {
	if sysm == nil {
		return def
	}
	if v, ok := sysm.Globals[name]; ok {
		if s, err := py.Str(v); err == nil {
			return string(s.(py.String))
		}
	}
	return def
}

// pythonBanner is the first line of the interactive interpreter, as
// CPython's: the version and platform, and how to leave.
func pythonBanner(sysm *py.Module) string {
	version, platform := "3", "linux"
	if sysm != nil {
		if v, ok := sysm.Globals["version"].(py.String); ok {
			version = string(v)
		}
		if p, ok := sysm.Globals["platform"].(py.String); ok {
			platform = string(p)
		}
	}
	return fmt.Sprintf("Python %s on %s\nType \"exit()\" or Ctrl-D (i.e. EOF) to exit.", version, platform)
}
