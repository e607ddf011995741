package methods

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// Keyword-argument order. gpython's VM collects keyword arguments into a
// py.StringDict (a Go map), so their source order is lost before the
// callee sees them. PatchCode therefore rewrites every call whose order
// can matter (two or more explicit keywords, or a **mapping) into
//
//	BUILD_TUPLE n; LOAD_CONST kwCall; ROT_TWO; CALL_FUNCTION 1
//
// so that a kwCall helper receives the callable, the positional arguments,
// the keyword names and values in source order, and the *args / **mapping
// operands. It builds the keyword dict itself, records the order as
// pending (pyobj.PushKwOrder) for the duration of the call, and calls the
// callable. Every function with a **kwargs parameter starts with a
// prologue that turns its **kwargs (a py.StringDict) into an ordered
// pyobj.Dict in the pending order (pyobj.DictFromStringDict), and dict(),
// dict.update(), OrderedDict() and namedtuple construction read the same
// order. The pre-pass sends every **mapping through the builtin
// __pyshim_kw__; PatchCode loads kwBuild instead, which keeps the
// mapping's iteration order and defers duplicate and type errors to the
// call, where CPython's messages name the callee.

// kwCall is the helper of one call shape.
type kwCall struct {
	npos, nkw   int
	star, dstar bool
}

type kwShape struct {
	npos, nkw   int
	star, dstar bool
}

var (
	kwCallMu    sync.Mutex
	kwCallCache = map[kwShape]*kwCall{}
)

// kwCallFor returns the shared helper of a call shape.
func kwCallFor(npos, nkw int, star, dstar bool) *kwCall {
	s := kwShape{npos, nkw, star, dstar}
	kwCallMu.Lock()
	defer kwCallMu.Unlock()
	h, ok := kwCallCache[s]
	if !ok {
		h = &kwCall{npos: npos, nkw: nkw, star: star, dstar: dstar}
		kwCallCache[s] = h
	}
	return h
}

// Type returns builtin_function_or_method.
func (h *kwCall) Type() *py.Type { return helperType }

// width is the number of stack items the call consumes: the callable,
// the positional arguments, the keyword pairs, *args and **mapping.
func (h *kwCall) width() int {
	n := 1 + h.npos + 2*h.nkw
	if h.star {
		n++
	}
	if h.dstar {
		n++
	}
	return n
}

