package methods

import (
	"cmp"
	"reflect"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/vm" // its init sets py.VmEvalCode, which init below wraps
	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// Cross-layer gaps of gpython (v0.2.0 and upstream main; see package
// upstream for the index) closed host-side:
//
//   - ordering comparisons (<, <=, >, >=): gpython has no ordering for
//     tuples and lists and words its TypeError differently. PatchCode
//     rewrites COMPARE_OP for these four operators into a call of a Go
//     helper (same stack effect) that keeps fast paths for int, float and
//     str and otherwise uses pyobj.Compare (CPython semantics and
//     messages). ==, !=, in, not in, is and is not are left to gpython.
//   - a recursion limit: gpython has none, so runaway recursion ended the
//     process with a fatal Go stack overflow. py.VmEvalCode (every call of
//     a Python function) and py.VmRunFrame (every resumption of a
//     generator) are wrapped with a per-context depth counter that raises
//     RecursionError beyond RecursionLimit nested frames.
//   - keyword forms of builtins: enumerate(iterable=, start=),
//     sum(start=), pow(base=, exp=, mod=), str(object=).
//   - bin, oct and hex of an object with __index__ (intradix.go).
//   - real, imag, numerator, denominator of int and float (numattrs.go).

const opCompareOp = 107

// Comparison operator numbers of COMPARE_OP (also pyobj's Op constants).
const (
	cmpLT = 0
	cmpLE = 1
	cmpGT = 4
	cmpGE = 5
)

// cmpIn is COMPARE_OP's operator number of `in`.
const cmpIn = 6

// constCompare is the right operand of `x <op> CONST` used as a branch
// condition, rewritten to `x in constCompare{op, CONST}`: gpython's
// COMPARE_OP in calls M__contains__(x) directly and keeps the truth of
// the answer, which is all the following conditional jump looks at.
type constCompare struct {
	op    int
	c     py.Object
	i     py.Int // c when it is an int (isInt)
	isInt bool
}

func newConstCompare(op int, c py.Object) *constCompare {
	cc := &constCompare{op: op, c: c}
	cc.i, cc.isInt = c.(py.Int)
	return cc
}

// Type returns the helpers' type.
func (c *constCompare) Type() *py.Type { return helperType }

// M__contains__ evaluates x <op> c and returns its truth value as
// POP_JUMP_IF_FALSE/TRUE would compute it.
func (c *constCompare) M__contains__(x py.Object) (py.Object, error) {
	if c.isInt {
		if a, ok := x.(py.Int); ok {
			return ordered(a, c.i, c.op), nil
		}
	}
	r, err := orderCompare(x, c.c, c.op)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(py.Bool); ok {
		return r, nil
	}
	return py.MakeBool(r)
}

func isOrderOp(arg int) bool {
	return arg == cmpLT || arg == cmpLE || arg == cmpGT || arg == cmpGE
}

// cmpHelpers holds the helper replacing COMPARE_OP for each ordering
// operator (nil for the others).
var cmpHelpers [6]*helper

func init() {
	names := map[int]string{cmpLT: "__pyshim_lt__", cmpLE: "__pyshim_le__", cmpGT: "__pyshim_gt__", cmpGE: "__pyshim_ge__"}
	for op, name := range names {
		op := op
		cmpHelpers[op] = &helper{name: name, fn: func(a, b py.Object) (py.Object, error) {
			return orderCompare(a, b, op)
		}}
	}
}

func boolOf(r bool) py.Object {
	if r {
		return py.True
	}
	return py.False
}

// ordered is x <op> y for an ordering operator on a Go-ordered type (the
// fast paths of orderCompare: int, float and str compare as in Go).
func ordered[T cmp.Ordered](x, y T, op int) py.Object {
	switch op {
	case cmpLT:
		return boolOf(x < y)
	case cmpLE:
		return boolOf(x <= y)
	case cmpGT:
		return boolOf(x > y)
	default:
		return boolOf(x >= y)
	}
}

// orderCompare evaluates a <op> b for an ordering operator with CPython's
// semantics.
func orderCompare(a, b py.Object, op int) (py.Object, error) {
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return ordered(x, y, op), nil
		}
	case py.Float:
		if y, ok := b.(py.Float); ok {
			return ordered(x, y, op), nil
		}
	case py.String:
		if y, ok := b.(py.String); ok {
			return ordered(x, y, op), nil
		}
	}
	return pyobj.Compare(a, b, op)
}

// RecursionLimit is the default maximum number of nested Python frames
// (function calls and running generators) of a new context; one more
// raises RecursionError. CPython's default is 1000. See SetRecursionLimit.
var RecursionLimit int32 = 1000

