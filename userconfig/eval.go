package userconfig

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// allowedImports are the modules a config or family file may import; the
// interpreter that runs them has no other imports and no open().
var allowedImports = map[string]bool{
	"__future__": true, "os": true, "os.path": true, "posixpath": true,
	"sys": true, "re": true, "string": true, "math": true, "time": true,
	"typing": true, "collections": true, "functools": true, "itertools": true,
	"pywikibot": true,
}

// ImportAllowed reports whether a config or family file may import name.
func ImportAllowed(name string) bool {
	root, _, _ := strings.Cut(name, ".")
	return allowedImports[name] || allowedImports[root]
}

// Restrict makes ctx suitable for running config and family files: no
// open() or input(), imports limited to ImportAllowed (the pywikibot
// package only when what starts with "family"), no process or
// file-changing functions in os, and os.path available (a minimal Go
// implementation when the runtime lacks one). what names the files in
// error messages, e.g. "user-config.py" or "family files".
func Restrict(ctx py.Context, what string) {
	b := ctx.Store().Builtins.Globals
	for _, n := range []string{"open", "input", "breakpoint"} {
		delete(b, n)
	}
	orig := b["__import__"]
	b["__import__"] = py.MustNewMethod("__import__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__import__() missing required argument 'name' (pos 1)")
		}
		name, _ := args[0].(py.String)
		root, _, _ := strings.Cut(string(name), ".")
		if !ImportAllowed(string(name)) || (root == "pywikibot" && !strings.HasPrefix(what, "family")) {
			return nil, py.ExceptionNewf(py.ImportError, "import of '%s' is not allowed in %s (gowikibot runs it restricted: no network, no files)", string(name), what)
		}
		if m, ok := orig.(*py.Method); ok && m.Internal() == py.InternalMethodImport {
			var g py.StringDict
			if len(args) > 1 {
				g, _ = args[1].(py.StringDict)
			}
			return py.BuiltinImport(ctx, nil, args, kw, g)
		}
		return py.Call(orig, args, kw)
	}, 0, "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module")
	if err := py.Import(ctx, "os"); err == nil {
		if osm, err := ctx.GetModule("os"); err == nil {
			for _, n := range []string{"system", "remove", "unlink", "rmdir", "removedirs", "rename",
				"replace", "putenv", "unsetenv", "chdir", "mkdir", "makedirs", "chmod", "chown",
				"kill", "_exit", "exec", "execv", "execve", "fork", "popen", "spawnv", "truncate", "link", "symlink"} {
				delete(osm.Globals, n)
			}
			if _, ok := osm.Globals["path"]; !ok {
				pm := newOSPath(ctx, osm)
				osm.Globals["path"] = pm
			}
		}
	}
}

