package sysmods

import (
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

func numCPU() int { return runtime.NumCPU() }

func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

// PathType is pathlib.Path (instances are PosixPath).
var PathType = py.NewTypeX("PosixPath", "PurePath subclass for non-Windows systems.", pathNew, nil)

// Path is a pathlib.PosixPath.
type Path struct{ p string }

// Type returns PathType.
func (p *Path) Type() *py.Type { return PathType }

// normPath is pathlib's parsing: no empty or "." components.
func normPathlib(s string) string {
	if s == "" {
		return "."
	}
	root := ""
	if strings.HasPrefix(s, "/") {
		root = "/"
		if strings.HasPrefix(s, "//") && !strings.HasPrefix(s, "///") {
			root = "//"
		}
	}
	var parts []string
	for _, c := range strings.Split(s, "/") {
		if c != "" && c != "." {
			parts = append(parts, c)
		}
	}
	out := root + strings.Join(parts, "/")
	if out == "" {
		return "."
	}
	return out
}

func newPath(parts ...string) *Path {
	p := ""
	for _, s := range parts {
		if s == "" {
			continue
		}
		p = pathJoin(p, s)
	}
	return &Path{p: normPathlib(p)}
}

func pathNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var parts []string
	for _, a := range args {
		s, err := fspath(a)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "argument should be a str or an os.PathLike object where __fspath__ returns a str, not %s", pyQuote(typeName(a)))
		}
		parts = append(parts, s)
	}
	return newPath(parts...), nil
}

// M__str__ is the path text.
func (p *Path) M__str__() (py.Object, error) { return py.String(p.p), nil }

// M__repr__ is PosixPath('...').
func (p *Path) M__repr__() (py.Object, error) {
	return py.String("PosixPath(" + pyQuote(p.p) + ")"), nil
}

// M__fspath__ is the path text.
func (p *Path) M__fspath__() (py.Object, error) { return py.String(p.p), nil }

// M__truediv__ joins.
func (p *Path) M__truediv__(o py.Object) (py.Object, error) {
	s, err := fspath(o)
	if err != nil {
		return py.NotImplemented, nil
	}
	return newPath(p.p, s), nil
}

// M__rtruediv__ joins with the path on the right.
func (p *Path) M__rtruediv__(o py.Object) (py.Object, error) {
	s, err := fspath(o)
	if err != nil {
		return py.NotImplemented, nil
	}
	return newPath(s, p.p), nil
}

// M__eq__ compares paths.
func (p *Path) M__eq__(o py.Object) (py.Object, error) {
	q, ok := o.(*Path)
	if !ok {
		return py.False, nil
	}
	return py.NewBool(p.p == q.p), nil
}

// M__ne__ compares paths.
func (p *Path) M__ne__(o py.Object) (py.Object, error) {
	q, ok := o.(*Path)
	return py.NewBool(!ok || p.p != q.p), nil
}

// M__lt__ orders paths by their parts.
func (p *Path) M__lt__(o py.Object) (py.Object, error) {
	q, ok := o.(*Path)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(p.p < q.p), nil
}

// M__hash__ hashes the text.
func (p *Path) M__hash__() (py.Object, error) {
	var h int64 = 1469598103934665603
	for i := 0; i < len(p.p); i++ {
		h = (h ^ int64(p.p[i])) * 1099511628211
	}
	return py.Int(h), nil
}

func (p *Path) name() string {
	if p.p == "." || p.p == "/" || p.p == "//" {
		return ""
	}
	return p.p[strings.LastIndex(p.p, "/")+1:]
}

func (p *Path) suffix() string {
	n := p.name()
	i := strings.LastIndex(n, ".")
	if i > 0 && i < len(n)-1 {
		return n[i:]
	}
	return ""
}

func (p *Path) parent() *Path {
	if p.p == "." || p.p == "/" || p.p == "//" {
		return p
	}
	i := strings.LastIndex(p.p, "/")
	if i < 0 {
		return &Path{p: "."}
	}
	if i == 0 {
		return &Path{p: "/"}
	}
	return &Path{p: normPathlib(p.p[:i])}
}

