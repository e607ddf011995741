// Package python is gowikibot's embedded Python runtime: the unmodified
// github.com/go-python/gpython v0.2.0 interpreter plus the compatibility layer
// that makes it run ordinary Python 3 as CPython does (a source pre-pass,
// builtins and methods added from Go, a replacement class builder and
// Go-written standard library modules).
//
// python sits at the bottom of gowikibot's import graph: it imports no other
// package of the project, so that the config and family loaders can use it.
package python

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // sets py.NewContext and py.Compile

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
	"github.com/gowikibot/gowikibot/pyshim/python/coro"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
	"github.com/gowikibot/gowikibot/pyshim/python/methods"
	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
	"github.com/gowikibot/gowikibot/pyshim/python/upstream"
)

// Options configure a new interpreter.
type Options struct {
	// Argv becomes sys.argv; Argv[0] is the script path.
	Argv []string
	// Paths are extra sys.path entries searched for imports, in order.
	Paths []string
	// Stdin, Stdout and Stderr default to the process's own.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// ReportUncaught makes RunSource print an uncaught exception of the
	// main script (not SystemExit) itself, as CPython does, before the
	// threads are waited for and the atexit callbacks run; the returned
	// *PyError is then marked Reported.
	ReportUncaught bool
}

// Interp is one Python interpreter context.
type Interp struct {
	Ctx         py.Context
	opts        Options
	interrupted atomic.Bool
	fallback    atomic.Pointer[time.Timer] // the forced exit after Interrupt
	waits       waits                      // cancelled by Interrupt (WaitContext)
}

// pendingInterrupts counts interpreters with an undelivered Interrupt, so
// that the check on every Python call is one atomic load.
var pendingInterrupts atomic.Int32

var (
	interpMu sync.Mutex
	interps  = map[py.Context]*Interp{}
)

var (
	setupOnce   sync.Once
	baseCompile func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error)
	installers  []func(ctx py.Context) error
	installMu   sync.Mutex
)

// AddInstaller registers fn to run on every new interpreter context, after
// the context is created and before any user code runs. Packages of the
// compatibility layer that need per-context state (builtins) use it.
func AddInstaller(fn func(ctx py.Context) error) {
	installMu.Lock()
	defer installMu.Unlock()
	installers = append(installers, fn)
}

// setup wraps gpython's compiler with the pre-pass, once per process, so that
// every compile (scripts, imported modules, exec/eval) sees rewritten source.
func setup() {
	setupOnce.Do(func() {
		baseCompile = py.Compile
		// The embedded modules' compiled code is kept between runs
		// (codecache); everything else is compiled every time.
		compileAny := func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
			if mode == py.ExecMode && codecache.Embedded(srcDesc) {
				if es := embeddedFor(srcDesc, src); es != nil {
					return codecache.CompileEmbedded(compileLayers, es.source, srcDesc, mode, flags, dontInherit)
				}
				return codecache.Compile(compileLayers, src, srcDesc, mode, flags, dontInherit)
			}
			return compileLayers(src, srcDesc, mode, flags, dontInherit)
		}
		py.Compile = func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
			code, err := compileAny(src, srcDesc, mode, flags, dontInherit)
			if err == nil && srcDesc != excGroupSource && sysmods.MentionsExceptionGroups(code) {
				// compiled by running code (an import, exec, compile()):
				// the builtins of that code's context
				if err := sysmods.InstallExceptionGroups(runningBuiltins()); err != nil {
					return nil, err
				}
			}
			return code, err
		}
		// Ctrl-C: a pending Interrupt is raised as KeyboardInterrupt at
		// the next Python function call or generator resumption, and
		// ends time.sleep.
		sysmods.InterruptCheck = CheckInterrupt
		sysmods.WaitContext = WaitContext
		sysmods.OpenFile = methods.Open
		sysmods.RegisteredSource = registeredSource
		sysmods.TracebackPosition = tracebackPosition
		// Checked in the methods layer's one wrapper around every Python
		// call and generator resumption (one atomic load when nothing is
		// pending).
		methods.SetCallCheck(&pendingInterrupts, CheckInterrupt)
		// Threads waiting for the interpreter lock raise the same counter,
		// so that the running thread hands the lock over at a call.
		gil.SetNotify(&pendingInterrupts)
	})
}

