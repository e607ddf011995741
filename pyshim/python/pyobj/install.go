package pyobj

import (
	"reflect"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// dstarType is the type of the __pyshim_dstar__ sentinel.
type dstarType struct{}

var dstarTypeObj = py.NewType("__pyshim_dstar__", "marker: merge the next mapping into the dict display")

func (dstarType) Type() *py.Type { return dstarTypeObj }

// DStar is the sentinel builtin __pyshim_dstar__: as a key in
// __pyshim_dict__'s flat argument list it means "merge the next mapping".
var DStar py.Object = &dstarType{}

// BuildDict implements a dict display: flat key/value pairs, where the key
// DStar merges the following mapping.
func BuildDict(args py.Tuple) (*Dict, error) {
	if len(args)%2 != 0 {
		return nil, py.ExceptionNewf(py.SystemError, "__pyshim_dict__ needs key/value pairs")
	}
	d := NewDict()
	for i := 0; i < len(args); i += 2 {
		k, v := args[i], args[i+1]
		if k == DStar {
			if err := mergeMapping(d, v); err != nil {
				return nil, err
			}
			continue
		}
		if err := d.SetItem(k, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func mergeMapping(d *Dict, m py.Object) error {
	switch m.(type) {
	case *Dict, py.StringDict:
		return d.update(m)
	}
	if _, err := py.GetAttrString(m, "keys"); err != nil {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
	}
	return d.update(m)
}

// BuildDictComp implements a dict comprehension from an iterable of
// (key, value) pairs.
func BuildDictComp(it py.Object) (*Dict, error) {
	d := NewDict()
	err := iterate(it, func(item py.Object) error {
		t, ok := item.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.ExceptionNewf(py.SystemError, "__pyshim_dict_comp__ needs (key, value) tuples")
		}
		return d.SetItem(t[0], t[1])
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

func builtinFn(name, doc string, fn interface{}) *py.Method {
	return py.MustNewMethod(name, fn, 0, doc)
}

// Install makes the builtins of this layer refer to the object model of
// this package in ctx: dict, set, frozenset, the dict and set display
// helpers of the pre-pass contract, and sorted, repr and print with
// CPython's ordering and container repr.
func Install(ctx py.Context) error {
	b := ctx.Store().Builtins.Globals
	b["dict"] = DictType
	b["set"] = SetType
	b["frozenset"] = FrozenSetType
	b["__pyshim_dstar__"] = DStar
	b["__pyshim_dict__"] = builtinFn("__pyshim_dict__", "dict display", func(self py.Object, args py.Tuple) (py.Object, error) {
		return BuildDict(args)
	})
	b["__pyshim_dict_comp__"] = builtinFn("__pyshim_dict_comp__", "dict comprehension", func(self py.Object, arg py.Object) (py.Object, error) {
		return BuildDictComp(arg)
	})
	b["__pyshim_set__"] = builtinFn("__pyshim_set__", "set display", func(self py.Object, args py.Tuple) (py.Object, error) {
		s := NewSet()
		for _, a := range args {
			if err := s.Add(a); err != nil {
				return nil, err
			}
		}
		return s, nil
	})
	b["__pyshim_set_const__"] = builtinFn("__pyshim_set_const__", "set display of three or more constants", func(self py.Object, args py.Tuple) (py.Object, error) {
		return BuildConstSet(args)
	})
	b["__pyshim_set_comp__"] = builtinFn("__pyshim_set_comp__", "set comprehension", func(self py.Object, arg py.Object) (py.Object, error) {
		s := NewSet()
		err := iterate(arg, func(x py.Object) error { return s.Add(x) })
		if err != nil {
			return nil, err
		}
		return s, nil
	})
	b["__pyshim_kwargs__"] = builtinFn("__pyshim_kwargs__", "mapping to keyword arguments", func(self py.Object, arg py.Object) (py.Object, error) {
		return ToStringDict(arg)
	})
	for _, mode := range []py.CompileMode{py.EvalMode, py.ExecMode} {
		mode := mode
		name := "__pyshim_" + string(mode) + "__"
		b[name] = builtinFn(name, string(mode)+" with an explicit namespace", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return EvalWithNamespace(ctx, mode, args, kwargs)
		})
		// __pyshim_exec_in__(globals(), locals()) is what the pre-pass
		// calls instead of exec: the builtin bound to the caller's
		// namespaces.
		inName := "__pyshim_" + string(mode) + "_in__"
		b[inName] = builtinFn(inName, string(mode)+" bound to the caller's namespaces", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes 2 arguments", inName)
			}
			fg, fl := args[0], args[1]
			return builtinFn(string(mode), "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return EvalInFrame(ctx, mode, fg, fl, args, kwargs)
			}), nil
		})
	}
	b["compile"] = builtinFn("compile", "Compile source into a code object that can be executed by exec() or eval().", builtinCompile)
	b["sorted"] = builtinFn("sorted", "Return a new list containing all items from the iterable in ascending order.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "sorted expected 1 argument, got %d", len(args))
		}
		items, err := toSlice(args[0])
		if err != nil {
			return nil, err
		}
		l := py.NewListFromItems(append([]py.Object(nil), items...))
		return l, sortWithKwargs(l, kwargs, "sorted")
	})
	b["repr"] = builtinFn("repr", "Return the canonical string representation of the object.", func(self py.Object, arg py.Object) (py.Object, error) {
		s, err := ReprString(arg)
		return py.String(s), err
	})
	for name, op := range map[string]int{"__pyshim_lt__": OpLT, "__pyshim_le__": OpLE, "__pyshim_gt__": OpGT, "__pyshim_ge__": OpGE} {
		op := op
		b[name] = builtinFn(name, "ordering comparison with CPython semantics", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "comparison needs 2 arguments")
			}
			return Compare(args[0], args[1], op)
		})
	}
	b["isinstance"] = builtinFn("isinstance", "Return whether an object is an instance of a class or of a subclass thereof.", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "isinstance expected 2 arguments, got %d", len(args))
		}
		r, err := IsInstance(args[0], args[1])
		return py.NewBool(r), err
	})
	if _, ok := b["hash"]; !ok {
		b["hash"] = builtinFn("hash", "Return the hash value for the given object.", func(self py.Object, arg py.Object) (py.Object, error) {
			h, err := Hash(arg)
			return py.Int(h), err
		})
	}
	b["print"] = builtinFn("print", "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return printFn(ctx, args, kwargs)
	})
	return nil
}

