package sysmods

import (
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"
)

// TempDirType is tempfile.TemporaryDirectory.
var TempDirType = py.NewType("TemporaryDirectory", "Create and return a temporary directory; removed by cleanup() or at the end of a with block.")

// TempDir is a tempfile.TemporaryDirectory.
type TempDir struct{ name string }

// Type returns TempDirType.
func (t *TempDir) Type() *py.Type { return TempDirType }

// M__enter__ returns the directory name.
func (t *TempDir) M__enter__() (py.Object, error) { return py.String(t.name), nil }

// M__exit__ removes the directory.
func (t *TempDir) M__exit__(a, b, c py.Object) (py.Object, error) {
	os.RemoveAll(t.name)
	return py.False, nil
}

// M__repr__ is <TemporaryDirectory '...'>.
func (t *TempDir) M__repr__() (py.Object, error) {
	return py.String("<TemporaryDirectory " + pyQuote(t.name) + ">"), nil
}

// TempFileType is the wrapper returned by NamedTemporaryFile.
var TempFileType = py.NewType("_TemporaryFileWrapper", "Temporary file wrapper: deletes the file when closed.")

// TempFile wraps a file object and deletes the file on close.
type TempFile struct {
	file   py.Object
	name   string
	delete bool
}

// Type returns TempFileType.
func (t *TempFile) Type() *py.Type { return TempFileType }

// M__getattr__ delegates to the file.
func (t *TempFile) M__getattr__(name string) (py.Object, error) {
	if name == "name" {
		return py.String(t.name), nil
	}
	if name == "close" {
		return py.MustNewMethod("close", func(self py.Object) (py.Object, error) { return t.close() }, 0, ""), nil
	}
	return py.GetAttrString(t.file, name)
}

func (t *TempFile) close() (py.Object, error) {
	if c, err := py.GetAttrString(t.file, "close"); err == nil {
		if _, err := py.Call(c, nil, nil); err != nil {
			return nil, err
		}
	}
	if t.delete {
		os.Remove(t.name)
	}
	return py.None, nil
}

// M__enter__ returns the wrapper.
func (t *TempFile) M__enter__() (py.Object, error) { return t, nil }

// M__exit__ closes (and deletes) the file.
func (t *TempFile) M__exit__(a, b, c py.Object) (py.Object, error) {
	_, err := t.close()
	return py.False, err
}

// M__iter__ iterates over the file.
func (t *TempFile) M__iter__() (py.Object, error) { return py.Iter(t.file) }

func tempArgs(args py.Tuple, kwargs py.StringDict, names []string, defaults []py.Object) (map[string]py.Object, error) {
	out := map[string]py.Object{}
	for i, n := range names {
		out[n] = defaults[i]
	}
	if len(args) > len(names) {
		return nil, py.ExceptionNewf(py.TypeError, "too many positional arguments")
	}
	for i, a := range args {
		out[names[i]] = a
	}
	for k, v := range kwargs {
		if _, ok := out[k]; !ok {
			return nil, py.ExceptionNewf(py.TypeError, "got an unexpected keyword argument '%s'", k)
		}
		out[k] = v
	}
	return out, nil
}

func tempPattern(a map[string]py.Object) (dir, pattern string) {
	dir = os.TempDir()
	if s, ok := a["dir"].(py.String); ok {
		dir = string(s)
	}
	prefix, suffix := "tmp", ""
	if s, ok := a["prefix"].(py.String); ok {
		prefix = string(s)
	}
	if s, ok := a["suffix"].(py.String); ok {
		suffix = string(s)
	}
	return dir, prefix + "*" + suffix
}

func tempfileInit() {
	TempDirType.Dict["name"] = getter(func(self py.Object) (py.Object, error) { return py.String(self.(*TempDir).name), nil })
	TempDirType.Dict["cleanup"] = method("cleanup", func(self py.Object) (py.Object, error) {
		os.RemoveAll(self.(*TempDir).name)
		return py.None, nil
	})
	extendModule("tempfile", map[string]interface{}{
		"SpooledTemporaryFile": pyDelegate("_gwb_spooled", "SpooledTemporaryFile"),
		"TemporaryFile":        pyDelegate("_gwb_spooled", "TemporaryFile"),
		"TemporaryDirectory": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := tempArgs(args, kwargs, []string{"suffix", "prefix", "dir", "ignore_cleanup_errors"}, []py.Object{py.None, py.None, py.None, py.False})
			if err != nil {
				return nil, err
			}
			dir, pat := tempPattern(a)
			name, err := os.MkdirTemp(dir, pat)
			if err != nil {
				return nil, osError(err, dir)
			}
			return &TempDir{name: name}, nil
		},
		"NamedTemporaryFile": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := tempArgs(args, kwargs, []string{"mode", "buffering", "encoding", "newline", "suffix", "prefix", "dir", "delete", "errors"},
				[]py.Object{py.String("w+b"), py.Int(-1), py.None, py.None, py.None, py.None, py.None, py.True, py.None})
			if err != nil {
				return nil, err
			}
			dir, pat := tempPattern(a)
			f, err := os.CreateTemp(dir, pat)
			if err != nil {
				return nil, osError(err, dir)
			}
			name := f.Name()
			f.Close()
			ctx := ctxOf(self)
			open := ctx.Store().Builtins.Globals["open"]
			kw := py.StringDict{}
			if !isNone(a["encoding"]) {
				kw["encoding"] = a["encoding"]
			}
			fo, err := py.Call(open, py.Tuple{py.String(name), a["mode"]}, kw)
			if err != nil {
				os.Remove(name)
				return nil, err
			}
			del, _ := boolOf(a["delete"])
			return &TempFile{file: fo, name: name, delete: del}, nil
		},
		"mktemp": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := tempArgs(args, kwargs, []string{"suffix", "prefix", "dir"}, []py.Object{py.None, py.None, py.None})
			if err != nil {
				return nil, err
			}
			dir, pat := tempPattern(a)
			f, err := os.CreateTemp(dir, pat)
			if err != nil {
				return nil, osError(err, dir)
			}
			name := f.Name()
			f.Close()
			os.Remove(name)
			return py.String(name), nil
		},
		"gettempprefix": func(self py.Object) (py.Object, error) { return py.String("tmp"), nil },
	}, py.StringDict{"tempdir": py.None, "template": py.String("tmp")})
	_ = filepath.Join
}

func init() { tempfileInit() }