// M__call__ performs the call packed in args[0].
func (h *kwCall) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.SystemError, "keyword call helper: bad arguments")
	}
	t, ok := args[0].(py.Tuple)
	if !ok || len(t) != h.width() {
		return nil, py.ExceptionNewf(py.SystemError, "keyword call helper: bad call frame")
	}
	fn := t[0]
	i := 1
	pos := t[i : i+h.npos]
	i += h.npos
	kwt := t[i : i+2*h.nkw]
	i += 2 * h.nkw
	var star, dstar py.Object
	if h.star {
		star = t[i]
		i++
	}
	if h.dstar {
		dstar = t[i]
	}
	n := h.nkw
	built, _ := dstar.(*kwBuilt)
	if built != nil {
		n += len(built.keys)
	}
	// A Python function without **kwargs ignores the order (only an
	// "unexpected keyword" error names a keyword); keys is then built
	// on the stack.
	var keysBuf [8]string
	keys := keysBuf[:0]
	var order *pyobj.KwOrder
	if !noKwargsParam(fn) {
		order = pyobj.NewKwOrder(n)
	}
	kw := make(py.StringDict, n)
	for j := 0; j < len(kwt); j += 2 {
		k, ok := kwt[j].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		if _, dup := kw[string(k)]; dup {
			return nil, multipleValues(fn, string(k))
		}
		kw[string(k)] = kwt[j+1]
		if order != nil {
			order.Keys = append(order.Keys, string(k))
			order.Objs = append(order.Objs, kwt[j])
		} else {
			keys = append(keys, string(k))
		}
	}
	if dstar != nil {
		if built == nil {
			var err error
			built, err = buildKw(py.Tuple{pyobj.DStar, dstar})
			if err != nil {
				return nil, err
			}
		}
		if built.failed() {
			return nil, built.error(fn)
		}
		for j, k := range built.keys {
			if _, dup := kw[k]; dup {
				return nil, multipleValues(fn, k)
			}
			kw[k] = built.vals[j]
			if order != nil {
				order.Keys = append(order.Keys, k)
				order.Objs = append(order.Objs, built.objs[j])
			} else {
				keys = append(keys, k)
			}
		}
	}
	callArgs := pos
	if star != nil {
		callArgs = append(py.Tuple(nil), pos...)
		err := py.Iterate(star, func(item py.Object) bool {
			callArgs = append(callArgs, item)
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	if order != nil {
		keys = order.Keys
	}
	if m, ok := fn.(*py.Method); ok && m.Internal() != py.InternalMethodNone {
		return callInternal(h, m, callArgs, kw)
	}
	if len(keys) < 2 {
		return py.Call(fn, callArgs, kw)
	}
	if order == nil {
		r, err := py.Call(fn, callArgs, kw)
		if err != nil {
			err = rewordUnexpected(err, fn, keys)
		}
		return r, err
	}
	prev := pyobj.PushKwOrder(order)
	r, err := py.Call(fn, callArgs, kw)
	if err == nil {
		if g, ok := r.(*py.Generator); ok {
			orderGeneratorKw(g)
		}
	} else {
		err = rewordUnexpected(err, fn, keys)
	}
	pyobj.PopKwOrder(prev)
	return r, err
}

// noKwargsParam reports whether fn is a Python function (or a method of
// one) without a **kwargs parameter.
func noKwargsParam(fn py.Object) bool {
	if m, ok := fn.(*py.BoundMethod); ok {
		fn = m.Method
	}
	f, ok := fn.(*py.Function)
	return ok && f.Code.Flags&py.CO_VARKEYWORDS == 0
}

// kwBuilt is the keyword dict built by kwBuild: the keys in order, their
// values, and the first error, reported when the call is made.
type kwBuilt struct {
	keys []string
	objs []py.Object // keys as Python strings
	vals []py.Object
	err  error
	// dup is a key given twice (err is nil then).
	dup string
	// notMapping is the type name of a ** operand that is no mapping.
	notMapping string
}

var kwBuiltType = py.NewType("__pyshim_kwargs__", "keyword arguments in call order (internal)")

// Type returns the internal keyword-arguments type.
func (b *kwBuilt) Type() *py.Type { return kwBuiltType }

// failed reports whether building the keyword arguments failed.
func (b *kwBuilt) failed() bool {
	return b.err != nil || b.dup != "" || b.notMapping != ""
}

// error returns the deferred error for a call of fn.
func (b *kwBuilt) error(fn py.Object) error {
	switch {
	case b.dup != "":
		return multipleValues(fn, b.dup)
	case b.notMapping != "":
		return py.ExceptionNewf(py.TypeError, "%s argument after ** must be a mapping, not %s", funcStr(fn), b.notMapping)
	}
	return b.err
}

// kwBuilder is what rewritten bytecode loads instead of the pre-pass's
// __pyshim_kw__ builtin.
type kwBuilder struct{}

// Type returns builtin_function_or_method.
func (kwBuilder) Type() *py.Type { return helperType }

// M__call__ builds the keyword arguments: "name", value pairs, or the
// __pyshim_dstar__ sentinel followed by a mapping.
func (kwBuilder) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return buildKw(args)
}

var kwBuild = kwBuilder{}

func isDStar(o py.Object) bool {
	if o == pyobj.DStar {
		return true
	}
	return o != nil && o.Type().Name == "__pyshim_dstar__"
}

// buildKw implements kwBuilder. Errors other than SystemError are kept in
// the result, to be raised by the call.
func buildKw(args py.Tuple) (*kwBuilt, error) {
	b := &kwBuilt{}
	var seen map[string]bool
	add := func(ko py.Object, v py.Object) {
		k := string(ko.(py.String))
		if b.failed() {
			return
		}
		if seen == nil {
			seen = make(map[string]bool, len(args)/2)
		}
		if seen[k] {
			b.dup = k
			return
		}
		seen[k] = true
		b.keys = append(b.keys, k)
		b.objs = append(b.objs, ko)
		b.vals = append(b.vals, v)
	}
	for i := 0; i+1 < len(args); i += 2 {
		if !isDStar(args[i]) {
			if _, ok := args[i].(py.String); !ok {
				b.err = py.ExceptionNewf(py.TypeError, "keywords must be strings")
				break
			}
			add(args[i], args[i+1])
			continue
		}
		if err := kwMappingItems(args[i+1], b, add); err != nil {
			return nil, err
		}
		if b.failed() {
			break
		}
	}
	return b, nil
}

// kwMappingItems passes the items of m to add in m's iteration order, or
// records why m cannot be used after **.
func kwMappingItems(m py.Object, b *kwBuilt, add func(py.Object, py.Object)) error {
	switch x := m.(type) {
	case *pyobj.Dict:
		for _, it := range x.Items() {
			if _, ok := it.Key.(py.String); !ok {
				b.err = py.ExceptionNewf(py.TypeError, "keywords must be strings")
				return nil
			}
			add(it.Key, it.Value)
		}
		return nil
	case *kwBuilt:
		if x.failed() {
			*b = *x
			return nil
		}
		for j := range x.keys {
			add(x.objs[j], x.vals[j])
		}
		return nil
	case py.StringDict:
		sd := pyobj.DictFromStringDict(x)
		for _, it := range sd.Items() {
			add(it.Key, it.Value)
		}
		return nil
	}
	keysFn, err := py.GetAttrString(m, "keys")
	if err != nil {
		b.notMapping = m.Type().Name
		return nil
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		b.err = err
		return nil
	}
	var ierr error
	err = py.Iterate(keys, func(k py.Object) bool {
		if _, ok := k.(py.String); !ok {
			ierr = py.ExceptionNewf(py.TypeError, "keywords must be strings")
			return true
		}
		v, e := py.GetItem(m, k)
		if e != nil {
			ierr = e
			return true
		}
		add(k, v)
		return false
	})
	if err == nil {
		err = ierr
	}
	if err != nil {
		b.err = err
	}
	return nil
}

// kwPrologueFn is called at the start of every function with a **kwargs
// parameter: it returns the parameter as an ordered dict.
type kwPrologueFn struct{}

// Type returns builtin_function_or_method.
func (kwPrologueFn) Type() *py.Type { return helperType }

// M__call__ converts args[0].
func (kwPrologueFn) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.SystemError, "keyword prologue: bad arguments")
	}
	return kwToDict(args[0]), nil
}