// compileLayers compiles src through the whole compatibility layer: the
// pre-pass, the layers wrapping gpython's compiler below (classes,
// methods) and the fix-ups of upstream's compiler bugs.
func compileLayers(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (code *py.Code, err error) {
	if (mode == py.SingleMode || mode == py.ExecMode || mode == py.EvalMode) && !strings.HasSuffix(src, "\n") {
		// gpython's parser needs the newline that ends a statement: without
		// it any syntax error of the last line reads "unexpected EOF while
		// parsing"; CPython's compile(..., 'single'), 'exec' and 'eval' do not
		// (compile('x = = 1', ...) is "invalid syntax"). An error found
		// at the end of the added line is put on the source's last line,
		// as CPython's ("x = (" is line 1).
		src += "\n"
		defer func(lines int) {
			if err != nil {
				clampLineno(err, lines)
			}
		}(strings.Count(src, "\n"))
	}
	out, defs, err := prepass.RewriteAsync(src, srcDesc)
	if err != nil {
		upstream.FixSyntaxError(err)
		return nil, err
	}
	code, err = baseCompile(out, srcDesc, mode, flags, dontInherit)
	if err != nil && out != src {
		originalLine(err, src, out)
	}
	upstream.FixSyntaxError(err)
	hintLegacyCall(err)
	if err == nil {
		upstream.FixCells(code)
		upstream.FixDerefs(code, out, srcDesc, mode)
		coro.Mark(code, defs)
		restoreKwOnlyOrder(code, defs)
		classes.NameComprehensions(code)
		classes.FixFinallyContinue(code)
	}
	return code, err
}

// clampLineno puts a SyntaxError reported past a source's last line (the
// end of input gpython's parser reached) on that line.
func clampLineno(err error, lines int) {
	exc, ok := err.(*py.Exception)
	if !ok || !exc.Type().IsSubtype(py.SyntaxError) || exc.Dict == nil || lines < 1 {
		return
	}
	if lineno, ok := exc.Dict["lineno"].(py.Int); ok && int(lineno) > lines {
		exc.Dict["lineno"] = py.Int(lines)
	}
}

// originalLine makes a SyntaxError that gpython's compiler found in the
// pre-pass's rewrite of src show src's line (the rewrite keeps line
// numbers) rather than the rewritten one with the pre-pass's helpers; the
// offset is kept where the two lines agree up to it, moved with the text
// after the rewritten part when it lies there, else put at the first
// difference.
func originalLine(err error, src, out string) {
	exc, ok := err.(*py.Exception)
	if !ok || !exc.Type().IsSubtype(py.SyntaxError) || exc.Dict == nil {
		return
	}
	lineno, ok := exc.Dict["lineno"].(py.Int)
	if !ok || lineno < 1 {
		return
	}
	orig, ok1 := nthLine(src, int(lineno))
	rewritten, ok2 := nthLine(out, int(lineno))
	if !ok1 || !ok2 || orig == rewritten {
		return
	}
	exc.Dict["line"] = py.String(orig)
	same := 0
	for same < len(orig) && same < len(rewritten) && orig[same] == rewritten[same] {
		same++
	}
	off, ok := exc.Dict["offset"].(py.Int)
	if !ok || int(off) <= same+1 {
		return
	}
	if o := int(off) - 1; o <= len(rewritten) && strings.HasSuffix(orig, rewritten[o:]) && len(rewritten)-o <= len(orig)-same {
		// the error lies in the text after the rewritten part
		exc.Dict["offset"] = py.Int(len(orig) - (len(rewritten) - o) + 1)
		return
	}
	exc.Dict["offset"] = py.Int(same + 1)
}

// nthLine returns line n (1-based) of s without its newline.
func nthLine(s string, n int) (string, bool) {
	for i := 1; i < n; i++ {
		k := strings.IndexByte(s, '\n')
		if k < 0 {
			return "", false
		}
		s = s[k+1:]
	}
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		s = s[:k]
	}
	return s, true
}

