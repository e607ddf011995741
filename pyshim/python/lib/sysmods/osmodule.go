package sysmods

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
)

// StatResultType is the type of os.stat() results.
var StatResultType = py.NewType("os.stat_result", "stat_result: Result from stat, fstat, or lstat.")

// StatResult is os.stat_result: indexable like a 10-tuple, with st_* names.
type StatResult struct {
	t      py.Tuple
	fields py.StringDict
}

// Type returns StatResultType.
func (s *StatResult) Type() *py.Type { return StatResultType }

// M__getitem__ indexes the 10-tuple.
func (s *StatResult) M__getitem__(k py.Object) (py.Object, error) { return s.t.M__getitem__(k) }

// M__len__ is 10.
func (s *StatResult) M__len__() (py.Object, error) { return py.Int(len(s.t)), nil }

// M__iter__ iterates the 10-tuple.
func (s *StatResult) M__iter__() (py.Object, error) { return py.NewIterator(s.t), nil }

// M__getattr__ returns st_* fields.
func (s *StatResult) M__getattr__(name string) (py.Object, error) {
	if v, ok := s.fields[name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'os.stat_result' object has no attribute '%s'", name)
}

// M__repr__ is CPython's repr.
func (s *StatResult) M__repr__() (py.Object, error) {
	names := []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"}
	parts := make([]string, len(names))
	for i, n := range names {
		v := s.t[i]
		r, _ := repr(v)
		parts[i] = n + "=" + r
	}
	return py.String("os.stat_result(" + strings.Join(parts, ", ") + ")"), nil
}

// statTimes returns the access, modification and change times in
// nanoseconds (only the modification time where the platform's stat is
// unknown).
func statTimes(st os.FileInfo) [3]int64 {
	if ns, ok := statTimesSys(st); ok {
		return ns
	}
	m := st.ModTime().UnixNano()
	return [3]int64{m, m, m}
}

// nsSeconds is CPython's float of a time in nanoseconds (sec + nsec*1e-9).
func nsSeconds(ns int64) py.Float {
	sec, nsec := ns/1e9, ns%1e9
	if nsec < 0 {
		sec, nsec = sec-1, nsec+1e9
	}
	return py.Float(float64(sec) + float64(nsec)*1e-9)
}

func newStatResult(st os.FileInfo) *StatResult {
	var mode, ino, dev, nlink, uid, gid int64
	mode = int64(st.Mode().Perm())
	if m, i, d, n, u, g, ok := statIDs(st); ok {
		mode, ino, dev, nlink, uid, gid = m, i, d, n, u, g
	}
	ns := statTimes(st)
	s := &StatResult{}
	secs := func(n int64) py.Object {
		if n < 0 && n%1e9 != 0 {
			return py.Int(n/1e9 - 1)
		}
		return py.Int(n / 1e9)
	}
	s.t = py.Tuple{py.Int(mode), py.Int(ino), py.Int(dev), py.Int(nlink), py.Int(uid), py.Int(gid), py.Int(st.Size()),
		secs(ns[0]), secs(ns[1]), secs(ns[2])}
	s.fields = py.StringDict{
		"st_mode": s.t[0], "st_ino": s.t[1], "st_dev": s.t[2], "st_nlink": s.t[3], "st_uid": s.t[4], "st_gid": s.t[5],
		"st_size": s.t[6], "st_atime": nsSeconds(ns[0]), "st_mtime": nsSeconds(ns[1]), "st_ctime": nsSeconds(ns[2]),
		"st_atime_ns": py.Int(ns[0]), "st_mtime_ns": py.Int(ns[1]), "st_ctime_ns": py.Int(ns[2]),
	}
	return s
}

// EnvironType is the type of os.environ.
var EnvironType = py.NewType("_Environ", "os.environ: the process environment as a mapping.")

// Environ is os.environ: reads and writes go to the process environment.
type Environ struct{}

// Type returns EnvironType.
func (e *Environ) Type() *py.Type { return EnvironType }

func envKey(k py.Object) (string, error) {
	s, ok := k.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "str expected, not %s", typeName(k))
	}
	return string(s), nil
}

