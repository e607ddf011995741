package sysmods

import (
	"errors"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
)

// osError converts a Go file-system error into CPython's OSError subclass
// with "[Errno N] message: 'filename'".
func osError(err error, filename string) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return py.ExceptionNewf(py.OSError, "%v", err)
		}
	}
	t := py.OSError
	switch errno {
	case syscall.ENOENT:
		t = py.FileNotFoundError
	case syscall.EEXIST:
		t = py.FileExistsError
	case syscall.EACCES, syscall.EPERM:
		t = py.PermissionError
	case syscall.ENOTDIR:
		t = py.NotADirectoryError
	case syscall.EISDIR:
		t = py.IsADirectoryError
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		t = py.BlockingIOError
	}
	msg := errnoMessage(errno)
	var e *py.Exception
	if filename != "" {
		e = py.ExceptionNewf(t, "[Errno %d] %s: %s", int(errno), msg, pyQuote(filename))
	} else {
		e = py.ExceptionNewf(t, "[Errno %d] %s", int(errno), msg)
	}
	e.Dict["errno"] = py.Int(errno)
	e.Dict["strerror"] = py.String(msg)
	if filename != "" {
		e.Dict["filename"] = py.String(filename)
	}
	return e
}

// errnoMessage is the C library's strerror text.
func errnoMessage(e syscall.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// pyQuote is repr() of a str.
func pyQuote(s string) string {
	r, err := repr(py.String(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// fspath accepts str or an object with __fspath__ (pathlib.Path).
func fspath(o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case *Path:
		return v.p, nil
	}
	if b, ok := asBytes(o); ok {
		return string(b), nil
	}
	if r, ok, err := py.TypeCall0(o, "__fspath__"); ok {
		if err != nil {
			return "", err
		}
		if s, ok := r.(py.String); ok {
			return string(s), nil
		}
	}
	return "", py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", typeName(o))
}

func pathArgs(args py.Tuple, name string, min, max int) ([]string, error) {
	if len(args) < min || len(args) > max {
		if min == max {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly %d argument (%d given)", name, min, len(args))
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes from %d to %d positional arguments but %d were given", name, min, max, len(args))
	}
	out := make([]string, len(args))
	for i, a := range args {
		s, err := fspath(a)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func pathJoin(a string, rest ...string) string {
	p := a
	for _, b := range rest {
		switch {
		case strings.HasPrefix(b, "/"):
			p = b
		case p == "" || strings.HasSuffix(p, "/"):
			p += b
		default:
			p += "/" + b
		}
	}
	return p
}

func pathSplit(p string) (string, string) {
	i := strings.LastIndex(p, "/") + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func pathSplitext(p string) (string, string) {
	sep := strings.LastIndex(p, "/")
	dot := strings.LastIndex(p, ".")
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func pathNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

func pathAbs(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd, _ := os.Getwd()
		p = pathJoin(cwd, p)
	}
	return pathNormpath(p)
}

func pathReal(p string) string {
	a := pathAbs(p)
	if r, err := filepath.EvalSymlinks(a); err == nil {
		return r
	}
	// Resolve the longest existing prefix.
	dir, rest := a, ""
	for dir != "/" && dir != "" {
		d, base := filepath.Split(dir)
		d = strings.TrimRight(d, "/")
		if d == "" {
			d = "/"
		}
		rest = pathJoin(base, rest)
		if rest != "" && strings.HasSuffix(rest, "/") {
			rest = strings.TrimRight(rest, "/")
		}
		dir = d
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			return pathJoin(r, rest)
		}
	}
	return a
}

func pathExpandUser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.Index(p, "/")
	if i < 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		home = os.Getenv("HOME")
		if home == "" {
			if u, err := user.Current(); err == nil {
				home = u.HomeDir
			} else {
				return p
			}
		}
	} else {
		u, err := user.Lookup(p[1:i])
		if err != nil {
			return p
		}
		home = u.HomeDir
	}
	home = strings.TrimRight(home, "/")
	if home == "" {
		home = "/"
		if i < len(p) {
			home = ""
		}
	}
	return home + p[i:]
}

func isVarChar(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func pathExpandVars(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); {
		if p[i] != '$' {
			b.WriteByte(p[i])
			i++
			continue
		}
		if i+1 < len(p) && p[i+1] == '{' {
			end := strings.IndexByte(p[i+2:], '}')
			if end < 0 {
				b.WriteString(p[i:])
				break
			}
			name := p[i+2 : i+2+end]
			ok := name != ""
			for j := 0; j < len(name); j++ {
				if !isVarChar(name[j]) {
					ok = false
				}
			}
			if v, set := os.LookupEnv(name); ok && set {
				b.WriteString(v)
			} else {
				b.WriteString(p[i : i+3+end])
			}
			i += 3 + end
			continue
		}
		j := i + 1
		for j < len(p) && isVarChar(p[j]) {
			j++
		}
		name := p[i+1 : j]
		if v, set := os.LookupEnv(name); name != "" && set {
			b.WriteString(v)
		} else {
			b.WriteString(p[i:j])
		}
		i = j
	}
	return b.String()
}

func pathRel(p, start string) (string, error) {
	if p == "" {
		return "", py.ExceptionNewf(py.ValueError, "no path specified")
	}
	split := func(s string) []string {
		var out []string
		for _, c := range strings.Split(pathAbs(s), "/") {
			if c != "" {
				out = append(out, c)
			}
		}
		return out
	}
	sl, pl := split(start), split(p)
	i := 0
	for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
		i++
	}
	var rel []string
	for k := i; k < len(sl); k++ {
		rel = append(rel, "..")
	}
	rel = append(rel, pl[i:]...)
	if len(rel) == 0 {
		return ".", nil
	}
	return strings.Join(rel, "/"), nil
}

func str1(fn func(string) string, name string) func(self py.Object, args py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		a, err := pathArgs(args, name, 1, 1)
		if err != nil {
			return nil, err
		}
		return py.String(fn(a[0])), nil
	}
}

func statPred(name string, follow bool, pred func(os.FileInfo) bool) func(self py.Object, args py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly 1 argument (%d given)", name, len(args))
		}
		p, err := fspath(args[0])
		if err != nil {
			if _, ok := args[0].(py.Int); ok {
				return py.False, nil
			}
			return nil, err
		}
		var st os.FileInfo
		if follow {
			st, err = os.Stat(p)
		} else {
			st, err = os.Lstat(p)
		}
		if err != nil {
			return py.False, nil
		}
		return py.NewBool(pred(st)), nil
	}
}

