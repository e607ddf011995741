package family

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/userconfig"
)

//go:embed pysrc/family.py
var familyPySrc string

// PyModuleName is the name the base classes are registered under. The full
// pywikibot package of pyshim can import it (or register its own module of
// that name) and expose it as pywikibot.family.
const PyModuleName = "pywikibot.family"

// PyModuleImpl is the Go-registered module pywikibot.family: Family,
// SingleSiteFamily, SubdomainFamily, FandomFamily, WikimediaFamily,
// WikimediaOrgFamily, WikibaseFamily and AutoFamily with pywikibot's
// defaults, for family files to subclass.
var PyModuleImpl = &py.ModuleImpl{
	Info:    py.ModuleInfo{Name: PyModuleName, Doc: "Objects representing MediaWiki families.", FileDesc: "<gowikibot pywikibot/family.py>"},
	CodeSrc: familyPySrc,
}

func init() {
	if py.GetModuleImpl(PyModuleName) == nil {
		py.RegisterModule(PyModuleImpl)
	}
	python.RegisterSource("<gowikibot pywikibot/family.py>", familyPySrc)
}

// PrepareContext makes "from pywikibot import family" and "import
// pywikibot.family" work in ctx: it imports pywikibot.family and, when ctx
// has no pywikibot module yet, adds a stub package pywikibot whose family
// attribute is that module. It also provides __future__ when the runtime
// has none.
func PrepareContext(ctx py.Context) (*py.Module, error) {
	if _, err := ctx.GetModule("__future__"); err != nil && py.GetModuleImpl("__future__") == nil {
		m, _ := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__future__"}})
		for _, n := range []string{"annotations", "absolute_import", "division", "print_function", "unicode_literals", "generator_stop"} {
			m.Globals[n] = py.True
		}
	}
	famMod, err := ctx.GetModule(PyModuleName)
	if err != nil {
		// Always gowikibot's own base classes (not whatever a later
		// registration put under the name): family loading stays
		// self-contained.
		baseCodeOnce.Do(func() {
			baseCode, baseCodeErr = py.Compile(PyModuleImpl.CodeSrc, PyModuleImpl.Info.FileDesc, py.ExecMode, 0, true)
		})
		if baseCodeErr != nil {
			return nil, fmt.Errorf("compiling pywikibot.family: %w", baseCodeErr)
		}
		famMod, err = ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: PyModuleImpl.Info, Code: baseCode})
		if err != nil {
			return nil, err
		}
		if _, err := ctx.RunCode(baseCode, famMod.Globals, famMod.Globals, nil); err != nil {
			return nil, fmt.Errorf("running pywikibot.family: %v", err)
		}
	}
	pkg, err := ctx.GetModule("pywikibot")
	if err != nil {
		pkg, err = ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "pywikibot", Doc: "gowikibot's pywikibot stub for config and family files"}})
		if err != nil {
			return nil, err
		}
		pkg.Globals["__path__"] = py.NewList()
	}
	if _, ok := pkg.Globals["family"]; !ok {
		pkg.Globals["family"] = famMod
	}
	// pywikibot.config with the defaults, for family files that adjust
	// config (e.g. config.cosmetic_changes_disable.update(...)).
	if _, err := ctx.GetModule("pywikibot.config"); err != nil {
		cm, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "pywikibot.config", Doc: "gowikibot's pywikibot.config stand-in for family files (defaults)"}, Globals: userconfig.PyDefaults()})
		if err == nil {
			if _, ok := pkg.Globals["config"]; !ok {
				pkg.Globals["config"] = cm
			}
		}
	}
	// pywikibot.tools, for "from pywikibot.tools import classproperty".
	if _, err := ctx.GetModule("pywikibot.tools"); err != nil {
		tools, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "pywikibot.tools", Doc: "gowikibot's pywikibot.tools stub for family files"}})
		if err == nil {
			tools.Globals["classproperty"] = famMod.Globals["classproperty"]
			if _, ok := pkg.Globals["tools"]; !ok {
				pkg.Globals["tools"] = tools
			}
		}
	}
	return famMod, nil
}

var (
	baseCodeOnce sync.Once
	baseCode     *py.Code
	baseCodeErr  error
)

// FamilyMaintenanceWarning texts, as pywikibot words them.
var (
	nameChars = regexp.MustCompile(`^[A-Za-z0-9]+$`)
	codeChars = regexp.MustCompile(`^[a-z0-9_-]+$`)
)

// knownKinds are the base classes reported as a family's kind, most
// specific first.
var knownKinds = []string{"AutoFamily", "WikimediaOrgFamily", "SingleSiteFamily", "SubdomainFamily", "FandomFamily", "WikibaseFamily", "WikimediaFamily", "Family"}