// newOSPath registers a minimal os.path (posixpath) module in ctx. gpython
// binds "import os.path" to the submodule, so it also carries os's
// attributes and a "path" attribute pointing to itself.
func newOSPath(ctx py.Context, osm *py.Module) *py.Module {
	str := func(o py.Object, fn string) (string, error) {
		s, ok := o.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "%s: expected str, got %s", fn, pyTypeName(o))
		}
		return string(s), nil
	}
	one := func(name string, f func(string) py.Object) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, arg py.Object) (py.Object, error) {
			s, err := str(arg, name)
			if err != nil {
				return nil, err
			}
			return f(s), nil
		}, 0, name+"(path)")
	}
	home := func() string {
		if h := os.Getenv("HOME"); h != "" {
			return h
		}
		h, _ := os.UserHomeDir()
		return h
	}
	methods := []*py.Method{
		py.MustNewMethod("join", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "join() missing 1 required positional argument: 'a'")
			}
			out := ""
			for i, a := range args {
				s, err := str(a, "join")
				if err != nil {
					return nil, err
				}
				switch {
				case i == 0:
					out = s
				case strings.HasPrefix(s, "/"):
					out = s
				case out == "" || strings.HasSuffix(out, "/"):
					out += s
				default:
					out += "/" + s
				}
			}
			return py.String(out), nil
		}, 0, "join(a, *p)"),
		one("expanduser", func(s string) py.Object {
			if s == "~" || strings.HasPrefix(s, "~/") {
				return py.String(home() + s[1:])
			}
			return py.String(s)
		}),
		one("dirname", func(s string) py.Object {
			i := strings.LastIndex(s, "/") + 1
			head := s[:i]
			if head != "" && strings.Trim(head, "/") != "" {
				head = strings.TrimRight(head, "/")
			}
			return py.String(head)
		}),
		one("basename", func(s string) py.Object { return py.String(s[strings.LastIndex(s, "/")+1:]) }),
		one("exists", func(s string) py.Object { _, err := os.Stat(s); return py.NewBool(err == nil) }),
		one("isdir", func(s string) py.Object { fi, err := os.Stat(s); return py.NewBool(err == nil && fi.IsDir()) }),
		one("isfile", func(s string) py.Object {
			fi, err := os.Stat(s)
			return py.NewBool(err == nil && fi.Mode().IsRegular())
		}),
		one("isabs", func(s string) py.Object { return py.NewBool(strings.HasPrefix(s, "/")) }),
		one("abspath", func(s string) py.Object {
			a, _ := filepath.Abs(s)
			return py.String(a)
		}),
		one("realpath", func(s string) py.Object {
			a, _ := filepath.Abs(s)
			if r, err := filepath.EvalSymlinks(a); err == nil {
				a = r
			}
			return py.String(a)
		}),
		one("normpath", func(s string) py.Object {
			if s == "" {
				return py.String(".")
			}
			c := filepath.Clean(s)
			if strings.HasPrefix(s, "//") && !strings.HasPrefix(s, "///") {
				c = "/" + c
			}
			return py.String(c)
		}),
		one("split", func(s string) py.Object {
			i := strings.LastIndex(s, "/") + 1
			head, tail := s[:i], s[i:]
			if head != "" && strings.Trim(head, "/") != "" {
				head = strings.TrimRight(head, "/")
			}
			return py.Tuple{py.String(head), py.String(tail)}
		}),
		one("splitext", func(s string) py.Object {
			base := s[strings.LastIndex(s, "/")+1:]
			dot := strings.LastIndex(base, ".")
			if dot <= 0 || strings.Trim(base[:dot], ".") == "" {
				return py.Tuple{py.String(s), py.String("")}
			}
			cut := len(s) - len(base) + dot
			return py.Tuple{py.String(s[:cut]), py.String(s[cut:])}
		}),
	}
	m, _ := ctx.Store().NewModule(ctx, &py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "os.path", Doc: "Common pathname manipulations (POSIX)."},
		Methods: methods,
	})
	for k, v := range osm.Globals {
		if _, ok := m.Globals[k]; !ok && !strings.HasPrefix(k, "__") {
			m.Globals[k] = v
		}
	}
	m.Globals["sep"] = py.String("/")
	m.Globals["path"] = m
	return m
}