// New creates an interpreter with the compatibility layer installed.
func New(opts Options) (*Interp, error) {
	setup()
	popts := py.DefaultContextOpts()
	popts.SysArgs = opts.Argv
	popts.SysPaths = append([]string{}, opts.Paths...)
	ctx := py.NewContext(popts)
	in := &Interp{Ctx: ctx, opts: opts}
	interpMu.Lock()
	interps[ctx] = in
	interpMu.Unlock()
	installMu.Lock()
	fns := append([]func(py.Context) error{}, installers...)
	installMu.Unlock()
	for _, fn := range fns {
		if err := fn(ctx); err != nil {
			ctx.Close()
			return nil, fmt.Errorf("python: installing compatibility layer: %w", err)
		}
	}
	if sysm, err := ctx.GetModule("sys"); err == nil {
		if opts.Stdout != nil {
			sysm.Globals["stdout"] = sysmods.NewStream("<stdout>", 1, nil, opts.Stdout)
		}
		if opts.Stderr != nil {
			sysm.Globals["stderr"] = sysmods.NewStream("<stderr>", 2, nil, opts.Stderr)
		}
		if opts.Stdin != nil {
			sysm.Globals["stdin"] = sysmods.NewStream("<stdin>", 0, bufio.NewReader(opts.Stdin), nil)
		}
	}
	return in, nil
}

// Close releases the interpreter.
func (in *Interp) Close() {
	interpMu.Lock()
	delete(interps, in.Ctx)
	interpMu.Unlock()
	in.Ctx.Close()
}

// Compile compiles Python source (after the pre-pass) for filename.
func (in *Interp) Compile(src, filename string) (*py.Code, error) {
	setup()
	code, err := py.Compile(src, filename, py.ExecMode, 0, true)
	if err == nil && sysmods.MentionsExceptionGroups(code) {
		if err := sysmods.InstallExceptionGroups(in.Ctx.Store().Builtins.Globals); err != nil {
			return nil, in.wrap(err)
		}
	}
	return code, err
}

// runningBuiltins is the builtins dict of the code running on this thread
// (the innermost frame's), or, with no frame recorded, of the only
// interpreter; nil when there is none or several.
func runningBuiltins() py.StringDict {
	if f := classes.CurrentFrame(); f != nil {
		return f.Builtins
	}
	interpMu.Lock()
	defer interpMu.Unlock()
	if len(interps) != 1 {
		return nil
	}
	for ctx := range interps {
		return ctx.Store().Builtins.Globals
	}
	return nil
}

// excGroupSource is the module that defines the exception groups (its own
// compile must not install them).
const excGroupSource = "<frozen _gwb_excgroup>"

// RunFile runs the script at path as __main__ and returns the module. An
// uncaught Python exception is returned as a *PyError.
func (in *Interp) RunFile(path string) (mod *py.Module, err error) {
	src, rerr := os.ReadFile(path)
	if rerr != nil {
		return nil, rerr
	}
	abs, _ := filepath.Abs(path)
	return in.RunSource(string(src), abs, "__main__")
}

// RunSource compiles src as filename and runs it in a new module named
// modName, with __file__ set to filename.
func (in *Interp) RunSource(src, filename, modName string) (mod *py.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, internalError(r)
		}
	}()
	code, cerr := in.Compile(src, filename)
	if cerr != nil {
		return nil, in.wrap(cerr)
	}
	impl := &py.ModuleImpl{
		Info: py.ModuleInfo{Name: modName, FileDesc: filename},
		Code: code,
	}
	// Set __file__ before the body runs.
	m, merr := in.Ctx.Store().NewModule(in.Ctx, impl)
	if merr != nil {
		return nil, in.wrap(merr)
	}
	m.Globals["__file__"] = py.String(filename)
	if modName == "__main__" {
		// At exit, as CPython: first wait for the non-daemon threads, then
		// run the atexit callbacks (deferred, so after MainExit).
		defer in.runAtExit()
	}
	// The module body runs through py.VmRunFrame, which counts its frame
	// for the recursion limit and puts it on the frame stack.
	_, rerr := classes.RunModuleCode(in.Ctx, code, m.Globals, m.Globals, py.VmRunFrame)
	err = in.wrap(rerr)
	if modName == "__main__" {
		if pe, ok := err.(*PyError); ok && in.opts.ReportUncaught {
			pe.Reported = in.reportUncaught(pe)
		}
		gil.MainExit()
	}
	if err != nil {
		return m, err
	}
	return m, nil
}

