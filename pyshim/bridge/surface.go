package bridge

import (
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// surfaceFunction is one function of the _gowikibot_surface module: its
// checked signature (as the _gowikibot functions have), and fn, which gets
// the bridge of the calling context for raising pywikibot exceptions.
type surfaceFunction struct {
	sig signature
	fn  func(b *bridge, a []py.Object) (py.Object, error)
	doc string
}

// surfaceFunctions are the Go helpers of the pywikibot package's less
// common surface (pywikibot/_site_more.py, tests/surface/surface.py).
var surfaceFunctions = []surfaceFunction{
	{sig("parameters", 1, param{"function", anyArg}), pyParameters,
		"parameters(function) -> (positional names, *args name or None, keyword-only names, **kwargs name or None), " +
			"or None for a function written in Go"},
	{sig("auth_kind", 2, param{"family", strOrNone}, param{"code", strOrNone}), pyAuthKind,
		"auth_kind(family, code) -> '', 'basic', 'oauth1' or 'oauth2': how the site's requests are authenticated"},
	{sig("upload", 4, param{"family", strOrNone}, param{"code", strOrNone}, param{"params", anyArg}, param{"path", strOrNone}),
		pyUpload,
		"upload(family, code, params, path) -> the API's answer to action=upload of the file at path " +
			"(multipart), or by url or filekey when path is None"},
}

// The _gowikibot_surface module is made on first import (new site and page
// methods register here, not in _gowikibot), so that start-up stays lean.
func init() {
	lazymod.Register("_gowikibot_surface", func() *py.ModuleImpl {
		methods := make([]*py.Method, 0, len(surfaceFunctions))
		for _, f := range surfaceFunctions {
			methods = append(methods, py.MustNewMethod(f.sig.name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
				a, err := f.sig.bind(args, kw)
				if err != nil {
					return nil, err
				}
				b := &bridge{}
				if m, ok := self.(*py.Module); ok {
					b.ctx = m.Context
				}
				return f.fn(b, a)
			}, 0, f.doc))
		}
		return &py.ModuleImpl{
			Info:    py.ModuleInfo{Name: "_gowikibot_surface", Doc: "Go helpers for the pywikibot package's surface"},
			Methods: methods,
		}
	})
}

// pyParameters describes a Python function's parameters from its code
// object. gpython v0.2.0's code objects expose no co_* attributes (its
// Code type has no attribute table), so inspect-like tools cannot read
// them from Python. The keyword-only names come in the order gpython's
// compiler keeps them, which is not always the source order.
func pyParameters(_ *bridge, a []py.Object) (py.Object, error) {
	var code *py.Code
	switch f := a[0].(type) {
	case *py.Function:
		code = f.Code
	case *py.Method:
		return py.None, nil // written in Go: no parameter list
	default:
		return nil, py.ExceptionNewf(py.TypeError, "parameters() needs a function, not %s", a[0].Type().Name)
	}
	names := code.Varnames
	n := int(code.Argcount)
	k := int(code.Kwonlyargcount)
	if len(names) < n+k {
		return nil, py.ExceptionNewf(py.ValueError, "parameters(): malformed code object")
	}
	tuple := func(l []string) py.Tuple {
		t := make(py.Tuple, len(l))
		for i, s := range l {
			t[i] = py.String(s)
		}
		return t
	}
	i := n + k
	var varargs, varkw py.Object = py.None, py.None
	if code.Flags&py.CO_VARARGS != 0 {
		varargs = py.String(names[i])
		i++
	}
	if code.Flags&py.CO_VARKEYWORDS != 0 {
		varkw = py.String(names[i])
	}
	return py.Tuple{tuple(names[:n]), varargs, tuple(names[n : n+k]), varkw}, nil
}

// pyAuthKind is auth_kind(family, code): the site's AuthKind.
func pyAuthKind(b *bridge, a []py.Object) (py.Object, error) {
	state.mu.Lock()
	s, err := state.openSite(str(a[0]), str(a[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	return py.String(s.AuthKind()), nil
}

// pyUpload is upload(family, code, params, path): the site's Upload with
// the file read from path (None: no file, for url= or filekey= uploads).
func pyUpload(b *bridge, a []py.Object) (py.Object, error) {
	state.mu.Lock()
	s, err := state.openSite(str(a[0]), str(a[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	p, err := params(a[2])
	if err != nil {
		return nil, err
	}
	var data []byte
	name := ""
	if a[3] != py.None {
		path := str(a[3])
		data, err = os.ReadFile(path)
		if err != nil {
			return nil, py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path)
		}
		if data == nil {
			data = []byte{}
		}
		name = filepath.Base(path)
	}
	var raw json.RawMessage
	unlocked(func() { err = s.Upload(b.wait(), p, name, data, &raw) })
	if err != nil {
		return nil, b.pyError(err)
	}
	return jsonToPy(raw)
}
