package userconfig

import (
	"os"
	"strings"
)

// loadPython runs the user-config.py at path with the registered
// Evaluator and copies the values back, with pywikibot's checks and
// warnings.
func (l *loader) loadPython(path string) error {
	cfg := l.cfg
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if uid, ok := fileOwner(fi); ok && uid != os.Getuid() && uid != 0 {
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
	eval := registeredEvaluator()
	if eval == nil {
		return noEvaluatorError(path)
	}
	l.initialFs = map[string]string{}
	for k, p := range l.familyFs {
		l.initialFs[k] = p
	}
	stdout := l.opts.Stdout
	if stdout == nil {
		stdout = os.Stdout
	}
	globals, err := eval(&PyInput{
		Path: path, Source: string(src), FileName: cfg.ConfigFileName,
		BaseDir: cfg.BaseDir, Cwd: cfg.Cwd, Home: cfg.Home,
		Stdout: stdout, Stderr: l.stderr,
		FamilyFiles: copyStrMap(l.familyFs),
		RegisterFamiliesFolder: func(folder string, notExistsOK bool) (map[string]string, error) {
			if err := registerFamiliesFolder(l.familyFs, folder, notExistsOK); err != nil {
				return nil, err
			}
			return copyStrMap(l.familyFs), nil
		},
	})
	if err != nil {
		return err
	}
	return l.readBack(globals, cfg.ConfigFileName)
}

func copyStrMap(m map[string]string) map[string]string {
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

var skipGlobals = map[string]bool{
	"__builtins__": true, "__name__": true, "__doc__": true, "__file__": true,
	"__package__": true, "__loader__": true, "__spec__": true, "__annotations__": true,
}

// readBack copies the exec globals into cfg.Vars, with pywikibot's type
// checks and "unknown variable" warnings.
func (l *loader) readBack(globals []PyGlobal, file string) error {
	cfg := l.cfg
	checkOrder(globals)
	for _, pg := range globals {
		name := pg.Name
		if skipGlobals[name] {
			continue
		}
		def, known := varIndex[name]
		val := pg.Value
		if pg.Code != "" {
			if !helperNames[name] && !strings.HasPrefix(name, "_") {
				cfg.Unconvertible = append(cfg.Unconvertible, pg.describe())
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
		got := pg.Type
		if name == "usernames" {
			if got != "defaultdict" {
				cfg.warn(l.stderr, "Configuration variable \"%s\" is defined as \"%s\" in your %s but expected \"defaultdict\".", name, got, file)
				// pywikibot only warns: a plain dict such as
				// usernames = {'vikidia': {'fr': 'Bot'}} is still used.
				if _, ok := val.(map[string]any); !ok {
					continue
				}
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
			// pywikibot only warns and keeps the value (put_throttle = 1.5
			// is used although its default is the int 10); the Go core's
			// typed fields take what they can use of it.
			cfg.Vars[name] = val
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
