package prepass

import (
	"strings"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// starredType marks a "*x" item for __pyshim_args__ and friends.
var starredType = py.NewType("__pyshim_starred__", "a *iterable item of a call or display")

type starred struct{ v py.Object }

func (s *starred) Type() *py.Type { return starredType }

// dstarType is the type of the fallback __pyshim_dstar__ sentinel.
var dstarType = py.NewType("__pyshim_dstar__", "marks a **mapping item")

type dstarSentinel struct{}

func (dstarSentinel) Type() *py.Type { return dstarType }

// annExprType is the type of __pyshim_annx__, which an annotation of an
// attribute or subscript target without a value becomes (stmt.go's
// bareComplexAnnotation): called, it makes the namespace's __annotations__
// if there is a namespace and returns None (its other arguments were
// evaluated for their effects); subscripted, it returns None, so that a
// subscript's expressions and slices are evaluated and nothing else.
var annExprType = py.NewType("__pyshim_annx__", "evaluates the parts of an annotated target")

type annExprHelper struct{ ensure func(ns py.Object) error }

func (annExprHelper) Type() *py.Type { return annExprType }

// M__call__ makes args[0]'s __annotations__ unless args[0] is None.
func (h annExprHelper) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 0 && args[0] != py.None {
		if err := h.ensure(args[0]); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

// M__getitem__ returns None.
func (annExprHelper) M__getitem__(key py.Object) (py.Object, error) { return py.None, nil }

// whileType iterates while a condition holds (walrus in while).
var whileType = py.NewType("__pyshim_while__", "iterator for a while loop with an assignment expression")

type whileIter struct {
	val, cond py.Object
	// test, when set, is called first: the loop stops when it is false,
	// else the value is computed and returned.
	test py.Object
	done bool
}

func (w *whileIter) Type() *py.Type { return whileType }

// M__iter__ returns the iterator itself.
func (w *whileIter) M__iter__() (py.Object, error) { return w, nil }

// M__next__ evaluates the value and, while the condition on it holds,
// returns it.
func (w *whileIter) M__next__() (py.Object, error) {
	if w.done {
		return nil, py.StopIteration
	}
	if w.test != nil {
		t, err := py.Call(w.test, nil, nil)
		if err != nil {
			return nil, err
		}
		b, err := py.MakeBool(t)
		if err != nil {
			return nil, err
		}
		if b != py.True {
			w.done = true
			return nil, py.StopIteration
		}
		return py.Call(w.val, nil, nil)
	}
	v, err := py.Call(w.val, nil, nil)
	if err != nil {
		return nil, err
	}
	c, err := py.Call(w.cond, py.Tuple{v}, nil)
	if err != nil {
		return nil, err
	}
	b, err := py.MakeBool(c)
	if err != nil {
		return nil, err
	}
	if b != py.True {
		w.done = true
		return nil, py.StopIteration
	}
	return v, nil
}

// walrusIterType pairs each item of an iterable with a value computed
// from it (walrus in the first statement of a for body).
var walrusIterType = py.NewType("__pyshim_walrus_iter__", "pairs items with a computed value")

type walrusIter struct {
	it, fn py.Object
}

func (w *walrusIter) Type() *py.Type { return walrusIterType }

// M__iter__ returns the iterator itself.
func (w *walrusIter) M__iter__() (py.Object, error) { return w, nil }

// M__next__ returns (item, fn(*item)) for a tuple target, else (item, fn(item)).
func (w *walrusIter) M__next__() (py.Object, error) {
	item, err := py.Next(w.it)
	if err != nil {
		return nil, err
	}
	args := py.Tuple{item}
	if fn, ok := w.fn.(*py.Function); ok && fn.Code.Argcount > 1 {
		args = nil
		if err := py.Iterate(item, func(o py.Object) bool {
			args = append(args, o)
			return false
		}); err != nil {
			return nil, err
		}
	}
	v, err := py.Call(w.fn, args, nil)
	if err != nil {
		return nil, err
	}
	return py.Tuple{item, v}, nil
}

// flatten expands starred items of args.
func flatten(args py.Tuple) ([]py.Object, error) {
	out := make([]py.Object, 0, len(args))
	for _, a := range args {
		s, ok := a.(*starred)
		if !ok {
			out = append(out, a)
			continue
		}
		switch x := s.v.(type) {
		case py.Tuple:
			out = append(out, x...)
			continue
		case *py.List:
			out = append(out, x.Items...)
			continue
		}
		if _, err := py.Iter(s.v); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "Value after * must be an iterable, not %s", s.v.Type().Name)
		}
		var ierr error
		err := py.Iterate(s.v, func(o py.Object) bool {
			out = append(out, o)
			return false
		})
		if err == nil {
			err = ierr
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Install adds the runtime helpers that rewritten source calls to ctx's
// builtins. The dict and set helpers of the object layer win when it has
// installed them already.
func Install(ctx py.Context) error {
	b := ctx.Store().Builtins.Globals
	set := func(name string, fn interface{}) {
		b[name] = py.MustNewMethod(name, fn, 0, "gowikibot pre-pass helper")
	}
	setDefault := func(name string, fn interface{}) {
		if _, ok := b[name]; !ok {
			set(name, fn)
		}
	}
	// __pyshim_match__(subject, ns, names) starts a match statement:
	// _gwb_match.Match (see the rewrite in matchstmt.go).
	set("__pyshim_match__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		m, err := ctx.GetModule("_gwb_match")
		if err != nil {
			// through the context's import hook, which knows the lazily
			// registered standard modules
			mod, err := py.Call(b["__import__"], py.Tuple{py.String("_gwb_match")}, nil)
			if err != nil {
				return nil, err
			}
			var ok bool
			if m, ok = mod.(*py.Module); !ok {
				return nil, py.ExceptionNewf(py.ImportError, "cannot import _gwb_match")
			}
		}
		match := m.Globals["Match"]
		// Another thread may be running the module's body (the import
		// hook has no per-module lock): wait for it, the lock released.
		for tries := 0; match == nil && tries < 5000; tries++ {
			gil.Blocking(func() { time.Sleep(time.Millisecond) })
			match = m.Globals["Match"]
		}
		if match == nil {
			return nil, py.ExceptionNewf(py.ImportError, "cannot import name 'Match' from partially initialized module '_gwb_match'")
		}
		return py.Call(match, args, kwargs)
	})
	if _, ok := b["__pyshim_dstar__"]; !ok {
		b["__pyshim_dstar__"] = dstarSentinel{}
	}
	// __pyshim_unpack1__(it): the one item of it, as "(x,) = it" (a
	// starred annotation, *args: *Ts)
	set("__pyshim_unpack1__", func(self py.Object, arg py.Object) (py.Object, error) {
		items, err := py.SequenceTuple(arg)
		if err != nil {
			if pe, ok := err.(*py.Exception); ok && pe.Type() == py.TypeError {
				return nil, py.ExceptionNewf(py.TypeError, "cannot unpack non-iterable %s object", arg.Type().Name)
			}
			return nil, err
		}
		switch {
		case len(items) > 1:
			return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 1)")
		case len(items) == 0:
			return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected 1, got 0)")
		}
		return items[0], nil
	})
	set("__pyshim_sclass__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return superClass(args)
	})
	set("__pyshim_fmt__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return fmtHelper(b, args)
	})
	set("__pyshim_star__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return &starred{v: args[0]}, nil
	})
	argsFn := func(self py.Object, args py.Tuple) (py.Object, error) {
		out, err := flatten(args)
		if err != nil {
			return nil, err
		}
		return py.Tuple(out), nil
	}
	set("__pyshim_args__", argsFn)
	set("__pyshim_tuple__", argsFn)
	set("__pyshim_list__", func(self py.Object, args py.Tuple) (py.Object, error) {
		out, err := flatten(args)
		if err != nil {
			return nil, err
		}
		return py.NewListFromItems(out), nil
	})
	set("__pyshim_kw__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return kwHelper(b, args)
	})
	set("__pyshim_while__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return &whileIter{val: args[0], cond: args[1]}, nil
	})
	set("__pyshim_while_bind__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return &whileIter{val: args[1], test: args[0]}, nil
	})
	// __pyshim_if__(value, cond[, locals(), key]) returns (value,) when
	// cond(value) is true, else (); with a namespace it records whether it
	// did under key, for __pyshim_else__(locals(), key).
	set("__pyshim_if__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return ifHelper(args)
	})
	// __pyshim_if_and__(a, v, cond[, locals(), key]): for "if A and
	// (NAME := V) ...": () when a() is false, else as __pyshim_if__(v(), ...).
	set("__pyshim_if_and__", func(self py.Object, args py.Tuple) (py.Object, error) {
		t, err := py.Call(args[0], nil, nil)
		if err != nil {
			return nil, err
		}
		ok, err := py.MakeBool(t)
		if err != nil {
			return nil, err
		}
		if ok != py.True {
			if len(args) == 5 {
				if ns, isNs := args[3].(py.StringDict); isNs {
					ns[string(args[4].(py.String))] = py.False
				}
			}
			return py.Tuple{}, nil
		}
		v, err := py.Call(args[1], nil, nil)
		if err != nil {
			return nil, err
		}
		return ifHelper(append(py.Tuple{v}, args[2:]...))
	})
	set("__pyshim_else__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if ns, ok := args[0].(py.StringDict); ok {
			if ns[string(args[1].(py.String))] == py.True {
				return py.False, nil
			}
		}
		return py.True, nil
	})
	// __pyshim_matmul__(a, b) is a @ b, __pyshim_imatmul__(a, b) the
	// value of a @= b (matmul.go).
	set("__pyshim_matmul__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__pyshim_matmul__ takes 2 arguments")
		}
		return matmul(args[0], args[1], "@")
	})
	set("__pyshim_imatmul__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__pyshim_imatmul__ takes 2 arguments")
		}
		if r, ok, err := callDunder(args[0], "__imatmul__", args[1]); ok || err != nil {
			return r, err
		}
		return matmul(args[0], args[1], "@=")
	})
	set("__pyshim_id__", func(self py.Object, arg py.Object) (py.Object, error) {
		return arg, nil
	})
	set("__pyshim_walrus_iter__", func(self py.Object, args py.Tuple) (py.Object, error) {
		it, err := py.Iter(args[0])
		if err != nil {
			return nil, err
		}
		return &walrusIter{it: it, fn: args[1]}, nil
	})
	set("__pyshim_store__", func(self py.Object, args py.Tuple) (py.Object, error) {
		ns, ok := args[0].(py.StringDict)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "assignment expression: namespace is not a dict")
		}
		ns[string(args[1].(py.String))] = args[2]
		return args[2], nil
	})
	// Aliases of globals() and locals() that a parameter cannot shadow
	// (the methods layer may have set them already: the VM's own).
	for _, name := range []string{"globals", "locals"} {
		if _, ok := b["__pyshim_"+name+"__"]; !ok {
			if g, ok := b[name]; ok {
				b["__pyshim_"+name+"__"] = g
			}
		}
	}
	// Variable annotations of a class body or module: name's annotation
	// goes into the namespace's __annotations__ (made on first use, an
	// insertion-ordered dict, as dataclasses and NamedTuple read field
	// order from it). __pyshim_annv__ also returns the assigned value.
	annotate := func(args py.Tuple) error {
		if len(args) < 3 {
			return py.ExceptionNewf(py.SystemError, "annotation: bad arguments")
		}
		ns := args[0]
		anns, err := py.GetItem(ns, py.String("__annotations__"))
		if err != nil {
			if !py.IsException(py.KeyError, err) {
				return err
			}
			if anns, err = py.Call(b["__pyshim_dict__"], nil, nil); err != nil {
				return err
			}
			if _, err := py.SetItem(ns, py.String("__annotations__"), anns); err != nil {
				return err
			}
		}
		_, err = py.SetItem(anns, args[1], args[2])
		return err
	}
	b["__pyshim_annx__"] = annExprHelper{ensure: func(ns py.Object) error {
		if _, err := py.GetItem(ns, py.String("__annotations__")); err == nil || !py.IsException(py.KeyError, err) {
			return err
		}
		anns, err := py.Call(b["__pyshim_dict__"], nil, nil)
		if err != nil {
			return err
		}
		_, err = py.SetItem(ns, py.String("__annotations__"), anns)
		return err
	}}
	set("__pyshim_ann__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.None, annotate(args)
	})
	set("__pyshim_annv__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := annotate(args); err != nil {
			return nil, err
		}
		return args[3], nil
	})
	// Fallbacks for the object layer's dict and set helpers.
	setDefault("__pyshim_dict__", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := py.NewStringDict()
		for i := 0; i+1 < len(args); i += 2 {
			if args[i] == b["__pyshim_dstar__"] {
				if err := mergeInto(d, args[i+1]); err != nil {
					return nil, err
				}
				continue
			}
			k, ok := args[i].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "dict keys must be str here, not %s", args[i].Type().Name)
			}
			d[string(k)] = args[i+1]
		}
		return d, nil
	})
	setDefault("__pyshim_dict_comp__", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := py.NewStringDict()
		err := py.Iterate(args[0], func(o py.Object) bool {
			t, _ := o.(py.Tuple)
			if k, ok := t[0].(py.String); ok && len(t) == 2 {
				d[string(k)] = t[1]
			}
			return false
		})
		return d, err
	})
	setDefault("__pyshim_set__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.NewSetFromItems(args), nil
	})
	setDefault("__pyshim_set_comp__", func(self py.Object, args py.Tuple) (py.Object, error) {
		s := py.NewSet()
		err := py.Iterate(args[0], func(o py.Object) bool {
			s.Add(o)
			return false
		})
		return s, err
	})
	return nil
}

