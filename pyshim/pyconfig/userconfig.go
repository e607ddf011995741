package pyconfig

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
	"github.com/gowikibot/gowikibot/userconfig"
)

// evalUserConfig runs a user-config.py as pywikibot's config module does:
// exec() of the whole file with the full interpreter and standard library,
// in a namespace holding every public config variable with its default and
// pywikibot's helper functions. `from pywikibot import config` and
// `from pywikibot.config import usernames` give that same namespace (the
// config being built), so changes through either are kept.
func evalUserConfig(in *userconfig.PyInput) ([]userconfig.PyGlobal, error) {
	interp, err := python.New(python.Options{Argv: []string{in.Path}, Stdout: in.Stdout, Stderr: in.Stderr})
	if err != nil {
		return nil, err
	}
	defer interp.Close()
	g := configGlobals(in)
	if err := bindConfigModule(interp.Ctx, g, "<gowikibot>/pywikibot/config.py"); err != nil {
		return nil, err
	}
	python.RegisterSource(in.Path, in.Source)
	before := make(map[string]bool, len(g))
	for name := range g {
		before[name] = true
	}
	if err := execSource(interp, in.Source, in.Path, g); err != nil {
		msg, line := traceback(err, in.Path)
		return nil, &userconfig.ConfigError{File: in.Path, Line: line, Msg: msg}
	}
	var added []string
	for name := range g {
		if !before[name] && !strings.HasPrefix(name, "_") {
			added = append(added, name)
		}
	}
	out := make([]userconfig.PyGlobal, 0, len(g))
	for _, name := range orderedGlobals(interp, in.Source, in.Path, g, added) {
		obj := g[name]
		v, kind := fromPy(obj, 0)
		out = append(out, userconfig.PyGlobal{Name: name, Value: v, Type: TypeName(obj), Code: kind})
	}
	return out, nil
}

// bindConfigModule makes `import pywikibot.config`, `from pywikibot import
// config` and `from pywikibot.config import NAME` in ctx use g as the
// module's namespace. The package pywikibot is a stand-in whose submodules
// other than config are gowikibot's embedded ones (pywikibot.tools, ...).
func bindConfigModule(ctx py.Context, g py.StringDict, file string) error {
	pkg, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "pywikibot", Doc: "gowikibot's pywikibot package (config and family files see its submodules)", FileDesc: "<gowikibot>/pywikibot/__init__.py"}})
	if err != nil {
		return err
	}
	pkg.Globals["__path__"] = py.NewListFromStrings([]string{"<gowikibot>/pywikibot"})
	pkg.Globals["__version__"] = py.String("9.6.3")
	cm, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "pywikibot.config", FileDesc: file}})
	if err != nil {
		return err
	}
	for k, v := range cm.Globals {
		if _, ok := g[k]; !ok && strings.HasPrefix(k, "__") && k != "__file__" {
			g[k] = v
		}
	}
	cm.Globals = g
	pkg.Globals["config"] = cm
	return nil
}

// configGlobals builds the namespace user-config.py runs in: every public
// config variable with its default (usernames a defaultdict(dict)),
// family_files, base_dir, user_config_file and pywikibot's helper
// functions.
func configGlobals(in *userconfig.PyInput) py.StringDict {
	g := py.NewStringDict()
	for name, v := range userconfig.DefaultVars() {
		g[name] = ToPy(v)
	}
	g["usernames"] = newUsernames()
	g["family_files"] = ToPy(in.FamilyFiles)
	g["base_dir"] = py.String(in.BaseDir)
	g["user_config_file"] = py.String(in.FileName)
	g["__name__"] = py.String("pywikibot.config")
	strArg := func(o py.Object, fn string) (string, error) {
		s, ok := o.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fn, TypeName(o))
		}
		return string(s), nil
	}
	makepath := func(p string, create bool) (py.Object, error) {
		p = filepath.Clean(p)
		if !filepath.IsAbs(p) {
			p = filepath.Join(in.Cwd, p)
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
	boolArg := func(args py.Tuple, i int, kw py.StringDict, name string, def bool) bool {
		var v py.Object
		if len(args) > i {
			v = args[i]
		} else if k, ok := kw[name]; ok {
			v = k
		} else {
			return def
		}
		t, _ := py.MakeBool(v)
		return t == py.True
	}
	g["user_home_path"] = py.MustNewMethod("user_home_path", func(self, arg py.Object) (py.Object, error) {
		s, err := strArg(arg, "user_home_path")
		if err != nil {
			return nil, err
		}
		return py.String(filepath.Join(in.Home, s)), nil
	}, 0, "user_home_path(path) -> path in the user's home")
	g["makepath"] = py.MustNewMethod("makepath", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "makepath() missing 1 required positional argument: 'path'")
		}
		s, err := strArg(args[0], "makepath")
		if err != nil {
			return nil, err
		}
		return makepath(s, boolArg(args, 1, kw, "create", true))
	}, 0, "makepath(path, create=True)")
	g["datafilepath"] = py.MustNewMethod("datafilepath", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		parts := []string{in.BaseDir}
		for _, a := range args {
			s, err := strArg(a, "datafilepath")
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
		}
		return makepath(filepath.Join(parts...), boolArg(nil, 0, kw, "create", true))
	}, 0, "datafilepath(*filename, create=True)")
	g["shortpath"] = py.MustNewMethod("shortpath", func(self, arg py.Object) (py.Object, error) {
		s, err := strArg(arg, "shortpath")
		if err != nil {
			return nil, err
		}
		if strings.HasPrefix(s, in.BaseDir) && len(s) > len(in.BaseDir) {
			return py.String(s[len(in.BaseDir)+1:]), nil
		}
		return py.String(s), nil
	}, 0, "shortpath(path)")
	g["get_base_dir"] = py.MustNewMethod("get_base_dir", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.String(in.BaseDir), nil
	}, 0, "get_base_dir() -> the config directory")
	g["register_families_folder"] = py.MustNewMethod("register_families_folder", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "register_families_folder() missing 1 required positional argument: 'folder_path'")
		}
		s, err := strArg(args[0], "register_families_folder")
		if err != nil {
			return nil, err
		}
		if !filepath.IsAbs(s) {
			s = filepath.Join(in.Cwd, s)
		}
		files, err := in.RegisterFamiliesFolder(s, boolArg(args, 1, kw, "not_exists_ok", false))
		if err != nil {
			msg := err.Error()
			if rest, ok := strings.CutPrefix(msg, "FileNotFoundError: "); ok {
				return nil, py.ExceptionNewf(py.FileNotFoundError, "%s", rest)
			}
			return nil, py.ExceptionNewf(py.OSError, "%s", msg)
		}
		// Kept in the family_files the file sees (pywikibot 9.6.3 loses
		// folders registered from user-config.py; gowikibot keeps them).
		if fd, ok := g["family_files"].(*pyobj.Dict); ok {
			for _, k := range sortedKeys(files) {
				fd.SetStr(k, py.String(files[k]))
			}
		}
		return py.None, nil
	}, 0, "register_families_folder(folder_path, not_exists_ok=False)")
	return g
}

// newUsernames is pywikibot's usernames = defaultdict(dict).
func newUsernames() *pyobj.Dict {
	d := pyobj.NewDictOfType(pyobj.DefaultDictType)
	d.Factory = pyobj.DictType
	return d
}