// M__getitem__ returns the variable or raises KeyError.
func (e *Environ) M__getitem__(k py.Object) (py.Object, error) {
	key, err := envKey(k)
	if err != nil {
		return nil, err
	}
	if v, ok := os.LookupEnv(key); ok {
		return py.String(v), nil
	}
	return nil, keyError(py.String(key))
}

// M__setitem__ sets the variable.
func (e *Environ) M__setitem__(k, v py.Object) (py.Object, error) {
	key, err := envKey(k)
	if err != nil {
		return nil, err
	}
	val, err := envKey(v)
	if err != nil {
		return nil, err
	}
	os.Setenv(key, val)
	return py.None, nil
}

// M__delitem__ unsets the variable.
func (e *Environ) M__delitem__(k py.Object) (py.Object, error) {
	key, err := envKey(k)
	if err != nil {
		return nil, err
	}
	if _, ok := os.LookupEnv(key); !ok {
		return nil, keyError(py.String(key))
	}
	os.Unsetenv(key)
	return py.None, nil
}

// M__contains__ reports whether the variable is set.
func (e *Environ) M__contains__(k py.Object) (py.Object, error) {
	key, ok := k.(py.String)
	if !ok {
		return py.False, nil
	}
	_, set := os.LookupEnv(string(key))
	return py.NewBool(set), nil
}

func envKeys() []string {
	var ks []string
	for _, kv := range os.Environ() {
		ks = append(ks, strings.SplitN(kv, "=", 2)[0])
	}
	return ks
}

// M__iter__ iterates over the names.
func (e *Environ) M__iter__() (py.Object, error) {
	var t py.Tuple
	for _, k := range envKeys() {
		t = append(t, py.String(k))
	}
	return py.NewIterator(t), nil
}

// M__len__ is the number of variables.
func (e *Environ) M__len__() (py.Object, error) { return py.Int(len(os.Environ())), nil }

// M__repr__ is like CPython's environ({...}).
func (e *Environ) M__repr__() (py.Object, error) {
	var parts []string
	for _, kv := range os.Environ() {
		p := strings.SplitN(kv, "=", 2)
		parts = append(parts, pyQuote(p[0])+": "+pyQuote(p[1]))
	}
	return py.String("environ({" + strings.Join(parts, ", ") + "})"), nil
}