// ifHelper implements __pyshim_if__(value, cond[, locals(), key]).
func ifHelper(args py.Tuple) (py.Object, error) {
	if len(args) != 2 && len(args) != 4 {
		return nil, py.ExceptionNewf(py.TypeError, "__pyshim_if__: bad arguments")
	}
	c, err := py.Call(args[1], py.Tuple{args[0]}, nil)
	if err != nil {
		return nil, err
	}
	b, err := py.MakeBool(c)
	if err != nil {
		return nil, err
	}
	if len(args) == 4 {
		if ns, ok := args[2].(py.StringDict); ok {
			ns[string(args[3].(py.String))] = b
		}
	}
	if b == py.True {
		return py.Tuple{args[0]}, nil
	}
	return py.Tuple{}, nil
}

// mergeInto adds the items of mapping m to d (string keys only).
func mergeInto(d py.StringDict, m py.Object) error {
	if sd, ok := m.(py.StringDict); ok {
		for k, v := range sd {
			d[k] = v
		}
		return nil
	}
	keysFn, err := py.GetAttrString(m, "keys")
	if err != nil {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	var ierr error
	err = py.Iterate(keys, func(k py.Object) bool {
		ks, ok := k.(py.String)
		if !ok {
			ierr = py.ExceptionNewf(py.TypeError, "keywords must be strings")
			return true
		}
		v, e := py.GetItem(m, k)
		if e != nil {
			ierr = e
			return true
		}
		d[string(ks)] = v
		return false
	})
	if err != nil {
		return err
	}
	return ierr
}

// kwHelper builds the keyword dict of a call: pairs "name", value, or the
// sentinel __pyshim_dstar__ followed by a mapping.
func kwHelper(b py.StringDict, args py.Tuple) (py.Object, error) {
	d := py.NewStringDict()
	sentinel := b["__pyshim_dstar__"]
	for i := 0; i+1 < len(args); i += 2 {
		if args[i] == sentinel {
			m := py.NewStringDict()
			if err := mergeInto(m, args[i+1]); err != nil {
				if strings.Contains(err.Error(), "not a mapping") {
					return nil, py.ExceptionNewf(py.TypeError, "argument after ** must be a mapping, not %s", args[i+1].Type().Name)
				}
				return nil, err
			}
			for k, v := range m {
				if _, dup := d[k]; dup {
					return nil, py.ExceptionNewf(py.TypeError, "got multiple values for keyword argument '%s'", k)
				}
				d[k] = v
			}
			continue
		}
		k := string(args[i].(py.String))
		if _, dup := d[k]; dup {
			return nil, py.ExceptionNewf(py.TypeError, "got multiple values for keyword argument '%s'", k)
		}
		d[k] = args[i+1]
	}
	return d, nil
}

// fmtHelper implements __pyshim_fmt__(lit, value, conv, spec, lit, ...).
func fmtHelper(b py.StringDict, args py.Tuple) (py.Object, error) {
	var sb strings.Builder
	for i := 0; i < len(args); i++ {
		if i%4 == 0 {
			s, ok := args[i].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "f-string literal is not a str")
			}
			sb.WriteString(string(s))
			continue
		}
		if i+2 >= len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "__pyshim_fmt__: bad arguments")
		}
		v := args[i]
		conv, _ := args[i+1].(py.String)
		spec, ok := args[i+2].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "format spec is not a str")
		}
		i += 2
		var err error
		// !r, !s and !a call the builtins repr and str of the running
		// interpreter, as repr() and str() in the script would: the layers
		// replace gpython's (which words functions, modules, containers of
		// floats... differently).
		switch conv {
		case "r":
			v, err = callBuiltin(b, "repr", v, py.Repr)
		case "s":
			v, err = callBuiltin(b, "str", v, py.Str)
		case "a":
			v, err = callBuiltin(b, "repr", v, py.Repr)
			if err == nil {
				v = py.String(asciiEscape(string(v.(py.String))))
			}
		}
		if err != nil {
			return nil, err
		}
		if s, ok := v.(py.String); ok && spec == "" {
			sb.WriteString(string(s))
			continue
		}
		var out py.Object
		if fn, ok := b["format"]; ok {
			out, err = py.Call(fn, py.Tuple{v, spec}, nil)
		} else {
			out, err = formatValue(v, string(spec))
		}
		if err != nil {
			return nil, err
		}
		s, ok := out.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__format__ must return a str, not %s", out.Type().Name)
		}
		sb.WriteString(string(s))
	}
	return py.String(sb.String()), nil
}