// loadPython runs the user-config.py at path in the embedded interpreter
// and copies the values back, with pywikibot's checks and warnings.
func (l *loader) loadPython(path string) error {
	cfg := l.cfg
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Getuid() && st.Uid != 0 {
		cfg.warn(l.stderr, "Skipped %s: owned by someone else.", pyRepr(path))
		return nil
	}
	if fi.Mode().Perm()&0o002 != 0 {
		cfg.warn(l.stderr, "Skipped %s: writeable by others.", pyRepr(path))
		return nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	cfg.ConfigFile = path
	in, err := python.New(python.Options{Argv: []string{path}, Stdout: l.opts.Stdout, Stderr: l.stderr})
	if err != nil {
		return err
	}
	defer in.Close()
	Restrict(in.Ctx, cfg.ConfigFileName)
	g := l.execGlobals(in.Ctx)
	source := stripFuture(string(src))
	python.RegisterSource(path, string(src))
	if err := in.Exec(source, path, g); err != nil {
		return PyConfigError(path, err)
	}
	return l.readBack(g, cfg.ConfigFileName)
}

// stripFuture blanks "from __future__ import ..." lines (keeping line
// numbers) when the runtime has no __future__ module.
func stripFuture(src string) string {
	if py.GetModuleImpl("__future__") != nil {
		return src
	}
	lines := strings.Split(src, "\n")
	for i, ln := range lines {
		if strings.HasPrefix(strings.TrimSpace(ln), "from __future__ import") {
			lines[i] = "annotations = None"
		}
	}
	return strings.Join(lines, "\n")
}

// PyConfigError turns a Python error into a *ConfigError naming the file
// and line.
func PyConfigError(path string, err error) error {
	var pe *python.PyError
	if !errors.As(err, &pe) {
		return &ConfigError{File: path, Msg: err.Error()}
	}
	line := 0
	if pe.Info != nil {
		for tb := pe.Info.Traceback; tb != nil; tb = tb.Next {
			if tb.Frame != nil && tb.Frame.Code != nil && tb.Frame.Code.Filename == path {
				line = int(tb.Lineno)
			}
		}
		if line == 0 {
			line = syntaxErrorLine(pe.Info.Value)
		}
	}
	return &ConfigError{File: path, Line: line, Msg: pe.Error()}
}

// syntaxErrorLine digs the line number out of a SyntaxError value.
func syntaxErrorLine(v py.Object) int {
	exc, ok := v.(*py.Exception)
	if !ok {
		return 0
	}
	if ln, ok := exc.Dict["lineno"].(py.Int); ok {
		return int(ln)
	}
	if args, ok := exc.Args.(py.Tuple); ok && len(args) == 2 {
		if t, ok := args[1].(py.Tuple); ok && len(t) >= 2 {
			if ln, ok := t[1].(py.Int); ok {
				return int(ln)
			}
		}
	}
	return 0
}

// execGlobals builds the globals user-config.py runs with: every public
// config variable with its default, and pywikibot's helper functions.
func (l *loader) execGlobals(ctx py.Context) py.StringDict {
	cfg := l.cfg
	g := py.NewStringDict()
	for _, v := range Variables {
		g[v.Name] = toPy(deepCopy(v.Default))
	}
	g["usernames"] = &usernamesDict{d: py.NewStringDict()}
	ff := py.NewStringDict()
	for k, p := range l.familyFs {
		ff[k] = py.String(p)
	}
	g["family_files"] = ff
	l.initialFs = map[string]string{}
	for k, p := range l.familyFs {
		l.initialFs[k] = p
	}
	g["base_dir"] = py.String(cfg.BaseDir)
	g["user_config_file"] = py.String(cfg.ConfigFileName)
	g["__name__"] = py.String("pywikibot.config")
	strArg := func(o py.Object, fn string) (string, error) {
		s, ok := o.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fn, pyTypeName(o))
		}
		return string(s), nil
	}
	makepath := func(p string, create bool) (py.Object, error) {
		p = filepath.Clean(p)
		if !filepath.IsAbs(p) {
			p = filepath.Join(cfg.Cwd, p)
		}
		if create {
			if d := filepath.Dir(p); d != "" {
				if _, err := os.Stat(d); err != nil {
					if err := os.MkdirAll(d, 0o777); err != nil {
						return nil, py.ExceptionNewf(py.OSError, "%v", err)
					}
				}
			}
		}
		return py.String(p), nil
	}
	createKw := func(kw py.StringDict, def bool) bool {
		if v, ok := kw["create"]; ok {
			t, _ := py.MakeBool(v)
			return t == py.True
		}
		return def
	}
	g["user_home_path"] = py.MustNewMethod("user_home_path", func(self, arg py.Object) (py.Object, error) {
		s, err := strArg(arg, "user_home_path")
		if err != nil {
			return nil, err
		}
		return py.String(filepath.Join(cfg.Home, s)), nil
	}, 0, "user_home_path(path) -> path in the user's home")
	g["makepath"] = py.MustNewMethod("makepath", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "makepath() missing 1 required positional argument: 'path'")
		}
		s, err := strArg(args[0], "makepath")
		if err != nil {
			return nil, err
		}
		create := createKw(kw, true)
		if len(args) > 1 {
			t, _ := py.MakeBool(args[1])
			create = t == py.True
		}
		return makepath(s, create)
	}, 0, "makepath(path, create=True)")
	g["datafilepath"] = py.MustNewMethod("datafilepath", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		parts := []string{cfg.BaseDir}
		for _, a := range args {
			s, err := strArg(a, "datafilepath")
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
		}
		return makepath(filepath.Join(parts...), createKw(kw, true))
	}, 0, "datafilepath(*filename, create=True)")
	g["shortpath"] = py.MustNewMethod("shortpath", func(self, arg py.Object) (py.Object, error) {
		s, err := strArg(arg, "shortpath")
		if err != nil {
			return nil, err
		}
		if strings.HasPrefix(s, cfg.BaseDir) && len(s) > len(cfg.BaseDir) {
			return py.String(s[len(cfg.BaseDir)+1:]), nil
		}
		return py.String(s), nil
	}, 0, "shortpath(path)")
	g["get_base_dir"] = py.MustNewMethod("get_base_dir", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.String(cfg.BaseDir), nil
	}, 0, "get_base_dir() -> the config directory")
	g["register_families_folder"] = py.MustNewMethod("register_families_folder", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "register_families_folder() missing 1 required positional argument: 'folder_path'")
		}
		s, err := strArg(args[0], "register_families_folder")
		if err != nil {
			return nil, err
		}
		notOK := false
		if len(args) > 1 {
			t, _ := py.MakeBool(args[1])
			notOK = t == py.True
		} else if v, ok := kw["not_exists_ok"]; ok {
			t, _ := py.MakeBool(v)
			notOK = t == py.True
		}
		if !filepath.IsAbs(s) {
			s = filepath.Join(cfg.Cwd, s)
		}
		if err := registerFamiliesFolder(l.familyFs, s, notOK); err != nil {
			msg := err.Error()
			if strings.HasPrefix(msg, "FileNotFoundError: ") {
				return nil, py.ExceptionNewf(py.FileNotFoundError, "%s", strings.TrimPrefix(msg, "FileNotFoundError: "))
			}
			return nil, py.ExceptionNewf(py.OSError, "%s", msg)
		}
		if fd, ok := g["family_files"].(py.StringDict); ok {
			for k, p := range l.familyFs {
				fd[k] = py.String(p)
			}
		}
		return py.None, nil
	}, 0, "register_families_folder(folder_path, not_exists_ok=False)")
	return g
}