func statNum(name string, fn func(os.FileInfo) py.Object) func(self py.Object, args py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		a, err := pathArgs(args, name, 1, 1)
		if err != nil {
			return nil, err
		}
		st, err := os.Stat(a[0])
		if err != nil {
			return nil, osError(err, a[0])
		}
		return fn(st), nil
	}
}

func init() {
	fns := map[string]interface{}{
		"join": func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "join() missing 1 required positional argument: 'a'")
			}
			a, err := pathArgs(args, "join", 1, 1<<30)
			if err != nil {
				return nil, err
			}
			return py.String(pathJoin(a[0], a[1:]...)), nil
		},
		"split": func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, "split", 1, 1)
			if err != nil {
				return nil, err
			}
			h, t := pathSplit(a[0])
			return py.Tuple{py.String(h), py.String(t)}, nil
		},
		"splitext": func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, "splitext", 1, 1)
			if err != nil {
				return nil, err
			}
			h, t := pathSplitext(a[0])
			return py.Tuple{py.String(h), py.String(t)}, nil
		},
		"splitdrive": func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, "splitdrive", 1, 1)
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.String(""), py.String(a[0])}, nil
		},
		"basename": str1(func(p string) string { return p[strings.LastIndex(p, "/")+1:] }, "basename"),
		"dirname": str1(func(p string) string {
			h, _ := pathSplit(p)
			return h
		}, "dirname"),
		"normpath":   str1(pathNormpath, "normpath"),
		"normcase":   str1(func(p string) string { return p }, "normcase"),
		"abspath":    str1(pathAbs, "abspath"),
		"realpath":   str1(pathReal, "realpath"),
		"expanduser": str1(pathExpandUser, "expanduser"),
		"expandvars": str1(pathExpandVars, "expandvars"),
		"isabs": func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, "isabs", 1, 1)
			if err != nil {
				return nil, err
			}
			return py.NewBool(strings.HasPrefix(a[0], "/")), nil
		},
		"relpath": func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p, start py.Object = nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:relpath", []string{"path", "start"}, &p, &start); err != nil {
				return nil, err
			}
			ps, err := fspath(p)
			if err != nil {
				return nil, err
			}
			ss := "."
			if !isNone(start) {
				if ss, err = fspath(start); err != nil {
					return nil, err
				}
			}
			r, err := pathRel(ps, ss)
			if err != nil {
				return nil, err
			}
			return py.String(r), nil
		},
		"commonprefix": func(self py.Object, arg py.Object) (py.Object, error) {
			items, err := toSlice(arg)
			if err != nil {
				return nil, err
			}
			if len(items) == 0 {
				return py.String(""), nil
			}
			var ss []string
			for _, it := range items {
				s, err := fspath(it)
				if err != nil {
					return nil, err
				}
				ss = append(ss, s)
			}
			sort.Strings(ss)
			a, b := []rune(ss[0]), []rune(ss[len(ss)-1])
			i := 0
			for i < len(a) && i < len(b) && a[i] == b[i] {
				i++
			}
			return py.String(string(a[:i])), nil
		},
		"commonpath": func(self py.Object, arg py.Object) (py.Object, error) {
			items, err := toSlice(arg)
			if err != nil {
				return nil, err
			}
			if len(items) == 0 {
				return nil, py.ExceptionNewf(py.ValueError, "commonpath() arg is an empty sequence")
			}
			var common []string
			abs := false
			for k, it := range items {
				s, err := fspath(it)
				if err != nil {
					return nil, err
				}
				if k == 0 {
					abs = strings.HasPrefix(s, "/")
				} else if abs != strings.HasPrefix(s, "/") {
					return nil, py.ExceptionNewf(py.ValueError, "Can't mix absolute and relative paths")
				}
				var comps []string
				for _, c := range strings.Split(s, "/") {
					if c != "" && c != "." {
						comps = append(comps, c)
					}
				}
				if k == 0 {
					common = comps
					continue
				}
				i := 0
				for i < len(common) && i < len(comps) && common[i] == comps[i] {
					i++
				}
				common = common[:i]
			}
			prefix := ""
			if abs {
				prefix = "/"
			}
			return py.String(prefix + strings.Join(common, "/")), nil
		},
		"exists":  statPred("exists", true, func(os.FileInfo) bool { return true }),
		"lexists": statPred("lexists", false, func(os.FileInfo) bool { return true }),
		"isfile":  statPred("isfile", true, func(s os.FileInfo) bool { return s.Mode().IsRegular() }),
		"isdir":   statPred("isdir", true, func(s os.FileInfo) bool { return s.IsDir() }),
		"islink":  statPred("islink", false, func(s os.FileInfo) bool { return s.Mode()&os.ModeSymlink != 0 }),
		"ismount": statPred("ismount", true, func(s os.FileInfo) bool { return false }),
		"getsize": statNum("getsize", func(s os.FileInfo) py.Object { return py.Int(s.Size()) }),
		"getmtime": statNum("getmtime", func(s os.FileInfo) py.Object {
			return py.Float(float64(s.ModTime().UnixNano()) / 1e9)
		}),
		"getatime": statNum("getatime", func(s os.FileInfo) py.Object { return nsSeconds(statTimes(s)[0]) }),
		"getctime": statNum("getctime", func(s os.FileInfo) py.Object { return nsSeconds(statTimes(s)[2]) }),
		"samefile": func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := pathArgs(args, "samefile", 2, 2)
			if err != nil {
				return nil, err
			}
			s1, err := os.Stat(a[0])
			if err != nil {
				return nil, osError(err, a[0])
			}
			s2, err := os.Stat(a[1])
			if err != nil {
				return nil, osError(err, a[1])
			}
			return py.NewBool(os.SameFile(s1, s2)), nil
		},
	}
	for _, name := range pathResultFuncs {
		if fn, ok := fns[name]; ok {
			fns[name] = withBytesPaths(name, fn)
		}
	}
	// os.path is this module (the importer's moduleAliases), named
	// posixpath as in CPython
	register("posixpath", "Common operations on Posix pathnames.", fns, py.StringDict{
		"sep":                        py.String("/"),
		"curdir":                     py.String("."),
		"pardir":                     py.String(".."),
		"extsep":                     py.String("."),
		"altsep":                     py.None,
		"pathsep":                    py.String(":"),
		"defpath":                    py.String("/bin:/usr/bin"),
		"devnull":                    py.String("/dev/null"),
		"supports_unicode_filenames": py.False,
	})
}
