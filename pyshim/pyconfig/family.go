package pyconfig

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/family"
	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
	"github.com/gowikibot/gowikibot/userconfig"
)

// familyLoader is a family.PyLoader: one interpreter in which every family
// file of a registry runs, with a pywikibot package whose submodules are
// gowikibot's embedded sources (pywikibot.family, pywikibot.tools,
// pywikibot.exceptions, ...) and whose config holds pywikibot's defaults.
type familyLoader struct {
	in *python.Interp
}

func newFamilyLoader(cfg *userconfig.Config) (family.PyLoader, error) {
	in, err := python.New(python.Options{Argv: []string{"family"}})
	if err != nil {
		return nil, err
	}
	g := configModuleGlobals(cfg)
	g["__name__"] = py.String("pywikibot.config")
	if err := bindConfigModule(in.Ctx, g, "<gowikibot>/pywikibot/config.py"); err != nil {
		in.Close()
		return nil, err
	}
	// import pywikibot binds pywikibot.family and pywikibot.tools, as
	// pywikibot's own __init__ does, and has its output functions.
	if err := in.Exec(familyPrelude, "<gowikibot family loader>", nil); err != nil {
		in.Close()
		return nil, fmt.Errorf("loading pywikibot.family: %v", err)
	}
	return &familyLoader{in: in}, nil
}

func (l *familyLoader) Close() { l.in.Close() }

// configModuleGlobals is pywikibot.config for family files: cfg's
// variables (every one, defaults included), or pywikibot's defaults.
func configModuleGlobals(cfg *userconfig.Config) py.StringDict {
	vars := userconfig.DefaultVars()
	if cfg != nil {
		for k, v := range cfg.Vars {
			vars[k] = v
		}
		vars["base_dir"] = cfg.BaseDir
	}
	g := py.NewStringDict()
	for name, v := range vars {
		g[name] = ToPy(v)
	}
	u := newUsernames()
	if m, ok := vars["usernames"].(map[string]any); ok {
		for _, fam := range sortedKeys(m) {
			u.SetStr(fam, ToPy(m[fam]))
		}
	}
	g["usernames"] = u
	return g
}

// familyPrelude imports what pywikibot's __init__ binds for family files
// (pywikibot.family, .tools, .exceptions, Family, AutoFamily) and gives the stand-in package
// pywikibot's output functions: stdout() to stdout, output(), info() and
// the warnings to stderr; log() and debug() go to pywikibot's log file only,
// which family loading does not write.
const familyPrelude = `import sys
import pywikibot
import pywikibot.family, pywikibot.tools, pywikibot.exceptions
# pywikibot's __init__ also binds Family and AutoFamily
# (family files written as 'from pywikibot import Family').
pywikibot.Family = pywikibot.family.Family
pywikibot.AutoFamily = pywikibot.family.AutoFamily


def _say(prefix, stream):
    def say(text='', *args, **kwargs):
        if stream is not None:
            print(prefix + str(text), file=stream)
    return say


for _name, _prefix, _stream in (('output', '', sys.stderr), ('info', '', sys.stderr), ('stdout', '', sys.stdout),
                                ('log', '', None), ('debug', '', None), ('warning', 'WARNING: ', sys.stderr),
                                ('error', 'ERROR: ', sys.stderr), ('critical', 'CRITICAL: ', sys.stderr),
                                ('exception', 'ERROR: ', sys.stderr)):
    setattr(pywikibot, _name, _say(_prefix, _stream))
`

// knownKinds are the base classes reported as a family's kind, most
// specific first.
var knownKinds = []string{"AutoFamily", "WikimediaOrgFamily", "SingleSiteFamily", "SubdomainFamily", "FandomFamily", "WikibaseFamily", "WikimediaFamily", "Family"}