// asciiEscape escapes the non-ASCII characters of s as ascii() does.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex(int(r), 2))
		case r < 0x10000:
			b.WriteString(`\u` + hex(int(r), 4))
		default:
			b.WriteString(`\U` + hex(int(r), 8))
		}
	}
	return b.String()
}

func hex(n, w int) string {
	const digits = "0123456789abcdef"
	out := make([]byte, w)
	for i := w - 1; i >= 0; i-- {
		out[i] = digits[n&15]
		n >>= 4
	}
	return string(out)
}

// callBuiltin calls the builtin name of b on v, or fallback when b has none.
func callBuiltin(b py.StringDict, name string, v py.Object, fallback func(py.Object) (py.Object, error)) (py.Object, error) {
	if f, ok := b[name]; ok && f != nil {
		return py.Call(f, py.Tuple{v}, nil)
	}
	return fallback(v)
}

// callDunder calls o's method name with arg; ok is false when o has no
// such method or it returned NotImplemented.
func callDunder(o py.Object, name string, arg py.Object) (py.Object, bool, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	r, err := py.Call(m, py.Tuple{arg}, nil)
	if err != nil {
		return nil, false, err
	}
	if r == py.NotImplemented {
		return nil, false, nil
	}
	return r, true, nil
}

// matmul is a @ b: a.__matmul__(b), else b.__rmatmul__(a) (first when b's
// type is a subclass of a's), else CPython's TypeError naming op.
func matmul(a, b py.Object, op string) (py.Object, error) {
	ta, tb := a.Type(), b.Type()
	reflectFirst := ta != tb && tb.IsSubtype(ta)
	if reflectFirst {
		if r, ok, err := callDunder(b, "__rmatmul__", a); ok || err != nil {
			return r, err
		}
	}
	if r, ok, err := callDunder(a, "__matmul__", b); ok || err != nil {
		return r, err
	}
	if ta != tb && !reflectFirst {
		if r, ok, err := callDunder(b, "__rmatmul__", a); ok || err != nil {
			return r, err
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, ta.Name, tb.Name)
}
