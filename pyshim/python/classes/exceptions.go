package classes

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// excAttr is the descriptor that gives gpython exception instances (which
// have no instance dict visible to gpython's attribute code) per-instance
// attributes: it stores values in the exception's Dict. One is registered
// in BaseException's dict for every attribute name compiled code uses, and
// class-level values of Python exception classes are wrapped in one that
// remembers the class value as default.
type excAttr struct {
	name   string
	def    py.Object
	hasDef bool
}

var excAttrType = py.NewType("exception_attribute", "per-instance attribute of an exception")

// Type returns the descriptor's type.
func (a *excAttr) Type() *py.Type { return excAttrType }

// M__get__ reads the attribute from the exception instance.
func (a *excAttr) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		if a.hasDef {
			return a.def, nil
		}
		if t, ok := owner.(*py.Type); ok {
			return nil, pyErr(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, a.name)
		}
		return nil, pyErr(py.AttributeError, "%s", a.name)
	}
	if d := dictOf(instance); d != nil {
		if v, ok := d[a.name]; ok {
			return v, nil
		}
	}
	if a.hasDef {
		return bindGet(a.def, instance, instance.Type())
	}
	if g := special(instance.Type(), "__getattr__"); g != nil {
		return callMeth(g, instance, py.String(a.name))
	}
	return nil, noAttr(instance, a.name)
}

// M__set__ stores the attribute on the exception instance.
func (a *excAttr) M__set__(instance, value py.Object) (py.Object, error) {
	if sa := special(instance.Type(), "__setattr__"); sa != nil {
		return callMeth(sa, instance, py.String(a.name), value)
	}
	d := dictOf(instance)
	if d == nil {
		return nil, noAttr(instance, a.name)
	}
	d[a.name] = value
	return py.None, nil
}

// M__delete__ removes the attribute from the exception instance.
func (a *excAttr) M__delete__(instance py.Object) (py.Object, error) {
	d := dictOf(instance)
	if d == nil {
		return nil, noAttr(instance, a.name)
	}
	if _, ok := d[a.name]; !ok {
		return nil, noAttr(instance, a.name)
	}
	delete(d, a.name)
	return py.None, nil
}

func dictOf(o py.Object) py.StringDict {
	switch x := o.(type) {
	case *py.Exception:
		if x.Dict == nil {
			x.Dict = py.NewStringDict()
		}
		return x.Dict
	case *Instance:
		return x.Dict
	case py.IGetDict:
		return x.GetDict()
	}
	return nil
}

var excNamesMu sync.Mutex

// registerExcName makes name settable and readable on every exception
// instance.
func registerExcName(name string) {
	registerExcNames([]string{name})
}

// registerExcNames adds descriptors for names to BaseException's dict
// (addTypeNames).
func registerExcNames(names []string) {
	addTypeNames(&excNamesMu, py.BaseException, names, func(name string) py.Object { return &excAttr{name: name} })
}

// registerCodeNames registers the attribute names used by code and all
// code objects nested in it: the names of their LOAD_ATTR, STORE_ATTR and
// DELETE_ATTR instructions, the only ones that reach gpython's own
// attribute code on an exception instance (getattr(), setattr(), hasattr()
// and delattr() go through this layer, which reads the instance's dict
// itself). co_names also holds the global, imported and class-body names,
// which no exception attribute access uses: registering those too made
// BaseException's dict twice as large, and each module loaded copies it
// (`import pywikibot`: 829 entries, about 0.5 MB copied over 12 modules).
//
// The same names get forwarding descriptors on bound methods
// (boundattrs.go), which have the same gap.
func registerCodeNames(code *py.Code) {
	// the names already registered are left out as they are found (the
	// dicts are replaced, never written, so reading the ones at hand is safe)
	excNamesMu.Lock()
	known := py.BaseException.Dict
	excNamesMu.Unlock()
	boundNamesMu.Lock()
	knownBound := py.BoundMethodType.Dict
	boundNamesMu.Unlock()
	var names []string
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		names = appendAttrNames(names, c, known, knownBound)
		for _, k := range c.Consts {
			if sub, ok := k.(*py.Code); ok {
				walk(sub)
			}
		}
	}
	walk(code)
	if len(names) > 0 {
		registerExcNames(names)
		registerBoundNames(names)
	}
}