var kwPrologue = kwPrologueFn{}

// kwToDict converts a **kwargs py.StringDict to an ordered dict.
func kwToDict(o py.Object) py.Object {
	if sd, ok := o.(py.StringDict); ok {
		return pyobj.DictFromStringDict(sd)
	}
	return o
}

// kwSlot returns the local index of code's **kwargs parameter and, when
// the parameter lives in a cell, the cell index (else -1).
func kwSlot(code *py.Code) (local, cell int) {
	local = int(code.Argcount + code.Kwonlyargcount)
	if code.Flags&py.CO_VARARGS != 0 {
		local++
	}
	cell = -1
	if local < len(code.Varnames) {
		name := code.Varnames[local]
		for c, v := range code.Cellvars {
			if v == name {
				cell = c
				break
			}
		}
	}
	return local, cell
}

// orderGeneratorKw converts the **kwargs of a generator that has not
// started yet, while the call's order is still pending (its prologue runs
// only at the first next()).
func orderGeneratorKw(g *py.Generator) {
	f := g.Frame
	if f == nil || f.Code == nil || f.Code.Flags&py.CO_VARKEYWORDS == 0 {
		return
	}
	local, cell := kwSlot(f.Code)
	if cell >= 0 {
		if cell < len(f.CellAndFreeVars) {
			if c, ok := f.CellAndFreeVars[cell].(*py.Cell); ok {
				c.Set(kwToDict(c.Get()))
			}
		}
		return
	}
	if local < len(f.Localsplus) && f.Localsplus[local] != nil {
		f.Localsplus[local] = kwToDict(f.Localsplus[local])
	}
}

// multipleValues is CPython's TypeError for a keyword given twice.
func multipleValues(fn py.Object, k string) error {
	return py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", funcStr(fn), k)
}

// funcStr names a callable as CPython's error messages do: module.qualname()
// for functions and classes defined outside builtins, name() for builtins,
// "T object" for other callables.
func funcStr(fn py.Object) string {
	switch f := fn.(type) {
	case *py.Function:
		q := f.Qualname
		if q == "" {
			q = f.Name
		}
		if m, ok := f.Globals["__name__"].(py.String); ok && m != "builtins" {
			return string(m) + "." + q + "()"
		}
		return q + "()"
	case *py.BoundMethod:
		return funcStr(f.Method)
	case *py.Method:
		return f.Name + "()"
	case *py.Type:
		if m, ok := f.Dict["__module__"].(py.String); ok && m != "builtins" {
			q := f.Name
			if qn, ok := f.Dict["__qualname__"].(py.String); ok {
				q = string(qn)
			}
			return string(m) + "." + q + "()"
		}
		return f.Name + "()"
	}
	if inner, err := py.GetAttrString(fn, "__func__"); err == nil && inner != fn {
		return funcStr(inner)
	}
	return fn.Type().Name + " object"
}

// codeOf returns the code object a call of fn runs first, if known.
func codeOf(fn py.Object) *py.Code {
	switch f := fn.(type) {
	case *py.Function:
		return f.Code
	case *py.BoundMethod:
		return codeOf(f.Method)
	case *py.Type:
		for _, b := range f.Mro {
			if bt, ok := b.(*py.Type); ok {
				if init, ok := bt.Dict["__init__"]; ok {
					return codeOf(init)
				}
			}
		}
		if init, ok := f.Dict["__init__"]; ok {
			return codeOf(init)
		}
		return nil
	}
	if inner, err := py.GetAttrString(fn, "__func__"); err == nil && inner != fn {
		return codeOf(inner)
	}
	return nil
}