// Exec compiles src as filename and runs it with globals as both globals and
// locals (a new namespace when globals is nil). It is used for config and
// family files.
func (in *Interp) Exec(src, filename string, globals py.StringDict) (err error) {
	if globals == nil {
		globals = py.StringDict{"__name__": py.String("__main__")}
	}
	defer func() {
		if r := recover(); r != nil {
			err = internalError(r)
		}
	}()
	code, cerr := in.Compile(src, filename)
	if cerr != nil {
		return in.wrap(cerr)
	}
	if _, ok := globals["__builtins__"]; !ok {
		if b, e := in.Ctx.GetModule("builtins"); e == nil {
			globals["__builtins__"] = b
		}
	}
	if _, rerr := in.Ctx.RunCode(code, globals, globals, nil); rerr != nil {
		return in.wrap(rerr)
	}
	return nil
}

// PyError is an uncaught Python exception with its traceback.
type PyError struct {
	Info *py.ExceptionInfo
	// Traceback is the CPython-style text: "Traceback (most recent call
	// last):" with file, line and source line per frame, then "Type: msg".
	Traceback string
	// Reported is set when the traceback was already printed (see
	// Options.ReportUncaught).
	Reported bool
}

func (e *PyError) Error() string {
	return strings.TrimRight(e.Traceback, "\n")
}

// ExceptionType returns the Python exception's type name, e.g. "KeyError".
func (e *PyError) ExceptionType() string {
	if e.Info != nil && e.Info.Type != nil {
		return e.Info.Type.Name
	}
	return ""
}

// IsSystemExit reports whether err is SystemExit, and its exit code.
func IsSystemExit(err error) (code int, ok bool) {
	var pe *PyError
	if !errors.As(err, &pe) || pe.Info == nil || pe.Info.Type == nil || !pe.Info.Type.IsSubtype(py.SystemExit) {
		return 0, false
	}
	exc, _ := pe.Info.Value.(*py.Exception)
	if exc == nil || len(exc.Args.(py.Tuple)) == 0 {
		return 0, true
	}
	switch v := exc.Args.(py.Tuple)[0].(type) {
	case py.Int:
		return int(v), true
	case py.Bool:
		// sys.exit(True) is status 1 (bool is an int)
		if v {
			return 1, true
		}
		return 0, true
	case py.NoneType:
		return 0, true
	default:
		fmt.Fprintln(os.Stderr, pyStr(v))
		return 1, true
	}
}

func (in *Interp) wrap(err error) error {
	if err == nil {
		return nil
	}
	info := sysmods.ExceptionInfoOf(err)
	if info == nil {
		return err
	}
	return &PyError{Info: info, Traceback: FormatTraceback(info)}
}

// FormatTraceback renders info the way CPython prints an uncaught exception.
func FormatTraceback(info *py.ExceptionInfo) string {
	if e, ok := info.Value.(*py.Exception); ok {
		// link it to the exception whose handling it escaped
		classes.ChainUncaught(e, info.Traceback)
		// the VM's error wording, name and obj (the suggestion needs them)
		// when no handler or failing call has fixed them yet
		classes.FixVMError(e, info.Traceback)
	}
	return formatTraceback(info, map[py.Object]bool{})
}

// formatTraceback is FormatTraceback; seen holds the exceptions of the
// chain already printed.
func formatTraceback(info *py.ExceptionInfo, seen map[py.Object]bool) string {
	var b bytes.Buffer
	writeException(&b, &tbContext{}, info, seen)
	return b.String()
}