func environInit() {
	d := EnvironType.Dict
	d["get"] = method("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		var k, def py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &k, &def); err != nil {
			return nil, err
		}
		key, err := envKey(k)
		if err != nil {
			return nil, err
		}
		if v, ok := os.LookupEnv(key); ok {
			return py.String(v), nil
		}
		return def, nil
	})
	d["setdefault"] = method("setdefault", func(self py.Object, args py.Tuple) (py.Object, error) {
		var k, def py.Object
		if err := py.UnpackTuple(args, nil, "setdefault", 2, 2, &k, &def); err != nil {
			return nil, err
		}
		key, err := envKey(k)
		if err != nil {
			return nil, err
		}
		if v, ok := os.LookupEnv(key); ok {
			return py.String(v), nil
		}
		if _, err := (&Environ{}).M__setitem__(k, def); err != nil {
			return nil, err
		}
		return def, nil
	})
	d["pop"] = method("pop", func(self py.Object, args py.Tuple) (py.Object, error) {
		var k, def py.Object
		if err := py.UnpackTuple(args, nil, "pop", 1, 2, &k, &def); err != nil {
			return nil, err
		}
		key, err := envKey(k)
		if err != nil {
			return nil, err
		}
		if v, ok := os.LookupEnv(key); ok {
			os.Unsetenv(key)
			return py.String(v), nil
		}
		if def != nil {
			return def, nil
		}
		return nil, keyError(py.String(key))
	})
	d["keys"] = method("keys", func(self py.Object) (py.Object, error) {
		return py.NewListFromStrings(envKeys()), nil
	})
	d["values"] = method("values", func(self py.Object) (py.Object, error) {
		var out []string
		for _, k := range envKeys() {
			out = append(out, os.Getenv(k))
		}
		return py.NewListFromStrings(out), nil
	})
	d["items"] = method("items", func(self py.Object) (py.Object, error) {
		var out []py.Object
		for _, k := range envKeys() {
			out = append(out, py.Tuple{py.String(k), py.String(os.Getenv(k))})
		}
		return py.NewListFromItems(out), nil
	})
	d["copy"] = method("copy", func(self py.Object) (py.Object, error) {
		out := py.StringDict{}
		for _, k := range envKeys() {
			out[k] = py.String(os.Getenv(k))
		}
		return out, nil
	})
	d["update"] = method("update", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		for _, a := range args {
			if sd, ok := a.(py.StringDict); ok {
				for k, v := range sd {
					if _, err := (&Environ{}).M__setitem__(py.String(k), v); err != nil {
						return nil, err
					}
				}
				continue
			}
			return nil, py.ExceptionNewf(py.TypeError, "update() argument must be a dict")
		}
		for k, v := range kwargs {
			if _, err := (&Environ{}).M__setitem__(py.String(k), v); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
}

// DirEntryType is the type of os.scandir() entries.
var DirEntryType = py.NewType("posix.DirEntry", "A directory entry from os.scandir().")

// DirEntry is an os.DirEntry.
type DirEntry struct {
	name, path string
	d          os.DirEntry
}

// Type returns DirEntryType.
func (d *DirEntry) Type() *py.Type { return DirEntryType }

// M__repr__ is <DirEntry 'name'>.
func (d *DirEntry) M__repr__() (py.Object, error) {
	return py.String("<DirEntry " + pyQuote(d.name) + ">"), nil
}

// M__fspath__ returns the path.
func (d *DirEntry) M__fspath__() (py.Object, error) { return py.String(d.path), nil }

func dirEntryInit() {
	d := DirEntryType.Dict
	d["name"] = getter(func(self py.Object) (py.Object, error) { return py.String(self.(*DirEntry).name), nil })
	d["path"] = getter(func(self py.Object) (py.Object, error) { return py.String(self.(*DirEntry).path), nil })
	d["is_dir"] = method("is_dir", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		st, err := os.Stat(self.(*DirEntry).path)
		return py.NewBool(err == nil && st.IsDir()), nil
	})
	d["is_file"] = method("is_file", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		st, err := os.Stat(self.(*DirEntry).path)
		return py.NewBool(err == nil && st.Mode().IsRegular()), nil
	})
	d["is_symlink"] = method("is_symlink", func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*DirEntry).d.Type()&os.ModeSymlink != 0), nil
	})
	d["stat"] = method("stat", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		st, err := os.Stat(self.(*DirEntry).path)
		if err != nil {
			return nil, osError(err, self.(*DirEntry).path)
		}
		return newStatResult(st), nil
	})
}

func optPath(args py.Tuple, kwargs py.StringDict, name string) (string, bool, error) {
	var p py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+name, []string{"path"}, &p); err != nil {
		return "", false, err
	}
	if isNone(p) {
		return ".", false, nil
	}
	s, err := fspath(p)
	return s, true, err
}

func osWalk(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var top, topdown, onerror, follow py.Object = nil, py.True, py.None, py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOO:walk", []string{"top", "topdown", "onerror", "followlinks"}, &top, &topdown, &onerror, &follow); err != nil {
		return nil, err
	}
	root, err := fspath(top)
	if err != nil {
		return nil, err
	}
	td, _ := boolOf(topdown)
	var out []py.Object
	var walk func(dir string) error
	walk = func(dir string) error {
		ents, err := os.ReadDir(dir)
		if err != nil {
			if !isNone(onerror) {
				_, cerr := py.Call(onerror, py.Tuple{osError(err, dir).(*py.Exception)}, nil)
				return cerr
			}
			return nil
		}
		var dirs, files []py.Object
		for _, e := range ents {
			isDir := e.IsDir()
			if e.Type()&os.ModeSymlink != 0 {
				if st, err := os.Stat(filepath.Join(dir, e.Name())); err == nil && st.IsDir() {
					isDir = true
				}
			}
			if isDir {
				dirs = append(dirs, py.String(e.Name()))
			} else {
				files = append(files, py.String(e.Name()))
			}
		}
		dl := py.NewListFromItems(dirs)
		entry := py.Tuple{py.String(dir), dl, py.NewListFromItems(files)}
		if td {
			out = append(out, entry)
		}
		for _, d := range dl.Items {
			name := string(d.(py.String))
			p := pathJoin(dir, name)
			if fi, err := os.Lstat(p); err == nil && fi.Mode()&os.ModeSymlink != 0 {
				if f, _ := boolOf(follow); !f {
					continue
				}
			}
			if err := walk(p); err != nil {
				return err
			}
		}
		if !td {
			out = append(out, entry)
		}
		return nil
	}
	// Walk eagerly but lazily per top-down level would need a generator;
	// the eager walk gives the same sequence when the tree does not change.
	if err := walk(root); err != nil {
		return nil, err
	}
	return py.NewIterator(py.Tuple(out)), nil
}