// appendAttrNames appends to names those c's attribute instructions
// (LOAD_ATTR, STORE_ATTR, DELETE_ATTR) name and known or known2 has not, decoding
// c's bytecode as gpython's evaluator does (an argument of two bytes,
// EXTENDED_ARG adding the high ones).
func appendAttrNames(names []string, c *py.Code, known, known2 py.StringDict) []string {
	b := c.Code
	ext := 0
	for i := 0; i < len(b); {
		op := vm.OpCode(b[i])
		i++
		if !op.HAS_ARG() {
			ext = 0
			continue
		}
		if i+1 >= len(b) {
			break
		}
		arg := int(b[i]) | int(b[i+1])<<8 | ext<<16
		i += 2
		if op == vm.EXTENDED_ARG {
			ext = arg
			continue
		}
		ext = 0
		switch op {
		case vm.LOAD_ATTR, vm.STORE_ATTR, vm.DELETE_ATTR:
			if arg < len(c.Names) {
				n := c.Names[arg]
				_, ok := known[n]
				_, ok2 := known2[n]
				if !ok || !ok2 {
					names = append(names, n)
				}
			}
		}
	}
	return names
}

func excArgs(e *py.Exception) py.Tuple {
	if t, ok := e.Args.(py.Tuple); ok {
		return t
	}
	if e.Args == nil {
		return py.Tuple{}
	}
	return py.Tuple{e.Args}
}

// excStrFuncs holds the str() of Go exception types whose str is not made
// from their args (UnicodeEncodeError, ...), registered by RegisterExcStr.
var excStrFuncs = map[*py.Type]func(e *py.Exception) (py.Object, bool, error){}

// RegisterExcStr makes fn the str() of exceptions of the Go exception type
// t and of its subclasses without their own __str__; fn reports false to
// fall back to BaseException's str. Call it only from package init
// functions (the registry is read without a lock).
func RegisterExcStr(t *py.Type, fn func(e *py.Exception) (py.Object, bool, error)) {
	excStrFuncs[t] = fn
}

// defaultExcStr is BaseException.__str__.
func defaultExcStr(e *py.Exception) (string, error) {
	if len(excStrFuncs) > 0 {
		for _, b := range mro(e.Base) {
			if fn, ok := excStrFuncs[b.(*py.Type)]; ok {
				if r, ok, err := fn(e); err != nil || ok {
					if err != nil {
						return "", err
					}
					return strString(r)
				}
				break
			}
		}
	}
	args := excArgs(e)
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if isSubtype(e.Base, py.KeyError) {
			return reprString(args[0])
		}
		return strString(args[0])
	}
	if isSubtype(e.Base, py.OSError) && len(args) <= 3 {
		es, err := strString(args[0])
		if err != nil {
			return "", err
		}
		ss, err := strString(args[1])
		if err != nil {
			return "", err
		}
		s := "[Errno " + es + "] " + ss
		if len(args) == 3 {
			fs, err := reprString(args[2])
			if err != nil {
				return "", err
			}
			s += ": " + fs
		}
		return s, nil
	}
	return reprString(args)
}

// defaultExcRepr is BaseException.__repr__.
func defaultExcRepr(e *py.Exception) (string, error) {
	args := excArgs(e)
	name := e.Base.Name
	if len(args) == 1 {
		r, err := reprString(args[0])
		if err != nil {
			return "", err
		}
		return name + "(" + r + ")", nil
	}
	r, err := reprString(args)
	if err != nil {
		return "", err
	}
	return name + r, nil
}

func excStr(e *py.Exception) (py.Object, error) {
	if f := special(e.Base, "__str__"); f != nil {
		r, err := callMeth(f, e)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(py.String); !ok {
			return nil, pyErr(py.TypeError, "__str__ returned non-string (type %s)", r.Type().Name)
		}
		return r, nil
	}
	s, err := defaultExcStr(e)
	return py.String(s), err
}

func excRepr(e *py.Exception) (py.Object, error) {
	if f := special(e.Base, "__repr__"); f != nil {
		return callMeth(f, e)
	}
	s, err := defaultExcRepr(e)
	return py.String(s), err
}

// ExceptionMessage is the text after "Type: " on the last line of a
// traceback for exc (CPython's str(exc)); it never fails.
func ExceptionMessage(exc py.Object) string {
	s, err := Str(exc)
	if err != nil {
		return "<exception str() failed>"
	}
	if ps, ok := s.(py.String); ok {
		return string(ps)
	}
	return ""
}