// syntaxErrorBlock renders a SyntaxError as CPython does: the file and
// line, the source line and a caret under the offending column, then
// "SyntaxError: msg".
func syntaxErrorBlock(info *py.ExceptionInfo) (string, bool) {
	exc, ok := info.Value.(*py.Exception)
	if !ok || info.Type == nil || !info.Type.IsSubtype(py.SyntaxError) || exc.Dict == nil {
		return "", false
	}
	file, _ := exc.Dict["filename"].(py.String)
	lineno, _ := exc.Dict["lineno"].(py.Int)
	if file == "" || lineno == 0 {
		return "", false
	}
	offset, _ := exc.Dict["offset"].(py.Int)
	line := ""
	if l, ok := exc.Dict["line"].(py.String); ok && strings.TrimSpace(string(l)) != "" {
		line = strings.TrimRight(string(l), "\n")
	} else {
		line = rawSourceLine(string(file), int(lineno))
	}
	var b bytes.Buffer
	if info.Traceback != nil {
		// raised by compile()/exec() inside running code: the frames first
		b.WriteString("Traceback (most recent call last):\n")
		writeFrames(&b, info.Traceback)
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", file, lineno)
	if line != "" {
		trimmed := strings.TrimLeft(line, " \t")
		fmt.Fprintf(&b, "    %s\n", trimmed)
		col := int(offset) - (len(line) - len(trimmed))
		if col >= 1 && col <= len(trimmed)+1 {
			// CPython marks offset to end_offset when the error ends on
			// its line.
			carets := 1
			endLine, _ := exc.Dict["end_lineno"].(py.Int)
			endOff, _ := exc.Dict["end_offset"].(py.Int)
			if endLine == lineno && int(endOff)-int(offset) > 1 {
				carets = int(endOff) - int(offset)
			}
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", col-1), strings.Repeat("^", carets))
		}
	}
	b.WriteString(exceptionLine(info))
	b.WriteString("\n")
	return b.String(), true
}

func rawSourceLine(file string, line int) string {
	lines := sourceLines(file)
	if line < 1 || line > len(lines) {
		return ""
	}
	return lines[line-1]
}

// exceptionLine is the last line of a traceback, "Type: message", as
// CPython prints it (str() of the exception, repr() of a KeyError's key,
// module-qualified class names).
func exceptionLine(info *py.ExceptionInfo) string {
	if info.Value != nil {
		return classes.FormatExceptionLine(info.Value)
	}
	if info.Type != nil {
		return info.Type.Name
	}
	return "Exception"
}

func pyStr(o py.Object) string {
	s, err := py.Str(o)
	if err != nil {
		return fmt.Sprint(o)
	}
	if ps, ok := s.(py.String); ok {
		return string(ps)
	}
	return fmt.Sprint(s)
}

// Source text for traceback lines: srcText holds registered sources
// (filename -> string, kept as given: no copy), srcLines the split lines
// of files a traceback has needed (filename -> []string).
var srcText, srcLines sync.Map

// RegisterSource makes src available for traceback source lines of
// filename (for code that is not read from disk).
func RegisterSource(filename, src string) {
	srcText.Store(filename, src)
	srcLines.Delete(filename)
	parsedSources.Delete(filename)
}

// RegisterLazySource registers the Python module name whose source is
// made by load (embedded files: nothing is read or kept for modules a
// program never imports). file is the module's __file__ and its name in
// tracebacks; a package (isPackage) gets __path__ = [pkgPath]. The source
// must be the same for the life of the binary: its compiled code is cached
// by file name alone (codecache.CompileEmbedded), so that a run whose cache
// has the module neither reads nor hashes the source. load is called when
// the module is compiled or a traceback or ModuleSource needs its text.
func RegisterLazySource(name, file string, isPackage bool, pkgPath string, load func() string) {
	lazymod.Register(name, func() *py.ModuleImpl {
		es := &embeddedSource{load: load}
		// A string of this call's own: only this module's CodeSrc
		// has its address (embeddedFor compares addresses, so that
		// no text passed to compile() can pass for it). Compiled as
		// source, it fails rather than making an empty module.
		es.marker = "raise SystemError('gowikibot: the embedded module " + file + " was compiled from its placeholder')\n"
		embedded.Store(file, es)
		srcLines.Delete(file)
		parsedSources.Delete(file)
		globals := py.StringDict{}
		if isPackage {
			globals["__path__"] = py.NewListFromStrings([]string{pkgPath})
		}
		return &py.ModuleImpl{
			Info:    py.ModuleInfo{Name: name, FileDesc: file},
			CodeSrc: es.marker,
			Globals: globals,
		}
	})
}

// embeddedSource is the source of a module RegisterLazySource built: the
// module's CodeSrc is marker, which stands for the text load makes.
type embeddedSource struct {
	marker string
	load   func() string
	once   sync.Once
	text   string
}

// source is the module's source, made once.
func (es *embeddedSource) source() string {
	es.once.Do(func() { es.text = es.load() })
	return es.text
}

// embedded holds the built lazily registered modules (file name ->
// *embeddedSource).
var embedded sync.Map

// embeddedFor returns the embedded source that src (a module's CodeSrc)
// stands for, or nil when src is a text of its own.
func embeddedFor(file, src string) *embeddedSource {
	v, ok := embedded.Load(file)
	if !ok {
		return nil
	}
	es := v.(*embeddedSource)
	if len(src) != len(es.marker) || unsafe.StringData(src) != unsafe.StringData(es.marker) {
		return nil
	}
	return es
}

// ModuleSource returns the Python source of a registered module: its
// CodeSrc, or the text an embedded module's CodeSrc stands for.
func ModuleSource(impl *py.ModuleImpl) string {
	if es := embeddedFor(impl.Info.FileDesc, impl.CodeSrc); es != nil {
		return es.source()
	}
	return impl.CodeSrc
}

// registeredSource returns the source RegisterSource holds for filename
// (or, for an embedded module, its source).
func registeredSource(filename string) (string, bool) {
	if v, ok := srcText.Load(filename); ok {
		return v.(string), true
	}
	if v, ok := embedded.Load(filename); ok {
		return v.(*embeddedSource).source(), true
	}
	return "", false
}

// sourceLines returns the lines of file: a registered source or the file
// on disk ("" lines when neither can be read).
func sourceLines(file string) []string {
	if v, ok := srcLines.Load(file); ok {
		return v.([]string)
	}
	text, ok := registeredSource(file)
	if !ok {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil
		}
		text = string(data)
	}
	lines := strings.Split(text, "\n")
	srcLines.Store(file, lines)
	return lines
}