var skipGlobals = map[string]bool{
	"__builtins__": true, "__name__": true, "__doc__": true, "__file__": true,
	"__package__": true, "__loader__": true, "__spec__": true, "__annotations__": true,
}

// readBack copies the exec globals into cfg.Vars, with pywikibot's type
// checks and "unknown variable" warnings.
func (l *loader) readBack(g py.StringDict, file string) error {
	cfg := l.cfg
	names := make([]string, 0, len(g))
	for k := range g {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		if skipGlobals[name] {
			continue
		}
		obj := g[name]
		def, known := varIndex[name]
		val := fromPy(obj)
		if fv, isCode := val.(funcValue); isCode {
			if !helperNames[name] && !strings.HasPrefix(name, "_") {
				cfg.Unconvertible = append(cfg.Unconvertible, fmt.Sprintf("%s (%s)", name, fv.kind))
				if !known {
					l.unknownVar(name, file)
				}
			}
			continue
		}
		if !known {
			if strings.HasPrefix(name, "_") || helperNames[name] {
				continue
			}
			l.unknownVar(name, file)
			cfg.Vars[name] = val
			continue
		}
		if name == "family_files" {
			if m, ok := val.(map[string]any); ok {
				for k, p := range m {
					if s, ok := p.(string); ok {
						if l.initialFs[k] != s {
							cfg.ConfigFamilyFiles[k] = s
						}
						l.familyFs[k] = s
					}
				}
			}
			continue
		}
		got := pyTypeName(obj)
		if name == "usernames" {
			if got != "defaultdict" {
				cfg.warn(l.stderr, "Configuration variable \"%s\" is defined as \"%s\" in your %s but expected \"defaultdict\".", name, got, file)
				continue
			}
			cfg.Vars[name] = val
			continue
		}
		conv, ok := checkType(name, val, got, def)
		if !ok {
			exp := def.Type
			if name == "socket_timeout" {
				exp = `int", "float", "tuple`
			}
			cfg.warn(l.stderr, "Configuration variable \"%s\" is defined as \"%s\" in your %s but expected \"%s\".", name, got, file, exp)
			continue
		}
		cfg.Vars[name] = conv
	}
	return nil
}

func (l *loader) unknownVar(name, file string) {
	if deprecatedVariables[name] {
		l.cfg.warn(l.stderr, "\"%s\" present in our %s is no longer a supported configuration variable and should be removed. Please inform the maintainers if you depend on it.", name, file)
		return
	}
	l.cfg.warn(l.stderr, "Configuration variable \"%s\" is defined in your %s but unknown. It can be a misspelled one or a variable that is no longer supported.", name, file)
}

// checkType is pywikibot's _assert_default_type: None on either side is
// accepted, bool counts as int, an int is accepted (and converted) for a
// float, socket_timeout may be int, float or tuple.
func checkType(name string, val any, got string, def *Var) (any, bool) {
	if name == "socket_timeout" {
		switch val.(type) {
		case int64, float64, Tuple:
			return val, true
		}
		return val, false
	}
	if val == nil || def.Type == "NoneType" {
		return val, true
	}
	switch def.Type {
	case "int":
		switch val.(type) {
		case int64, bool:
			return val, true
		}
		if got == "int" {
			return val, true
		}
	case "float":
		switch x := val.(type) {
		case float64:
			return x, true
		case int64:
			return float64(x), true
		case bool:
			if x {
				return 1.0, true
			}
			return 0.0, true
		}
	default:
		return val, got == def.Type
	}
	return val, false
}