// RecursionErrorType is RecursionError, a subclass of RuntimeError.
var RecursionErrorType = func() *py.Type {
	t := py.RuntimeError.NewType("RecursionError", "Recursion limit exceeded.", nil, nil)
	t.ObjectType = py.TypeType
	t.Base = py.RuntimeError
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}()

// depthCounter is the per-context frame depth. It lives in the context's
// builtins (under depthKey) so it goes away with the context.
type depthCounter struct {
	ctx   py.Context
	n     int32
	limit int32
}

const depthKey = "__pyshim_depth__"

var depthCounterType = py.NewType("pyshim_depth", "frame depth of a context")

// Type returns the counter's (internal) type.
func (d *depthCounter) Type() *py.Type { return depthCounterType }

// lastDepth caches the counter of the context used most recently.
var lastDepth atomic.Pointer[depthCounter]

func depthOf(ctx py.Context) *depthCounter {
	if d := lastDepth.Load(); d != nil && d.ctx == ctx {
		return d
	}
	return depthOfSlow(ctx)
}

// depthOfSlow finds ctx's counter in its builtins and caches it.
func depthOfSlow(ctx py.Context) *depthCounter {
	if ctx == nil {
		return nil
	}
	b := ctx.Store().Builtins
	if b == nil {
		return nil
	}
	d, _ := b.Globals[depthKey].(*depthCounter)
	if d == nil {
		return nil
	}
	lastDepth.Store(d)
	return d
}

// RecursionLimitOf returns ctx's recursion limit (sys.getrecursionlimit).
func RecursionLimitOf(ctx py.Context) int {
	if d := depthOf(ctx); d != nil {
		return int(atomic.LoadInt32(&d.limit))
	}
	return int(RecursionLimit)
}

// SetRecursionLimit sets ctx's recursion limit (sys.setrecursionlimit),
// with CPython's errors for a limit below 1 or at or below the current
// depth.
func SetRecursionLimit(ctx py.Context, limit int) error {
	if limit < 1 {
		return py.ExceptionNewf(py.ValueError, "recursion limit must be greater or equal than 1")
	}
	d := depthOf(ctx)
	if d == nil {
		return nil
	}
	if limit > 1<<30 {
		limit = 1 << 30
	}
	if n := atomic.LoadInt32(&d.n); int(n) >= limit {
		return py.ExceptionNewf(RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit, n)
	}
	atomic.StoreInt32(&d.limit, int32(limit))
	return nil
}

func recursionError() error {
	return py.ExceptionNewf(RecursionErrorType, "maximum recursion depth exceeded")
}

// The functions wrapped by the depth counter (kept for benchmarks).
var (
	prevEval = py.VmEvalCode
	prevRun  = py.VmRunFrame
)

// callCheck is the optional check run before Python calls (SetCallCheck).
var callCheck struct {
	pending *atomic.Int32
	check   func(py.Context) error
}

// SetCallCheck makes the layer's call wrapper run check(ctx) before every
// Python function call and generator resumption while *pending is not 0,
// and fail the call with check's error. It lets an embedder deliver
// asynchronous events (Ctrl-C as KeyboardInterrupt) at call boundaries
// without wrapping py.VmEvalCode once more: while *pending is 0 the cost is
// one load. Call it before running code; nil arguments remove the check.
func SetCallCheck(pending *atomic.Int32, check func(py.Context) error) {
	if pending == nil || check == nil {
		pending, check = nil, nil
	}
	callCheck.pending, callCheck.check = pending, check
}

// checkCall runs the SetCallCheck check if one is pending.
func checkCall(ctx py.Context) error {
	if p := callCheck.pending; p != nil && p.Load() != 0 {
		return callCheck.check(ctx)
	}
	return nil
}