// pyErr renders a Python error as CPython's last traceback line.
func pyErr(err error) string {
	var info *py.ExceptionInfo
	switch e := err.(type) {
	case py.ExceptionInfo:
		info = &e
	case *py.ExceptionInfo:
		info = e
	case *py.Exception:
		info = &py.ExceptionInfo{Type: e.Type(), Value: e}
	}
	if info == nil {
		var pe *python.PyError
		if errors.As(err, &pe) {
			s := pe.Error()
			return s[strings.LastIndex(s, "\n")+1:]
		}
		return err.Error()
	}
	info.Traceback = nil
	return strings.TrimSpace(python.FormatTraceback(info))
}

func callStr(obj py.Object, method string, args ...py.Object) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error calling %s: %v", method, r)
		}
	}()
	fn, err := py.GetAttrString(obj, method)
	if err != nil {
		return "", errors.New(pyErr(err))
	}
	res, err := py.Call(fn, py.Tuple(args), nil)
	if err != nil {
		return "", errors.New(pyErr(err))
	}
	switch v := res.(type) {
	case py.String:
		return string(v), nil
	case py.Bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case py.Tuple:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = fmt.Sprint(e)
			if ps, ok := e.(py.String); ok {
				parts[i] = string(ps)
			}
		}
		return strings.Join(parts, "\x00"), nil
	case py.NoneType:
		return "", nil
	}
	return "", fmt.Errorf("TypeError: %s() returned %s, not str", method, res.Type().Name)
}

// loadPyFamily runs the family file at path in in and evaluates it for
// every code. warn receives FamilyMaintenanceWarnings.
func loadPyFamily(in *python.Interp, name, path string, warn func(string)) (*Static, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &UnknownFamilyError{Name: name, Msg: fmt.Sprintf("Family %s does not exist (%v)", name, err)}
	}
	if _, err := PrepareContext(in.Ctx); err != nil {
		return nil, err
	}
	g := py.NewStringDict()
	g["__name__"] = py.String(strings.TrimSuffix(baseName(path), ".py"))
	g["__file__"] = py.String(path)
	python.RegisterSource(path, string(src))
	if err := in.Exec(string(src), path, g); err != nil {
		return nil, &FileError{File: path, Line: errLine(err, path), Msg: err.Error()}
	}
	clsObj, ok := g["Family"]
	if !ok {
		return nil, &FileError{File: path, Msg: "AttributeError: module '" + strings.TrimSuffix(baseName(path), ".py") + "' has no attribute 'Family'"}
	}
	cls, ok := clsObj.(*py.Type)
	if !ok {
		return nil, &FileError{File: path, Msg: "TypeError: Family is not a class"}
	}
	if _, has := cls.Dict["__init__"]; has {
		return nil, &FileError{File: path, Msg: fmt.Sprintf("RuntimeError: Family class %s.Family cannot be instantiated; use __post_init__() classmethod to modify your family class. Refer the documentation.", g["__name__"])}
	}
	if pi, has := cls.Dict["__post_init__"]; has {
		var callErr error
		switch f := pi.(type) {
		case *py.ClassMethod:
			_, callErr = safeCall(f.Callable, py.Tuple{cls})
		default:
			return nil, &FileError{File: path, Msg: fmt.Sprintf("RuntimeError: __post_init__() method of %s.Family class or its superclass must be a classmethod. Please  check your family file.", g["__name__"])}
		}
		if callErr != nil {
			return nil, &FileError{File: path, Msg: pyErr(callErr)}
		}
	}
	inst, err := safeCall(cls, nil)
	if err != nil {
		return nil, &FileError{File: path, Msg: pyErr(err)}
	}
	f := &Static{File: path, Sites: map[string]*SiteURLs{}, LangMap: map[string]string{}}
	f.FamKind = "Family"
	for _, t := range cls.Mro {
		tt, ok := t.(*py.Type)
		if !ok || tt == cls {
			continue
		}
		found := false
		for _, k := range knownKinds {
			if tt.Name == k {
				f.FamKind, found = k, true
				break
			}
		}
		if found {
			break
		}
	}
	nameObj, err := py.GetAttrString(inst, "name")
	if ns, ok := nameObj.(py.String); err == nil && ok {
		f.FamName = string(ns)
	} else {
		return nil, &FileError{File: path, Msg: "the Family class has no name (add name = '" + name + "')"}
	}
	if f.FamName != name {
		warn(fmt.Sprintf("FamilyMaintenanceWarning: Family name %s does not match family module name %s", f.FamName, name))
	}
	if !nameChars.MatchString(f.FamName) {
		warn(fmt.Sprintf("FamilyMaintenanceWarning: Name of family %s must be ASCII letters and digits [a-zA-Z0-9]", f.FamName))
	}
	if d, err := callStr(inst, "_gwb_domain"); err == nil {
		f.FamDomain = d
	}
	langsObj, err := safeCallMethod(inst, "_gwb_langs")
	if err != nil {
		return nil, &FileError{File: path, Msg: pyErr(err)}
	}
	if err := iterMapping(langsObj, func(k string, v py.Object) {
		if s, ok := v.(py.String); ok {
			f.LangMap[k] = string(s)
		} else {
			f.LangMap[k] = ""
		}
	}); err != nil {
		return nil, &FileError{File: path, Msg: "langs: " + err.Error()}
	}
	codesObj, err := safeCallMethod(inst, "_gwb_codes")
	if err == nil {
		_ = py.Iterate(codesObj, func(o py.Object) bool {
			if s, ok := o.(py.String); ok {
				f.CodeList = append(f.CodeList, string(s))
			}
			return false
		})
	}
	sort.Strings(f.CodeList)
	if a, err := py.GetAttrString(inst, "code_aliases"); err == nil {
		f.Aliases = map[string]string{}
		_ = iterMapping(a, func(k string, v py.Object) {
			if s, ok := v.(py.String); ok {
				f.Aliases[k] = string(s)
			}
		})
	}
	for code := range f.LangMap {
		if !codeChars.MatchString(code) {
			warn(fmt.Sprintf("FamilyMaintenanceWarning: Family %s code %s must be ASCII lowercase letters and digits [a-z0-9] or underscore/dash [_-]", f.FamName, code))
		}
		f.Sites[code] = evalSite(inst, code)
	}
	for _, code := range f.CodeList {
		if _, ok := f.Sites[code]; !ok {
			f.Sites[code] = evalSite(inst, code)
		}
	}
	return f, nil
}