func printFn(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	sep, end := " ", "\n"
	var file, flush py.Object
	for k, v := range kwargs {
		switch k {
		case "sep", "end":
			s := " "
			if k == "end" {
				s = "\n"
			}
			if v != py.None {
				str, ok := v.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s must be None or a string, not %s", k, v.Type().Name)
				}
				s = string(str)
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			file = v
		case "flush":
			flush = v
		default:
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	if file == nil || file == py.None {
		sys, err := ctx.GetModule("sys")
		if err != nil {
			return nil, err
		}
		file = sys.Globals["stdout"]
	}
	write, err := py.GetAttrString(file, "write")
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, 64)
	for i, a := range args {
		if i > 0 {
			out = append(out, sep...)
		}
		s, err := StrString(a)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	out = append(out, end...)
	if _, err := py.Call(write, py.Tuple{py.String(out)}, nil); err != nil {
		return nil, err
	}
	if flush != nil {
		if t, _ := truth(flush); t {
			if f, err := py.GetAttrString(file, "flush"); err == nil {
				if _, err := py.Call(f, nil, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	return py.None, nil
}

// sortWithKwargs sorts l in place honouring key= and reverse=.
func sortWithKwargs(l *py.List, kwargs py.StringDict, name string) error {
	var key, reverse py.Object = py.None, py.False
	for k, v := range kwargs {
		switch k {
		case "key":
			key = v
		case "reverse":
			reverse = v
		default:
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	rev, err := truth(reverse)
	if err != nil {
		return err
	}
	return SortList(l.Items, key, rev)
}

// SortList sorts items in place, stably, as list.sort does: key (None or a
// callable) is called once per item, reverse keeps equal items in their
// original order, and ordering uses RichCompare (tuples, lists, mixed
// numbers). The first comparison error is returned and the list is left
// in its original order.
func SortList(items []py.Object, key py.Object, reverse bool) error {
	n := len(items)
	keys := items
	if key != nil && key != py.None {
		keys = make([]py.Object, n)
		for i, it := range items {
			k, err := py.Call(key, py.Tuple{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	var firstErr error
	less := func(a, b py.Object) bool {
		if firstErr != nil {
			return false
		}
		if x, ok := a.(py.Int); ok {
			if y, ok := b.(py.Int); ok {
				return x < y
			}
		}
		if x, ok := a.(py.String); ok {
			if y, ok := b.(py.String); ok {
				return x < y
			}
		}
		r, err := Less(a, b)
		if err != nil {
			firstErr = err
		}
		return r
	}
	if reverse {
		sort.SliceStable(idx, func(i, j int) bool { return less(keys[idx[j]], keys[idx[i]]) })
	} else {
		sort.SliceStable(idx, func(i, j int) bool { return less(keys[idx[i]], keys[idx[j]]) })
	}
	if firstErr != nil {
		return firstErr
	}
	sorted := make([]py.Object, n)
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
	return nil
}

// initInstall fills in the types of install.go (called by init, in init.go).
func initInstall() {
	py.ListType.Dict["sort"] = py.MustNewMethod("sort", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		l, ok := self.(*py.List)
		if !ok {
			if len(args) > 0 {
				l, ok = args[0].(*py.List)
				args = args[1:]
			}
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor 'sort' for 'list' objects doesn't apply to this object")
			}
		}
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "sort() takes no positional arguments")
		}
		return py.None, sortWithKwargs(l, kwargs, "sort")
	}, 0, "Sort the list in ascending order and return None.")

	// str(x) with one argument uses this package's str (so str((1,)) is
	// '(1,)'); other forms keep gpython's constructor.
	prevStrNew := py.StringType.New
	py.StringType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if metatype == py.StringType && len(args) == 1 && len(kwargs) == 0 {
			switch args[0].(type) {
			case py.Tuple, *py.List, py.StringDict, *py.Exception, py.Complex:
				s, err := StrString(args[0])
				return py.String(s), err
			}
		}
		return prevStrNew(metatype, args, kwargs)
	}
}

// Compare evaluates an ordering comparison a <op> b: fast paths for ints,
// floats and strings, gpython's own operator for other types, and
// RichCompare (lexicographic tuples and lists) when gpython has none.
func Compare(a, b py.Object, op int) (py.Object, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			r := 0
			if x < y {
				r = -1
			} else if x > y {
				r = 1
			}
			return py.NewBool(cmpResult(r, op)), nil
		}
	}
	if x, ok := a.(py.String); ok {
		if y, ok := b.(py.String); ok {
			r := 0
			if x < y {
				r = -1
			} else if x > y {
				r = 1
			}
			return py.NewBool(cmpResult(r, op)), nil
		}
	}
	return RichCompare(a, b, op)
}

// IsInstance implements isinstance(obj, cls) for types (walking the MRO,
// so subtypes and the collections.abc classes count) and tuples of types.
func IsInstance(obj, cls py.Object) (bool, error) {
	switch c := cls.(type) {
	case interface{ UnionArgs() py.Tuple }:
		// a PEP 604 union (sysmods' types.UnionType): its members
		return IsInstance(obj, c.UnionArgs())
	case py.Tuple:
		for _, x := range c {
			r, err := IsInstance(obj, x)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	case *py.Type:
		if obj.Type().IsSubtype(c) {
			return true, nil
		}
		if ABCRegistered(c, obj.Type(), (*py.Type).IsSubtype) {
			return true, nil
		}
		if r, ok := ABCInstanceCheck(c, obj); ok {
			return r, nil
		}
		return false, nil
	}
	return false, py.ExceptionNewf(py.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// BuildConstSet builds a set display whose elements are all constants, in
// CPython's element order: CPython 3.11 compiles such a display (three or
// more elements) to a frozenset constant that the compiler rebuilds once
// while merging constants, then copies into the new set; the rebuild
// changes the iteration order when hashes collide.
func BuildConstSet(args py.Tuple) (*Set, error) {
	first := &setTable{}
	for _, a := range args {
		h, err := Hash(a)
		if err != nil {
			return nil, err
		}
		if err := first.add(a, h); err != nil {
			return nil, err
		}
	}
	if len(args) <= 2 {
		return &Set{t: *first}, nil
	}
	second := &setTable{}
	for _, e := range first.entries() {
		if err := second.add(e.key, e.hash); err != nil {
			return nil, err
		}
	}
	s := NewSet()
	if err := s.t.merge(second); err != nil {
		return nil, err
	}
	return s, nil
}

// EvalWithNamespace implements eval(src, globals[, locals]) and
// exec(src, globals[, locals]) when the namespace is given explicitly,
// accepting this package's dicts as namespaces (gpython's own eval and exec
// accept only py.StringDict). The namespace dict is updated with the
// names the code binds.
func EvalWithNamespace(ctx py.Context, mode py.CompileMode, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 && len(kwargs) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() needs an explicit namespace here", mode)
	}
	return EvalInFrame(ctx, mode, nil, nil, args, kwargs)
}

// EvalInFrame implements the builtins eval and exec called from code whose
// frame namespaces are frameGlobals and frameLocals (the pre-pass binds
// every call of exec/eval to globals() and locals() of its caller):
// CPython's signatures (positional-only source, globals, locals; exec's
// keyword-only closure=None), globals defaulting to the caller's and
// locals to globals when only globals is given, and namespaces that are
// gpython's string dicts or this package's dicts (updated in place with
// the names the code binds and deletes). Source is compiled through
// py.Compile, so the pre-pass applies to it.
func EvalInFrame(ctx py.Context, mode py.CompileMode, frameGlobals, frameLocals py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	name := string(mode)
	for k, v := range kwargs {
		if mode == py.ExecMode && k == "closure" && v == py.None {
			continue
		}
		if mode == py.EvalMode {
			return nil, py.ExceptionNewf(py.TypeError, "eval() takes no keyword arguments")
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for exec()", k)
	}
	if len(args) == 0 {
		if mode == py.EvalMode {
			return nil, py.ExceptionNewf(py.TypeError, "eval expected at least 1 argument, got 0")
		}
		return nil, py.ExceptionNewf(py.TypeError, "exec() takes at least 1 positional argument (0 given)")
	}
	if len(args) > 3 {
		if mode == py.EvalMode {
			return nil, py.ExceptionNewf(py.TypeError, "eval expected at most 3 arguments, got %d", len(args))
		}
		return nil, py.ExceptionNewf(py.TypeError, "exec() takes at most 3 positional arguments (%d given)", len(args))
	}
	src := args[0]
	var globals, locals py.Object = py.None, py.None
	if len(args) > 1 {
		globals = args[1]
	}
	if len(args) > 2 {
		locals = args[2]
	}
	if globals == py.None {
		if frameGlobals == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() needs an explicit namespace here", name)
		}
		globals = frameGlobals
		if locals == py.None {
			locals = frameLocals
		}
	} else if locals == py.None {
		locals = globals
	}
	toNS := func(o py.Object) (py.StringDict, bool, error) {
		switch v := o.(type) {
		case py.StringDict:
			return v, true, nil
		case *Dict:
			sd, err := v.ToStringDict()
			if err != nil {
				return nil, false, py.ExceptionNewf(py.TypeError, "%s() namespace must be a dict with string keys here", name)
			}
			return sd, true, nil
		}
		return nil, false, nil
	}
	g, ok, err := toNS(globals)
	if err != nil {
		return nil, err
	}
	if !ok {
		if mode == py.EvalMode {
			return nil, py.ExceptionNewf(py.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
		}
		return nil, py.ExceptionNewf(py.TypeError, "exec() globals must be a dict, not %s", typeName(globals))
	}
	same := sameObject(globals, locals)
	l := g
	if !same {
		if l, ok, err = toNS(locals); err != nil {
			return nil, err
		} else if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping")
		}
	}
	if _, ok := g["__builtins__"]; !ok {
		g["__builtins__"] = ctx.Store().Builtins
	}
	var code *py.Code
	switch v := src.(type) {
	case *py.Code:
		code = v
	case py.String:
		code, err = compileSource(string(v), "<string>", mode)
	default:
		b, ok := bytesLikeSource(v)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", name)
		}
		var text string
		if text, err = decodeSource(b, "<string>"); err == nil {
			code, err = compileSource(text, "<string>", mode)
		}
	}
	if err != nil {
		return nil, err
	}
	if code.GetNumFree() > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "code object passed to %s() may not contain free variables", name)
	}
	res, runErr := ctx.RunCode(code, g, l, nil)
	syncBack := func(o py.Object, sd py.StringDict) {
		d, ok := o.(*Dict)
		if !ok {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(py.String); ok {
				if _, still := sd[string(s)]; !still {
					_, _ = d.Delete(k)
				}
			}
		}
		for _, k := range sortedKeys(sd) {
			d.setStr(k, sd[k])
		}
	}
	syncBack(globals, g)
	if !same {
		syncBack(locals, l)
	}
	if runErr != nil {
		return nil, runErr
	}
	if mode == py.ExecMode {
		return py.None, nil
	}
	return res, nil
}

// compileSource compiles the source of exec/eval/compile through
// py.Compile (the pre-pass and the runtime's fix-ups). eval strips the
// leading blanks of its expression as CPython does.
func compileSource(src, filename string, mode py.CompileMode) (*py.Code, error) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "source code string cannot contain null bytes")
	}
	if mode == py.EvalMode {
		src = strings.TrimLeft(src, " \t")
	}
	return py.Compile(src, filename, mode, 0, true)
}

// sameObject reports whether a and b are the same object; string dicts
// (Go maps, which == cannot compare) are the same when they share storage.
func sameObject(a, b py.Object) bool {
	if x, ok := a.(py.StringDict); ok {
		y, ok := b.(py.StringDict)
		return ok && reflect.ValueOf(x).UnsafePointer() == reflect.ValueOf(y).UnsafePointer()
	}
	if _, ok := b.(py.StringDict); ok {
		return false
	}
	return a == b
}

// builtinCompile is compile(source, filename, mode, flags=0,
// dont_inherit=False, optimize=-1) compiling through py.Compile.
func builtinCompile(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	names := []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}
	vals := make([]py.Object, len(names))
	if len(args) > 6 {
		return nil, py.ExceptionNewf(py.TypeError, "compile() takes at most 6 arguments (%d given)", len(args))
	}
	copy(vals, args)
	for k, v := range kwargs {
		i := 0
		for i < len(names) && names[i] != k {
			i++
		}
		if i == len(names) {
			return nil, py.ExceptionNewf(py.TypeError, "compile() got an unexpected keyword argument '%s'", k)
		}
		if vals[i] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "argument for compile() given by name ('%s') and position (%d)", k, i+1)
		}
		vals[i] = v
	}
	for i := 0; i < 3; i++ {
		if vals[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "compile() missing required argument '%s' (pos %d)", names[i], i+1)
		}
	}
	var src string
	switch v := vals[0].(type) {
	case py.String:
		src = string(v)
	default:
		if _, ok := bytesLikeSource(v); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "compile() arg 1 must be a string, bytes or AST object")
		}
	}
	filename, ok := vals[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "compile() argument 'filename' must be str, not %s", typeName(vals[1]))
	}
	if b, ok := bytesLikeSource(vals[0]); ok {
		// bytes source: decoded as CPython does (BOM, coding cookie, UTF-8).
		if strings.IndexByte(string(b), 0) >= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "source code string cannot contain null bytes")
		}
		s, err := decodeSource(b, string(filename))
		if err != nil {
			return nil, err
		}
		src = s
	}
	modeS, ok := vals[2].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "compile() argument 'mode' must be str, not %s", typeName(vals[2]))
	}
	mode := py.CompileMode(modeS)
	switch mode {
	case py.ExecMode, py.EvalMode, py.SingleMode:
	default:
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if o := vals[5]; o != nil {
		if n, ok := o.(py.Int); ok && (n < -1 || n > 2) {
			return nil, py.ExceptionNewf(py.ValueError, "compile(): invalid optimize value")
		}
	}
	if strings.IndexByte(src, 0) >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "source code string cannot contain null bytes")
	}
	return py.Compile(src, string(filename), mode, 0, true)
}