func sourceLine(file string, line int) string {
	return strings.TrimSpace(rawSourceLine(file, line))
}

// internalError turns a Go panic inside the interpreter into an error that
// names it as an internal error, never a Go stack dump.
func internalError(r interface{}) error {
	if os.Getenv("GOWIKIBOT_DEBUG_PANIC") != "" {
		return fmt.Errorf("internal error in the Python runtime (please report): %v\n%s", r, debug.Stack())
	}
	return fmt.Errorf("internal error in the Python runtime (please report): %v", r)
}

// IsKeyboardInterrupt reports whether err is an uncaught KeyboardInterrupt.
func IsKeyboardInterrupt(err error) bool {
	var pe *PyError
	return errors.As(err, &pe) && pe.Info != nil && pe.Info.Type != nil && pe.Info.Type.IsSubtype(py.KeyboardInterrupt)
}

// Interrupt asks the running code of in to stop with KeyboardInterrupt.
// gpython has no asynchronous exceptions, so the interrupt is raised at
// the next Python function call or generator resumption (and by Go
// builtins that call CheckInterrupt), and Go waits under WaitContext end
// at once; if none comes within 2 s (code stuck in Go, or a loop that
// calls nothing) the process prints
// KeyboardInterrupt and exits with status 130, as CPython would.
func Interrupt(in *Interp) {
	if gil.SigintIntercepted() {
		return // a Python handler installed by signal.signal takes it
	}
	// The timer is in place before the flag is visible to CheckInterrupt,
	// which stops it.
	t := time.AfterFunc(2*time.Second, func() {
		fmt.Fprintln(os.Stderr, "\nKeyboardInterrupt")
		os.Exit(130)
	})
	if old := in.fallback.Swap(t); old != nil {
		old.Stop()
	}
	if !in.interrupted.Swap(true) {
		pendingInterrupts.Add(1)
	}
	in.waits.cancelAll()
}

// CheckInterrupt returns a KeyboardInterrupt exception if Interrupt was
// called for the interpreter of ctx and not yet delivered (which cancels
// the forced exit). Long-running Go builtins call it.
func CheckInterrupt(ctx py.Context) error {
	gil.Switch()
	if gil.Active() && gil.ThreadIdent() != gil.MainIdent {
		// As CPython: signal handlers and KeyboardInterrupt go to the
		// main thread only.
		return nil
	}
	if err := gil.RunPosted(); err != nil {
		return err
	}
	interpMu.Lock()
	in := interps[ctx]
	interpMu.Unlock()
	if in != nil && in.interrupted.Swap(false) {
		pendingInterrupts.Add(-1)
		if t := in.fallback.Swap(nil); t != nil {
			t.Stop()
		}
		return &py.Exception{Base: py.KeyboardInterrupt, Args: py.Tuple{}, Dict: py.NewStringDict()}
	}
	return nil
}