func (p *Path) parts() []string {
	var out []string
	if strings.HasPrefix(p.p, "/") {
		out = append(out, "/")
	}
	for _, c := range strings.Split(p.p, "/") {
		if c != "" && c != "." {
			out = append(out, c)
		}
	}
	return out
}

func (p *Path) err(e error) error { return osError(e, p.p) }

func pself(o py.Object) *Path { return o.(*Path) }

func pathlibInit() {
	d := PathType.Dict
	d["name"] = getter(func(s py.Object) (py.Object, error) { return py.String(pself(s).name()), nil })
	d["suffix"] = getter(func(s py.Object) (py.Object, error) { return py.String(pself(s).suffix()), nil })
	d["suffixes"] = getter(func(s py.Object) (py.Object, error) {
		n := pself(s).name()
		if strings.HasSuffix(n, ".") {
			return py.NewList(), nil
		}
		n = strings.TrimLeft(n, ".")
		parts := strings.Split(n, ".")
		var out []string
		for _, x := range parts[1:] {
			out = append(out, "."+x)
		}
		return py.NewListFromStrings(out), nil
	})
	d["stem"] = getter(func(s py.Object) (py.Object, error) {
		p := pself(s)
		n, suf := p.name(), p.suffix()
		return py.String(n[:len(n)-len(suf)]), nil
	})
	d["parent"] = getter(func(s py.Object) (py.Object, error) { return pself(s).parent(), nil })
	d["parents"] = getter(func(s py.Object) (py.Object, error) {
		var out py.Tuple
		p := pself(s)
		for {
			q := p.parent()
			if q.p == p.p {
				break
			}
			out = append(out, q)
			p = q
		}
		return out, nil
	})
	d["parts"] = getter(func(s py.Object) (py.Object, error) {
		var t py.Tuple
		for _, x := range pself(s).parts() {
			t = append(t, py.String(x))
		}
		return t, nil
	})
	d["anchor"] = getter(func(s py.Object) (py.Object, error) {
		if strings.HasPrefix(pself(s).p, "/") {
			return py.String("/"), nil
		}
		return py.String(""), nil
	})
	d["root"] = d["anchor"]
	d["drive"] = getter(func(s py.Object) (py.Object, error) { return py.String(""), nil })
	m := func(name string, fn interface{}) { d[name] = method(name, fn) }
	m("as_posix", func(s py.Object) (py.Object, error) { return py.String(pself(s).p), nil })
	m("is_absolute", func(s py.Object) (py.Object, error) { return py.NewBool(strings.HasPrefix(pself(s).p, "/")), nil })
	m("as_uri", func(s py.Object) (py.Object, error) {
		p := pself(s).p
		if !strings.HasPrefix(p, "/") {
			return nil, py.ExceptionNewf(py.ValueError, "relative path can't be expressed as a file URI")
		}
		// urllib.parse.quote_from_bytes(path, safe='/')
		var b strings.Builder
		b.WriteString("file://")
		for i := 0; i < len(p); i++ {
			c := p[i]
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("_.-~/", c) >= 0 {
				b.WriteByte(c)
			} else {
				fmt.Fprintf(&b, "%%%02X", c)
			}
		}
		return py.String(b.String()), nil
	})
	m("joinpath", func(s py.Object, args py.Tuple) (py.Object, error) {
		parts := []string{pself(s).p}
		for _, a := range args {
			x, err := fspath(a)
			if err != nil {
				return nil, err
			}
			parts = append(parts, x)
		}
		return newPath(parts...), nil
	})
	m("with_suffix", func(s, a py.Object) (py.Object, error) {
		suf, err := pyStrArg(a, "with_suffix")
		if err != nil {
			return nil, err
		}
		p := pself(s)
		if suf != "" && (!strings.HasPrefix(suf, ".") || suf == "." || strings.Contains(suf, "/")) {
			return nil, py.ExceptionNewf(py.ValueError, "Invalid suffix %s", pyQuote(suf))
		}
		n := p.name()
		if n == "" {
			return nil, py.ExceptionNewf(py.ValueError, "%s has an empty name", pyQuote(p.p))
		}
		base := n[:len(n)-len(p.suffix())] + suf
		return newPath(p.parent().p, base), nil
	})
	m("with_name", func(s, a py.Object) (py.Object, error) {
		n, err := pyStrArg(a, "with_name")
		if err != nil {
			return nil, err
		}
		p := pself(s)
		if p.name() == "" {
			return nil, py.ExceptionNewf(py.ValueError, "%s has an empty name", pyQuote(p.p))
		}
		if n == "" || strings.Contains(n, "/") || n == "." {
			return nil, py.ExceptionNewf(py.ValueError, "Invalid name %s", pyQuote(n))
		}
		return newPath(p.parent().p, n), nil
	})
	m("with_stem", func(s, a py.Object) (py.Object, error) {
		n, err := pyStrArg(a, "with_stem")
		if err != nil {
			return nil, err
		}
		p := pself(s)
		return newPath(p.parent().p, n+p.suffix()), nil
	})
	m("relative_to", func(s py.Object, args py.Tuple) (py.Object, error) {
		a, err := pathArgs(args, "relative_to", 1, 1<<20)
		if err != nil {
			return nil, err
		}
		other := newPath(a...)
		p := pself(s)
		pp, op := p.parts(), other.parts()
		ok := len(op) <= len(pp)
		for i := 0; ok && i < len(op); i++ {
			ok = pp[i] == op[i]
		}
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "%s is not in the subpath of %s OR one path is relative and the other is absolute.", pyQuote(p.p), pyQuote(other.p))
		}
		rest := pp[len(op):]
		return newPath(strings.Join(rest, "/")), nil
	})
	m("is_relative_to", func(s py.Object, args py.Tuple) (py.Object, error) {
		a, err := pathArgs(args, "is_relative_to", 1, 1<<20)
		if err != nil {
			return nil, err
		}
		pp, op := pself(s).parts(), newPath(a...).parts()
		ok := len(op) <= len(pp)
		for i := 0; ok && i < len(op); i++ {
			ok = pp[i] == op[i]
		}
		return py.NewBool(ok), nil
	})
	m("exists", func(s py.Object) (py.Object, error) {
		_, err := os.Stat(pself(s).p)
		return py.NewBool(err == nil), nil
	})
	m("is_file", func(s py.Object) (py.Object, error) {
		st, err := os.Stat(pself(s).p)
		return py.NewBool(err == nil && st.Mode().IsRegular()), nil
	})
	m("is_dir", func(s py.Object) (py.Object, error) {
		st, err := os.Stat(pself(s).p)
		return py.NewBool(err == nil && st.IsDir()), nil
	})
	m("is_symlink", func(s py.Object) (py.Object, error) {
		st, err := os.Lstat(pself(s).p)
		return py.NewBool(err == nil && st.Mode()&os.ModeSymlink != 0), nil
	})
	m("stat", func(s py.Object) (py.Object, error) {
		st, err := os.Stat(pself(s).p)
		if err != nil {
			return nil, pself(s).err(err)
		}
		return newStatResult(st), nil
	})
	m("read_text", func(s py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kw) > 0 {
			// an encoding or errors: through open(), as CPython's
			return pathOpenCall(pself(s).p, "read_text", "r", []string{"encoding", "errors"}, args, kw, "read", nil)
		}
		b, err := os.ReadFile(pself(s).p)
		if err != nil {
			return nil, pself(s).err(err)
		}
		return py.String(strings.ReplaceAll(string(b), "\r\n", "\n")), nil
	})
	// open(mode='r', buffering=-1, encoding=None, errors=None,
	// newline=None): the builtin open of the path
	m("open", func(s py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if OpenFile == nil {
			return nil, py.ExceptionNewf(py.RuntimeError, "no interpreter for open()")
		}
		if len(args) > 5 {
			return nil, py.ExceptionNewf(py.TypeError, "Path.open() takes from 1 to 6 positional arguments but %d were given", len(args)+1)
		}
		for k := range kw {
			if k != "mode" && k != "buffering" && k != "encoding" && k != "errors" && k != "newline" {
				return nil, py.ExceptionNewf(py.TypeError, "Path.open() got an unexpected keyword argument '%s'", k)
			}
		}
		return OpenFile(nil, append(py.Tuple{py.String(pself(s).p)}, args...), kw)
	})
	m("read_bytes", func(s py.Object) (py.Object, error) {
		b, err := os.ReadFile(pself(s).p)
		if err != nil {
			return nil, pself(s).err(err)
		}
		return newBytes(b), nil
	})
	m("write_text", func(s py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.ExceptionNewf(py.TypeError, "write_text() missing 1 required positional argument: 'data'")
		}
		t, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "data must be str, not %s", typeName(args[0]))
		}
		if len(args) > 1 || len(kw) > 0 {
			// an encoding, errors or newline: through open(), as CPython's
			return pathOpenCall(pself(s).p, "write_text", "w", []string{"encoding", "errors", "newline"}, args[1:], kw, "write", t)
		}
		if err := os.WriteFile(pself(s).p, []byte(t), 0o666); err != nil {
			return nil, pself(s).err(err)
		}
		return py.Int(len([]rune(string(t)))), nil
	})
	m("write_bytes", func(s, a py.Object) (py.Object, error) {
		b, ok := asBytes(a)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", typeName(a))
		}
		if err := os.WriteFile(pself(s).p, b, 0o666); err != nil {
			return nil, pself(s).err(err)
		}
		return py.Int(len(b)), nil
	})
	m("iterdir", func(s py.Object) (py.Object, error) {
		p := pself(s)
		f, err := os.Open(p.p)
		if err != nil {
			return nil, p.err(err)
		}
		defer f.Close()
		names, err := f.Readdirnames(-1)
		if err != nil {
			return nil, p.err(err)
		}
		var out py.Tuple
		for _, n := range names {
			out = append(out, newPath(p.p, n))
		}
		return py.NewIterator(out), nil
	})
	globFn := func(recursive bool) func(s, a py.Object) (py.Object, error) {
		return func(s, a py.Object) (py.Object, error) {
			pat, err := pyStrArg(a, "glob")
			if err != nil {
				return nil, err
			}
			p := pself(s)
			var matches []string
			if recursive {
				pat = "**/" + pat
			}
			matches = globWalk(p.p, strings.Split(pat, "/"))
			sort.Strings(matches)
			var out py.Tuple
			for _, mm := range matches {
				out = append(out, newPath(p.p, mm))
			}
			return py.NewIterator(out), nil
		}
	}
	m("glob", globFn(false))
	m("rglob", globFn(true))
	m("mkdir", func(s py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var mode, parents, existOK py.Object = py.Int(0o777), py.False, py.False
		if err := py.ParseTupleAndKeywords(args, kw, "|OOO:mkdir", []string{"mode", "parents", "exist_ok"}, &mode, &parents, &existOK); err != nil {
			return nil, err
		}
		p := pself(s)
		md, err := toInt(mode, "")
		if err != nil {
			return nil, err
		}
		par, _ := boolOf(parents)
		ok, _ := boolOf(existOK)
		if st, err := os.Stat(p.p); err == nil {
			if ok && st.IsDir() {
				return py.None, nil
			}
			return nil, p.err(os.ErrExist)
		}
		if par {
			err = os.MkdirAll(p.p, os.FileMode(md))
		} else {
			err = os.Mkdir(p.p, os.FileMode(md))
		}
		if err != nil {
			return nil, p.err(err)
		}
		return py.None, nil
	})
	m("rmdir", func(s py.Object) (py.Object, error) {
		if err := os.Remove(pself(s).p); err != nil {
			return nil, pself(s).err(err)
		}
		return py.None, nil
	})
	m("unlink", func(s py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var missingOK py.Object = py.False
		if err := py.ParseTupleAndKeywords(args, kw, "|O:unlink", []string{"missing_ok"}, &missingOK); err != nil {
			return nil, err
		}
		if err := os.Remove(pself(s).p); err != nil {
			if ok, _ := boolOf(missingOK); ok && os.IsNotExist(err) {
				return py.None, nil
			}
			return nil, pself(s).err(err)
		}
		return py.None, nil
	})
	m("touch", func(s py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		p := pself(s)
		f, err := os.OpenFile(p.p, os.O_CREATE|os.O_WRONLY, 0o666)
		if err != nil {
			return nil, p.err(err)
		}
		f.Close()
		return py.None, nil
	})
	m("rename", func(s, a py.Object) (py.Object, error) {
		t, err := fspath(a)
		if err != nil {
			return nil, err
		}
		if err := os.Rename(pself(s).p, t); err != nil {
			return nil, pself(s).err(err)
		}
		return newPath(t), nil
	})
	d["replace"] = d["rename"]
	m("resolve", func(s py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return newPath(pathReal(pself(s).p)), nil
	})
	m("absolute", func(s py.Object) (py.Object, error) {
		p := pself(s)
		if strings.HasPrefix(p.p, "/") {
			return p, nil
		}
		cwd, _ := os.Getwd()
		return newPath(cwd, p.p), nil
	})
	m("expanduser", func(s py.Object) (py.Object, error) { return newPath(pathExpandUser(pself(s).p)), nil })
	m("samefile", func(s, a py.Object) (py.Object, error) {
		t, err := fspath(a)
		if err != nil {
			return nil, err
		}
		s1, err := os.Stat(pself(s).p)
		if err != nil {
			return nil, pself(s).err(err)
		}
		s2, err := os.Stat(t)
		if err != nil {
			return nil, osError(err, t)
		}
		return py.NewBool(os.SameFile(s1, s2)), nil
	})
	m("match", func(s, a py.Object) (py.Object, error) {
		pat, err := pyStrArg(a, "match")
		if err != nil {
			return nil, err
		}
		pp := pself(s).parts()
		ps := strings.Split(strings.Trim(pat, "/"), "/")
		if len(ps) > len(pp) {
			return py.False, nil
		}
		for i := range ps {
			ok, _ := filepath.Match(ps[len(ps)-1-i], pp[len(pp)-1-i])
			if !ok {
				return py.False, nil
			}
		}
		return py.True, nil
	})
	d["cwd"] = py.MustNewMethod("cwd", func(s py.Object) (py.Object, error) {
		c, _ := os.Getwd()
		return newPath(c), nil
	}, py.METH_STATIC, "")
	d["home"] = py.MustNewMethod("home", func(s py.Object) (py.Object, error) {
		return newPath(pathExpandUser("~")), nil
	}, py.METH_STATIC, "")
	register("pathlib", "Object-oriented filesystem paths.", nil, py.StringDict{
		"Path":          PathType,
		"PosixPath":     PathType,
		"PurePath":      PathType,
		"PurePosixPath": PathType,
	})
}

// globWalk matches pattern components below dir, returning relative paths.
func globWalk(dir string, pats []string) []string {
	if len(pats) == 0 {
		return []string{""}
	}
	pat := pats[0]
	var out []string
	join := func(a, b string) string {
		if b == "" {
			return a
		}
		return a + "/" + b
	}
	if pat == "**" {
		// zero or more directories
		out = append(out, globWalk(dir, pats[1:])...)
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				for _, r := range globWalk(filepath.Join(dir, e.Name()), pats) {
					out = append(out, join(e.Name(), r))
				}
			}
		}
		return out
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") && !strings.HasPrefix(pat, ".") {
			continue
		}
		if ok, _ := filepath.Match(pat, e.Name()); !ok {
			continue
		}
		if len(pats) > 1 {
			if !e.IsDir() {
				continue
			}
			for _, r := range globWalk(filepath.Join(dir, e.Name()), pats[1:]) {
				out = append(out, join(e.Name(), r))
			}
		} else {
			out = append(out, e.Name())
		}
	}
	return out
}

func init() { pathlibInit() }
