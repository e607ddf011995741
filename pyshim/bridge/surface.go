package bridge

import (
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
)

// The _gowikibot_surface module: Go helpers for the pywikibot package's
// less common surface (new site methods register here, not in the
// _gowikibot module), made on first import so that start-up stays lean.
func init() {
	lazymod.Register("_gowikibot_surface", func() *py.ModuleImpl {
		return &py.ModuleImpl{
			Info: py.ModuleInfo{Name: "_gowikibot_surface", Doc: "Go helpers for the pywikibot package's surface"},
			Methods: []*py.Method{
				py.MustNewMethod("parameters", pyParameters, 0,
					"parameters(function) -> (positional names, *args name or None, keyword-only names, **kwargs name or None)"),
				py.MustNewMethod("upload", pyUpload, 0,
					"upload(family, code, params, path) -> the API's answer: action=upload of the file at path (multipart), or by URL/file key when path is None"),
				py.MustNewMethod("auth_kind", pyAuthKind, 0,
					"auth_kind(family, code) -> '', 'basic', 'oauth1' or 'oauth2': how the site's requests are authenticated"),
			},
		}
	})
}

// pyParameters describes a Python function's parameters from its code
// object. gpython v0.2.0's code objects expose no co_* attributes (its
// Code type has no attribute table), so inspect-like tools cannot read
// them from Python.
func pyParameters(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "parameters() takes exactly one argument (%d given)", len(args))
	}
	var code *py.Code
	switch f := args[0].(type) {
	case *py.Function:
		code = f.Code
	case *py.Method:
		return py.None, nil // Go-implemented: no parameter list
	default:
		return nil, py.ExceptionNewf(py.TypeError, "parameters() needs a function, not %s", args[0].Type().Name)
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
	pos := tuple(names[:n])
	kwonly := tuple(names[n : n+k])
	i := n + k
	var varargs, varkw py.Object = py.None, py.None
	if code.Flags&py.CO_VARARGS != 0 {
		varargs = py.String(names[i])
		i++
	}
	if code.Flags&py.CO_VARKEYWORDS != 0 {
		varkw = py.String(names[i])
	}
	return py.Tuple{pos, varargs, kwonly, varkw}, nil
}

// pyAuthKind is auth_kind(family, code): the site's AuthKind.
func pyAuthKind(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "auth_kind(family, code)")
	}
	state.mu.Lock()
	s, err := state.openSite(str(args[0]), str(args[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, moduleBridge(self).pyError(err)
	}
	return py.String(s.AuthKind()), nil
}

// moduleBridge is the bridge state for a function of this module (self is
// the module, which knows its context), for raising pywikibot exceptions.
func moduleBridge(self py.Object) *bridge {
	b := &bridge{}
	if m, ok := self.(*py.Module); ok {
		b.ctx = m.Context
	}
	return b
}

// pyUpload is upload(family, code, params, path): the site's Upload with
// the file read from path (None: no file, for url= or filekey= uploads).
func pyUpload(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 4 {
		return nil, py.ExceptionNewf(py.TypeError, "upload(family, code, params, path)")
	}
	b := moduleBridge(self)
	state.mu.Lock()
	s, err := state.openSite(str(args[0]), str(args[1]))
	state.mu.Unlock()
	if err != nil {
		return nil, b.pyError(err)
	}
	p, err := params(args[2])
	if err != nil {
		return nil, err
	}
	var data []byte
	name := ""
	if args[3] != py.None {
		path := str(args[3])
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
	if err := s.Upload(bg, p, name, data, &raw); err != nil {
		return nil, b.pyError(err)
	}
	return jsonToPy(raw)
}