// evalSite calls the family's URL methods for code.
func evalSite(inst py.Object, code string) *SiteURLs {
	c := py.String(code)
	s := &SiteURLs{}
	var errs []string
	get := func(method string, args ...py.Object) string {
		v, err := callStr(inst, method, args...)
		if err != nil {
			errs = append(errs, method+"(): "+err.Error())
		}
		return v
	}
	ph := get("_hostname", c)
	if p, h, ok := strings.Cut(ph, "\x00"); ok {
		s.Protocol, s.Hostname = p, h
	}
	s.ScriptPath = get("scriptpath", c)
	s.APIPath = get("apipath", c)
	s.Path = get("path", c)
	if s.Protocol == "https" {
		s.PathPrefix = get("ssl_pathprefix", c)
	}
	s.Verify = get("verify_SSL_certificate", c) != "False"
	s.Interface = get("interface", c)
	if len(errs) > 0 {
		s.Err = strings.Join(errs, "; ")
	}
	return s
}

func safeCall(fn py.Object, args py.Tuple) (res py.Object, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return py.Call(fn, args, nil)
}

func safeCallMethod(obj py.Object, method string) (py.Object, error) {
	fn, err := py.GetAttrString(obj, method)
	if err != nil {
		return nil, err
	}
	return safeCall(fn, nil)
}

// iterMapping calls fn for every item of a Python mapping.
func iterMapping(o py.Object, fn func(string, py.Object)) error {
	if d, ok := o.(py.StringDict); ok {
		for k, v := range d {
			fn(k, v)
		}
		return nil
	}
	items, err := safeCallMethod(o, "items")
	if err != nil {
		return errors.New(pyErr(err))
	}
	return py.Iterate(items, func(item py.Object) bool {
		if t, ok := item.(py.Tuple); ok && len(t) == 2 {
			if k, ok := t[0].(py.String); ok {
				fn(string(k), t[1])
			}
		}
		return false
	})
}

func baseName(p string) string { return p[strings.LastIndex(p, "/")+1:] }

// FileError is an error in a family file, naming the file and line.
type FileError struct {
	File string
	Line int
	Msg  string
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("error in family file %s, line %d:\n%s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("error in family file %s:\n%s", e.File, e.Msg)
}

// PywikibotClass names the pywikibot exception class (see package errclass).
func (e *FileError) PywikibotClass() string { return "Error" }

func errLine(err error, path string) int {
	var ce *userconfig.ConfigError
	if errors.As(userconfig.PyConfigError(path, err), &ce) {
		return ce.Line
	}
	return 0
}