// Load runs the family file at path and evaluates it for every code.
func (l *familyLoader) Load(name, path string, warn func(string)) (*family.Static, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &family.UnknownFamilyError{Name: name, Msg: fmt.Sprintf("Family %s does not exist (%v)", name, err)}
	}
	modName := strings.TrimSuffix(baseName(path), ".py")
	g := py.NewStringDict()
	g["__name__"] = py.String(modName)
	g["__file__"] = py.String(path)
	python.RegisterSource(path, string(src))
	if err := execSource(l.in, string(src), path, g); err != nil {
		msg, line := traceback(err, path)
		return nil, &family.FileError{File: path, Line: line, Msg: msg}
	}
	fail := func(err error) error {
		msg, line := traceback(err, path)
		return &family.FileError{File: path, Line: line, Msg: msg}
	}
	clsObj, ok := g["Family"]
	if !ok {
		return nil, &family.FileError{File: path, Msg: "AttributeError: module '" + modName + "' has no attribute 'Family'"}
	}
	cls, ok := clsObj.(*py.Type)
	if !ok {
		return nil, &family.FileError{File: path, Msg: "TypeError: Family is not a class"}
	}
	if _, has := cls.Dict["__init__"]; has {
		return nil, &family.FileError{File: path, Msg: fmt.Sprintf("RuntimeError: Family class %s.Family cannot be instantiated; use __post_init__() classmethod to modify your family class. Refer the documentation.", modName)}
	}
	if pi, has := cls.Dict["__post_init__"]; has {
		f, ok := pi.(*py.ClassMethod)
		if !ok {
			return nil, &family.FileError{File: path, Msg: fmt.Sprintf("RuntimeError: __post_init__() method of %s.Family class or its superclass must be a classmethod. Please  check your family file.", modName)}
		}
		if _, err := safeCall(f.Callable, py.Tuple{cls}); err != nil {
			return nil, fail(err)
		}
	}
	inst, err := safeCall(cls, nil)
	if err != nil {
		return nil, fail(err)
	}
	f := &family.Static{File: path, Sites: map[string]*family.SiteURLs{}, LangMap: map[string]string{}, FamKind: "Family"}
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
		return nil, &family.FileError{File: path, Msg: "the Family class has no name (add name = '" + name + "')"}
	}
	if f.FamName != name {
		warn(fmt.Sprintf("FamilyMaintenanceWarning: Family name %s does not match family module name %s", f.FamName, name))
	}
	if !family.ValidName(f.FamName) {
		warn(family.NameWarning(f.FamName))
	}
	if d, err := callStr(inst, "_gwb_domain"); err == nil {
		f.FamDomain = d
	}
	langsObj, err := safeCallMethod(inst, "_gwb_langs")
	if err != nil {
		return nil, fail(err)
	}
	if err := iterMapping(langsObj, func(k string, v py.Object) {
		if s, ok := v.(py.String); ok {
			f.LangMap[k] = string(s)
		} else {
			f.LangMap[k] = ""
		}
	}); err != nil {
		return nil, &family.FileError{File: path, Msg: "langs: " + err.Error()}
	}
	if codesObj, err := safeCallMethod(inst, "_gwb_codes"); err == nil {
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
		if !family.ValidCode(code) {
			warn(family.CodeWarning(f.FamName, code))
		}
		f.Sites[code] = evalSite(inst, code, path)
	}
	for _, code := range f.CodeList {
		if _, ok := f.Sites[code]; !ok {
			f.Sites[code] = evalSite(inst, code, path)
		}
	}
	return f, nil
}

// evalSite calls the family's URL methods for code. The first exception
// a method raises is kept (traceback and the family file's line) for
// family.SiteError to report.
func evalSite(inst py.Object, code, path string) *family.SiteURLs {
	c := py.String(code)
	s := &family.SiteURLs{}
	get := func(method string, args ...py.Object) string {
		v, err := callStr(inst, method, args...)
		if err != nil && s.Err == "" {
			s.ErrTrace, s.ErrLine = traceback(err, path)
			s.Err = method + "(): " + lastLine(s.ErrTrace)
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
	return s
}

// traceback renders a Python error as CPython prints it, and the last
// line of file among its frames (0 when none).
func traceback(err error, file string) (string, int) {
	info := sysmods.ExceptionInfoOf(err)
	if info == nil {
		return errorAt(err, file)
	}
	return strings.TrimRight(python.FormatTraceback(info), "\n"), python.LastLineIn(info.Traceback, file)
}

// callStr calls obj.method(*args) and renders the result as Go reads it:
// str as is, bool as "True"/"False", a tuple's items joined by NUL, None
// as "". Other types are a TypeError.
func callStr(obj py.Object, method string, args ...py.Object) (string, error) {
	fn, err := py.GetAttrString(obj, method)
	if err != nil {
		return "", err
	}
	res, err := safeCall(fn, py.Tuple(args))
	if err != nil {
		return "", err
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
	return "", py.ExceptionNewf(py.TypeError, "%s() returned %s, not str", method, res.Type().Name)
}

// safeCall calls fn, turning a Go panic inside the interpreter into an
// error.
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
		msg, _ := traceback(err, "")
		return errors.New(lastLine(msg))
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