// FormatExceptionLine renders the last traceback line for exc:
// "Type: message", or just "Type" when the message is empty. The type is
// module-qualified as CPython does for classes outside builtins and
// __main__.
func FormatExceptionLine(exc py.Object) string {
	t := exc.Type()
	if e, ok := exc.(*py.Type); ok {
		t = e
		exc = &py.Exception{Base: e, Args: py.Tuple{}}
	}
	name := t.Name
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" && mod != "__main__" && mod != "" {
		name = string(mod) + "." + name
	}
	msg := ExceptionMessage(exc)
	if e, ok := exc.(*py.Exception); ok && isSubtype(t, py.SyntaxError) && e.Dict != nil {
		// CPython's traceback shows a SyntaxError's msg, not its str()
		// (which adds the file and line)
		if m, ok := e.Dict["msg"]; ok {
			msg = "<no detail available>"
			if m != py.None {
				if s, err := Str(m); err == nil {
					if ps, ok := s.(py.String); ok && ps != "" {
						msg = string(ps)
					}
				}
			}
		}
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

func excGetAttr(e *py.Exception, name string) (py.Object, error) {
	if ga := special(e.Base, "__getattribute__"); ga != nil {
		return callMeth(ga, e, py.String(name))
	}
	res, err := excGenericGetAttr(e, name)
	if err != nil && isAttributeError(err) {
		if g := special(e.Base, "__getattr__"); g != nil {
			return callMeth(g, e, py.String(name))
		}
	}
	return res, err
}

func excGenericGetAttr(e *py.Exception, name string) (py.Object, error) {
	attr, _ := lookup(e.Base, name)
	if attr != nil && isDataDescr(attr) {
		return bindGet(attr, e, e.Base)
	}
	if v, ok := dictOf(e)[name]; ok {
		return v, nil
	}
	if attr != nil {
		return bindGet(attr, e, e.Base)
	}
	return nil, noAttr(e, name)
}

func excSetAttr(e *py.Exception, name string, value py.Object) error {
	if sa := special(e.Base, "__setattr__"); sa != nil {
		_, err := callMeth(sa, e, py.String(name), value)
		return err
	}
	return excGenericSetAttr(e, name, value)
}

func excGenericSetAttr(e *py.Exception, name string, value py.Object) error {
	if attr, _ := lookup(e.Base, name); attr != nil && isDataDescr(attr) {
		if _, ok := attr.(*excAttr); !ok {
			return setDescr(attr, e, name, value)
		}
	}
	dictOf(e)[name] = value
	return nil
}

func excDelAttr(e *py.Exception, name string) error {
	d := dictOf(e)
	if _, ok := d[name]; !ok {
		return noAttr(e, name)
	}
	delete(d, name)
	return nil
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// initExceptions adds CPython's BaseException attributes and methods.
func initExceptions() {
	d := py.BaseException.Dict
	d["args"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if e, ok := self.(*py.Exception); ok {
				return excArgs(e), nil
			}
			return nil, noAttr(self, "args")
		},
		Fset: func(self, value py.Object) error {
			e, ok := self.(*py.Exception)
			if !ok {
				return noAttr(self, "args")
			}
			t, err := py.SequenceTuple(value)
			if err != nil {
				return err
			}
			e.Args = t
			return nil
		},
	}
	excField := func(name string, get func(e *py.Exception) py.Object, set func(e *py.Exception, v py.Object)) {
		d[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				e, ok := self.(*py.Exception)
				if !ok {
					return nil, noAttr(self, name)
				}
				return get(e), nil
			},
			Fset: func(self, value py.Object) error {
				e, ok := self.(*py.Exception)
				if !ok {
					return noAttr(self, name)
				}
				set(e, value)
				return nil
			},
		}
	}
	excField("__cause__", func(e *py.Exception) py.Object { return orNone(causeOf(e)) },
		func(e *py.Exception, v py.Object) {
			e.Cause = v
			e.SuppressContext = true
		})
	excField("__context__", func(e *py.Exception) py.Object { return orNone(e.Context) },
		func(e *py.Exception, v py.Object) { e.Context = v })
	excField("__traceback__", func(e *py.Exception) py.Object { return orNone(e.Traceback) },
		func(e *py.Exception, v py.Object) { e.Traceback = v })
	excField("__suppress_context__", func(e *py.Exception) py.Object { return py.NewBool(e.SuppressContext || e.Cause != nil) },
		func(e *py.Exception, v py.Object) { e.SuppressContext = v == py.True })
	d["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args, err := normSelf(self, args, "__init__")
		if err != nil {
			return nil, err
		}
		if e, ok := self.(*py.Exception); ok {
			e.Args = append(py.Tuple{}, args...)
		}
		return py.None, nil
	}, 0, "Initialize self.")
	d["__str__"] = py.MustNewMethod("__str__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _, err := normSelf(self, args, "__str__")
		if err != nil {
			return nil, err
		}
		if e, ok := self.(*py.Exception); ok {
			s, err := defaultExcStr(e)
			return py.String(s), err
		}
		return Str(self)
	}, 0, "Return str(self).")
	d["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _, err := normSelf(self, args, "__repr__")
		if err != nil {
			return nil, err
		}
		if e, ok := self.(*py.Exception); ok {
			s, err := defaultExcRepr(e)
			return py.String(s), err
		}
		return Repr(self)
	}, 0, "Return repr(self).")
	d["with_traceback"] = py.MustNewMethod("with_traceback", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "with_traceback")
		if err != nil {
			return nil, err
		}
		if e, ok := self.(*py.Exception); ok && len(args) == 1 {
			e.Traceback = args[0]
		}
		return self, nil
	}, 0, "Set self.__traceback__ to tb and return self.")
	// __notes__ (3.11) is a plain instance attribute, absent until set
	// or made by add_note (gpython's own attribute fallback would return
	// the args for a dunder name).
	d["__notes__"] = &excAttr{name: "__notes__"}
	d["add_note"] = py.MustNewMethod("add_note", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := normSelf(self, args, "add_note")
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "add_note() takes exactly one argument (%d given)", len(args))
		}
		note, ok := args[0].(py.String)
		if !ok {
			return nil, pyErr(py.TypeError, "note must be a str, not '%s'", args[0].Type().Name)
		}
		dd := dictOf(self)
		notes, _ := dd["__notes__"].(*py.List)
		if notes == nil {
			notes = py.NewList()
			dd["__notes__"] = notes
		}
		notes.Append(note)
		return py.None, nil
	}, 0, "Add a note to the exception.")
	// StopIteration.value
	py.StopIteration.Dict["value"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			e, ok := self.(*py.Exception)
			if !ok {
				return py.None, nil
			}
			if v, ok := dictOf(e)["value"]; ok {
				return v, nil
			}
			if a := excArgs(e); len(a) > 0 {
				return a[0], nil
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			dictOf(self)["value"] = value
			return nil
		},
	}
	registerExcNames([]string{"code", "msg", "lineno", "offset", "text", "name", "path", "reason", "object", "start", "end", "encoding", "message", "page", "site", "title", "info", "data", "value", "response", "status", "error", "errors", "detail", "details", "key", "url", "result"})
	// OSError(errno, strerror[, filename]) attributes.
	for i, n := range []string{"errno", "strerror", "filename"} {
		i, n := i, n
		py.OSError.Dict[n] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				e, ok := self.(*py.Exception)
				if !ok {
					return py.None, nil
				}
				if v, ok := dictOf(e)[n]; ok {
					return v, nil
				}
				if a := excArgs(e); len(a) >= 2 && len(a) <= 5 && i < len(a) {
					return a[i], nil
				}
				return py.None, nil
			},
			Fset: func(self, value py.Object) error {
				dictOf(self)[n] = value
				return nil
			},
		}
	}
	// SystemExit.code
	py.SystemExit.Dict["code"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			e, ok := self.(*py.Exception)
			if !ok {
				return py.None, nil
			}
			if v, ok := dictOf(e)["code"]; ok {
				return v, nil
			}
			a := excArgs(e)
			switch len(a) {
			case 0:
				return py.None, nil
			case 1:
				return a[0], nil
			}
			return a, nil
		},
		Fset: func(self, value py.Object) error {
			dictOf(self)["code"] = value
			return nil
		},
	}
}

// causeOf returns e's __cause__. gpython's "raise X from None" stores a
// SystemError describing None as the cause; that reads as None.
func causeOf(e *py.Exception) py.Object {
	c, ok := e.Cause.(*py.Exception)
	if !ok {
		return e.Cause
	}
	if c.Base == py.SystemError {
		if a := excArgs(c); len(a) == 1 {
			if s, ok := a[0].(py.String); ok && strings.HasPrefix(string(s), "Unknown error py.NoneType") {
				return nil
			}
		}
	}
	return c
}

// Cause is e.__cause__ as CPython reports it (nil for none).
func Cause(e *py.Exception) py.Object { return causeOf(e) }