const unexpectedKw = " got an unexpected keyword argument '"

// rewordUnexpected makes an "unexpected keyword argument" TypeError name
// the first such keyword in call order, as CPython does (gpython reports
// whichever its map iteration meets first).
func rewordUnexpected(err error, fn py.Object, keys []string) error {
	var exc *py.Exception
	switch e := err.(type) {
	case *py.Exception:
		exc = e
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	case *py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	}
	if exc == nil || !py.IsException(py.TypeError, err) {
		return err
	}
	excArgs, ok := exc.Args.(py.Tuple)
	if !ok || len(excArgs) != 1 {
		return err
	}
	msg, ok := excArgs[0].(py.String)
	if !ok {
		return err
	}
	at := strings.Index(string(msg), unexpectedKw)
	if at < 0 {
		return err
	}
	code := codeOf(fn)
	if code == nil || code.Flags&py.CO_VARKEYWORDS != 0 {
		return err
	}
	named := code.Varnames
	if n := int(code.Argcount + code.Kwonlyargcount); n < len(named) {
		named = named[:n]
	}
	for _, k := range keys {
		found := false
		for _, v := range named {
			if v == k {
				found = true
				break
			}
		}
		if !found {
			exc.Args = py.Tuple{py.String(string(msg[:at]) + unexpectedKw + k + "'")}
			return err
		}
	}
	return err
}

// PatchKwOrder controls whether PatchCode rewrites calls and **kwargs
// parameters to keep keyword arguments in source order.
var PatchKwOrder = true

// kwCallShape returns the helper replacing the call instruction op with
// argument arg, or nil when the call is left to the VM: a call with at most
// one explicit keyword and no **mapping passes no order.
func kwCallShape(op byte, arg int) *kwCall {
	if arg > 0xffff {
		return nil
	}
	npos, nkw := arg&0xff, (arg>>8)&0xff
	switch op {
	case opCallFunction, opCallVar:
		if nkw < 2 {
			return nil
		}
		return kwCallFor(npos, nkw, op == opCallVar, false)
	case opCallKw, opCallVarKw:
		return kwCallFor(npos, nkw, op == opCallVarKw, true)
	}
	return nil
}

// isKwBuilderName reports whether name index i of code is the pre-pass's
// __pyshim_kw__.
func isKwBuilderName(code *py.Code, i int) bool {
	return i < len(code.Names) && code.Names[i] == "__pyshim_kw__"
}

// kwPrologueCode returns the instructions that start a function with a
// **kwargs parameter: kw = <prologue>(kw). When an inner scope captures
// the parameter (it lives in a cell), the prologue instead passes the cell
// itself (LOAD_CLOSURE) to a helper that replaces its content, because
// the deref fix (python/upstream/derefs.go) only accepts the LOAD_DEREF and
// STORE_DEREF instructions the source compiles to.
func kwPrologueCode(code *py.Code) []*instr {
	local, cell := kwSlot(code)
	mk := func(op byte, a int) *instr {
		return &instr{op: op, arg: a, oldOff: -1, helper: -1, call: -1, post: -1, pre: -1, fin: -1, before: -1}
	}
	if cell >= 0 {
		idx := classes.ConstIndex(code, kwCellPrologue)
		return []*instr{mk(opLoadConst, idx), mk(opLoadClosure, cell), mk(opCallFunction, 1), mk(opPopTop, 0)}
	}
	idx := classes.ConstIndex(code, kwPrologue)
	return []*instr{mk(opLoadConst, idx), mk(opLoadFast, local), mk(opCallFunction, 1), mk(opStoreFast, local)}
}

const (
	opPopTop      = 1
	opLoadClosure = 135
)

// kwCellPrologueFn is the prologue helper for a **kwargs parameter held
// in a cell: it converts the cell's content in place.
type kwCellPrologueFn struct{}

// Type returns builtin_function_or_method.
func (kwCellPrologueFn) Type() *py.Type { return helperType }

// M__call__ converts the content of the cell args[0].
func (kwCellPrologueFn) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.SystemError, "keyword prologue: bad arguments")
	}
	if c, ok := args[0].(*py.Cell); ok {
		if v := c.Get(); v != nil {
			c.Set(kwToDict(v))
		}
	}
	return py.None, nil
}

var kwCellPrologue = kwCellPrologueFn{}