// sameFunc reports whether two function values are the same top-level
// function.
func sameFunc(a, b any) bool {
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

func init() {
	if sameFunc(py.VmEvalCode, classes.EvalCode) {
		// One wrapper for both layers: the depth counter plus the classes
		// layer's per-call work around gpython's evaluator.
		inner := classes.InnerEvalCode()
		py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
			if callCheck.pending != nil {
				if err := checkCall(ctx); err != nil {
					return nil, err
				}
			}
			if d := depthOf(ctx); d != nil {
				if atomic.AddInt32(&d.n, 1) > atomic.LoadInt32(&d.limit) {
					atomic.AddInt32(&d.n, -1)
					return nil, recursionError()
				}
				defer atomic.AddInt32(&d.n, -1)
			}
			classes.BeforeEval(code, kwdefs)
			res, err := inner(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
			if err == nil && classes.IsFramed(code) {
				res, err = classes.EvalFramed(prevRun, res)
			}
			if err != nil {
				classes.AfterEvalError(code, err)
				err = fixUnboundLocal(code, err)
			}
			return res, err
		}
	} else {
		py.VmEvalCode = wrapEval(prevEval)
	}
	py.VmRunFrame = func(frame *py.Frame) (py.Object, error) {
		if callCheck.pending != nil {
			if err := checkCall(frame.Context); err != nil {
				return nil, err
			}
		}
		// the frame is on the thread's frame stack while it runs
		// (sys._getframe: classes/frames.go)
		classes.PushFrame(frame)
		defer classes.PopFrame()
		d := depthOf(frame.Context)
		if d == nil {
			return prevRun(frame)
		}
		if atomic.AddInt32(&d.n, 1) > atomic.LoadInt32(&d.limit) {
			atomic.AddInt32(&d.n, -1)
			return nil, recursionError()
		}
		defer atomic.AddInt32(&d.n, -1)
		return prevRun(frame)
	}
}

// wrapEval adds the depth counter to an evaluator.
func wrapEval(prevEval classes.EvalFunc) classes.EvalFunc {
	return func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
		if callCheck.pending != nil {
			if err := checkCall(ctx); err != nil {
				return nil, err
			}
		}
		d := depthOf(ctx)
		if d != nil {
			if atomic.AddInt32(&d.n, 1) > atomic.LoadInt32(&d.limit) {
				atomic.AddInt32(&d.n, -1)
				return nil, recursionError()
			}
			defer atomic.AddInt32(&d.n, -1)
		}
		res, err := prevEval(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
		if err == nil && classes.IsFramed(code) && !sameFunc(prevEval, classes.EvalCode) {
			res, err = classes.EvalFramed(prevRun, res)
		}
		return res, err
	}
}

// kwToPositional merges keyword arguments into args for a builtin whose
// parameters are names (in order); the first posOnly of them cannot be
// given by keyword. It reports CPython's TypeErrors.
func kwToPositional(fname string, names []string, posOnly int, args py.Tuple, kw py.StringDict) (py.Tuple, error) {
	if len(kw) == 0 {
		return args, nil
	}
	if n := len(args) + len(kw); n > len(names) {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), n)
	}
	out := make(py.Tuple, len(names))
	copy(out, args)
	last := len(args) - 1
	for k, v := range kw {
		idx := -1
		for i, name := range names {
			if name == k && i >= posOnly {
				idx = i
			}
		}
		if idx < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
		if idx < len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, idx+1)
		}
		out[idx] = v
		if idx > last {
			last = idx
		}
	}
	for i := 0; i <= last; i++ {
		if out[i] == nil {
			if i < posOnly {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes at least %d positional argument (%d given)", fname, posOnly, len(args))
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out[:last+1], nil
}

var kwTypesOnce sync.Once

// installKeywordForms adds the keyword forms of builtins to ctx (and, once,
// to the process-wide constructors of enumerate and str).
func installKeywordForms(b py.StringDict) {
	kwTypesOnce.Do(func() {
		prevEnum := py.EnumerateType.New
		py.EnumerateType.New = func(meta *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(args) == 0 && len(kw) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "enumerate() missing required argument 'iterable'")
			}
			if len(kw) != 0 {
				var err error
				if args, err = kwToPositional("enumerate", []string{"iterable", "start"}, 0, args, kw); err != nil {
					return nil, err
				}
				if len(args) == 0 {
					return nil, py.ExceptionNewf(py.TypeError, "enumerate() missing required argument 'iterable'")
				}
			}
			return prevEnum(meta, args, nil)
		}
		prevStr := py.StringType.New
		py.StringType.New = func(meta *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if v, ok := kw["object"]; ok && len(args) == 0 {
				rest := py.StringDict{}
				for k, x := range kw {
					if k != "object" {
						rest[k] = x
					}
				}
				if len(rest) == 0 {
					rest = nil
				}
				return py.StringType.New(meta, py.Tuple{v}, rest)
			}
			return prevStr(meta, args, kw)
		}
	})
	wrap := func(name string, names []string, posOnly int) {
		prev, ok := b[name]
		if !ok || prev == nil {
			return
		}
		doc := ""
		if m, ok := prev.(*py.Method); ok {
			doc = m.Doc
		}
		b[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(args) < posOnly {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes at least %d positional argument (%d given)", name, posOnly, len(args))
			}
			args, err := kwToPositional(name, names, posOnly, args, kw)
			if err != nil {
				return nil, err
			}
			if name == "pow" && (len(args) == 2 || len(args) == 3 && args[2] == py.None) {
				if err := zeroDivCheck("**", args[0], args[1]); err != nil {
					return nil, err
				}
			}
			if name == "pow" && len(args) == 3 {
				if r, ok, err := powModInverse(args[0], args[1], args[2]); ok {
					return r, err
				}
			}
			return py.Call(prev, args, nil)
		}, 0, doc)
	}
	wrap("sum", []string{"iterable", "start"}, 1)
	wrap("pow", []string{"base", "exp", "mod"}, 0)
}