func init() {
	environInit()
	dirEntryInit()
	StatResultType.Dict["__getattr__"] = nil
	delete(StatResultType.Dict, "__getattr__")
	path1 := func(name string, fn func(string) error) func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:"+name, []string{"path"}, &p); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			if err := fn(s); err != nil {
				return nil, osError(err, s)
			}
			return py.None, nil
		}
	}
	path2 := func(name string, fn func(a, b string) error) func(self py.Object, args py.Tuple) (py.Object, error) {
		return func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, name, 2, 2)
			if err != nil {
				return nil, err
			}
			if err := fn(a[0], a[1]); err != nil {
				return nil, osError(err, a[0])
			}
			return py.None, nil
		}
	}
	remove := path1("remove", func(p string) error {
		if st, err := os.Lstat(p); err == nil && st.IsDir() {
			return syscall.EISDIR
		}
		return syscall.Unlink(p)
	})
	extendModule("os", map[string]interface{}{
		"remove":  remove,
		"unlink":  remove,
		"rmdir":   path1("rmdir", func(p string) error { return syscall.Rmdir(p) }),
		"rename":  path2("rename", os.Rename),
		"replace": path2("replace", os.Rename),
		"symlink": path2("symlink", os.Symlink),
		"link":    path2("link", os.Link),
		"readlink": func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, "readlink", 1, 1)
			if err != nil {
				return nil, err
			}
			r, err := os.Readlink(a[0])
			if err != nil {
				return nil, osError(err, a[0])
			}
			return py.String(r), nil
		},
		"chmod": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p, m py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "OO:chmod", []string{"path", "mode"}, &p, &m); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			mode, err := toInt(m, "")
			if err != nil {
				return nil, err
			}
			if err := syscall.Chmod(s, uint32(mode)); err != nil {
				return nil, osError(err, s)
			}
			return py.None, nil
		},
		"utime": osUtime,
		"mkdir": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p, m py.Object = nil, py.Int(0o777)
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:mkdir", []string{"path", "mode"}, &p, &m); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			mode, err := toInt(m, "")
			if err != nil {
				return nil, err
			}
			if err := syscall.Mkdir(s, uint32(mode)); err != nil {
				return nil, osError(err, s)
			}
			return py.None, nil
		},
		"makedirs": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p, m, ok py.Object = nil, py.Int(0o777), py.False
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:makedirs", []string{"name", "mode", "exist_ok"}, &p, &m, &ok); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			mode, err := toInt(m, "")
			if err != nil {
				return nil, err
			}
			existOK, _ := boolOf(ok)
			if st, err := os.Stat(s); err == nil {
				if existOK && st.IsDir() {
					return py.None, nil
				}
				return nil, osError(syscall.EEXIST, s)
			}
			if err := os.MkdirAll(s, os.FileMode(mode)); err != nil {
				return nil, osError(err, s)
			}
			return py.None, nil
		},
		"listdir": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			p, _, err := optPath(args, kwargs, "listdir")
			if err != nil {
				return nil, err
			}
			f, err := os.Open(p)
			if err != nil {
				return nil, osError(err, p)
			}
			defer f.Close()
			names, err := f.Readdirnames(-1)
			if err != nil {
				return nil, osError(err, p)
			}
			return py.NewListFromStrings(names), nil
		},
		"scandir": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			p, given, err := optPath(args, kwargs, "scandir")
			if err != nil {
				return nil, err
			}
			f, err := os.Open(p)
			if err != nil {
				return nil, osError(err, p)
			}
			defer f.Close()
			ents, err := f.ReadDir(-1)
			if err != nil {
				return nil, osError(err, p)
			}
			var out py.Tuple
			for _, e := range ents {
				var full string
				if given {
					full = pathJoin(p, e.Name())
				} else {
					full = "./" + e.Name()
				}
				out = append(out, &DirEntry{name: e.Name(), path: full, d: e})
			}
			return newScandirIter(out), nil
		},
		"stat": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:stat", []string{"path"}, &p); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			st, err := os.Stat(s)
			if err != nil {
				return nil, osError(err, s)
			}
			return newStatResult(st), nil
		},
		"lstat": func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, "lstat", 1, 1)
			if err != nil {
				return nil, err
			}
			st, err := os.Lstat(a[0])
			if err != nil {
				return nil, osError(err, a[0])
			}
			return newStatResult(st), nil
		},
		"walk": osWalk,
		// fsencode/fsdecode: file names are UTF-8 here (CPython's file
		// system encoding on Linux; undecodable bytes become U+FFFD).
		"fsencode": func(self py.Object, arg py.Object) (py.Object, error) {
			if _, ok := asBytes(arg); ok {
				return arg, nil
			}
			s, err := fspath(arg)
			if err != nil {
				return nil, err
			}
			return newBytes([]byte(s)), nil
		},
		"fsdecode": func(self py.Object, arg py.Object) (py.Object, error) {
			s, err := fspath(arg)
			if err != nil {
				return nil, err
			}
			return py.String(strings.ToValidUTF8(s, "\ufffd")), nil
		},
		"fspath": func(self py.Object, arg py.Object) (py.Object, error) {
			if _, ok := arg.(py.String); !ok {
				if _, ok := asBytes(arg); ok && arg.Type().Name == "bytes" {
					return arg, nil // bytes pass through, as CPython's
				}
			}
			s, err := fspath(arg)
			if err != nil {
				return nil, err
			}
			return py.String(s), nil
		},
		"getenv": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var k, d py.Object = nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:getenv", []string{"key", "default"}, &k, &d); err != nil {
				return nil, err
			}
			key, err := envKey(k)
			if err != nil {
				return nil, err
			}
			if v, ok := os.LookupEnv(key); ok {
				return py.String(v), nil
			}
			return d, nil
		},
		"access": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p, m py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "OO:access", []string{"path", "mode"}, &p, &m); err != nil {
				return nil, err
			}
			s, err := fspath(p)
			if err != nil {
				return nil, err
			}
			mode, err := toInt(m, "")
			if err != nil {
				return nil, err
			}
			return py.NewBool(access(s, uint32(mode))), nil
		},
		"cpu_count": func(self py.Object) (py.Object, error) { return py.Int(numCPU()), nil },
		"getppid":   func(self py.Object) (py.Object, error) { return py.Int(os.Getppid()), nil },
		"getuid":    func(self py.Object) (py.Object, error) { return py.Int(os.Getuid()), nil },
		"urandom": func(self py.Object, arg py.Object) (py.Object, error) {
			n, err := toInt(arg, "")
			if err != nil {
				return nil, err
			}
			return newBytes(randomBytes(n)), nil
		},
	}, py.StringDict{
		"environ":  &Environ{},
		"F_OK":     py.Int(0),
		"R_OK":     py.Int(4),
		"W_OK":     py.Int(2),
		"X_OK":     py.Int(1),
		"PathLike": py.ObjectType,
		// whence of seek (tinydb's JSONStorage seeks with os.SEEK_END)
		"SEEK_SET": py.Int(0),
		"SEEK_CUR": py.Int(1),
		"SEEK_END": py.Int(2),
	})
	_ = sort.Strings
}

// scandir iterator with context-manager support.
var scandirIterType = py.NewType("posix.ScandirIterator", "")

type scandirIter struct {
	items py.Tuple
	i     int
}

func newScandirIter(t py.Tuple) *scandirIter         { return &scandirIter{items: t} }
func (s *scandirIter) Type() *py.Type                { return scandirIterType }
func (s *scandirIter) M__iter__() (py.Object, error) { return s, nil }
func (s *scandirIter) M__next__() (py.Object, error) {
	if s.i >= len(s.items) {
		return nil, py.StopIteration
	}
	s.i++
	return s.items[s.i-1], nil
}
func (s *scandirIter) M__enter__() (py.Object, error)                 { return s, nil }
func (s *scandirIter) M__exit__(a, b, c py.Object) (py.Object, error) { return py.None, nil }
