package classes

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

var _ = compile.Compile // its init sets py.Compile, which init below wraps
var _ = vm.EvalCode     // its init sets py.VmEvalCode, which init below wraps

func init() {
	initObject()
	initExceptions()
	py.TypeType.New = typeNew
	py.TypeType.Init = typeInit
	py.BoolType.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, pyErr(py.TypeError, "bool() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			return py.False, nil
		case 1:
			return py.MakeBool(args[0])
		}
		return nil, pyErr(py.TypeError, "bool expected at most 1 argument, got %d", len(args))
	}
	if err := py.TypeMakeReady(); err != nil {
		panic(err)
	}

	// Every compile registers the attribute names it uses as settable on
	// exception instances and records keyword-only default fixes.
	prevCompile := py.Compile
	py.Compile = func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
		src = rewriteYieldFrom(rewriteDottedDecorators(src))
		var mod ast.Ast
		if mode == py.ExecMode && needsAST(src) {
			if m, err := parser.Parse(strings.NewReader(src), srcDesc, mode); err == nil {
				mod = m
				if strings.Contains(src, "@") {
					if out := rewriteDecoratedDefaults(src, m); out != src {
						src = out
						if m2, err := parser.Parse(strings.NewReader(src), srcDesc, mode); err == nil {
							mod = m2
						}
					}
				}
			}
		}
		code, err := prevCompile(src, srcDesc, mode, flags, dontInherit)
		if err == nil && code != nil {
			registerCodeNames(code)
			if mod != nil {
				analyseKwOnly(mod, code)
			}
			recordQualnames(code, "", false)
			fixForLoops(code)
			markFramed(code)
		}
		return code, err
	}
	vmRunFrame = py.VmRunFrame
	innerEval = py.VmEvalCode
	py.VmEvalCode = EvalCode
	py.ObjectType.New = objectTypeNew
	initBoundMethod()
	wrapZip()
}

// EvalFunc is the signature of py.VmEvalCode.
type EvalFunc = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error)

// innerEval is the evaluator EvalCode delegates to (gpython's).
var innerEval EvalFunc

// vmRunFrame is gpython's RunFrame, which runs a framed call (frames.go).
var vmRunFrame func(*py.Frame) (py.Object, error)

// VMRunFrame returns gpython's RunFrame, unwrapped.
func VMRunFrame() func(*py.Frame) (py.Object, error) { return vmRunFrame }

// EvalCode is what this layer installs as py.VmEvalCode (every call of a
// Python function): gpython's evaluator with the layer's per-call fixes,
// BeforeEval and AfterEvalError.
func EvalCode(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
	BeforeEval(code, kwdefs)
	res, err := innerEval(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
	if err == nil && code.Flags&coFramed != 0 {
		res, err = EvalFramed(vmRunFrame, res)
	}
	if err != nil {
		AfterEvalError(code, err)
	}
	return res, err
}

// InnerEvalCode returns the evaluator EvalCode delegates to. A layer that
// has per-call work of its own can replace py.VmEvalCode (when it is still
// EvalCode) by one function doing both layers' work around this one,
// which saves a call frame per Python call.
func InnerEvalCode() EvalFunc { return innerEval }

// BeforeEval is the layer's work before a call of code: re-keying
// keyword-only defaults recorded by the compile-time analysis. It costs
// one field test for code without keyword-only parameters.
func BeforeEval(code *py.Code, kwdefs py.StringDict) {
	if code.Kwonlyargcount > 0 && len(kwdefs) > 0 && len(kwdefs) < int(code.Kwonlyargcount) {
		fixKwDefaults(code, kwdefs)
	}
}

// AfterEvalError is the layer's work when a call of code fails: CPython's
// wording for the VM's errors.
func AfterEvalError(code *py.Code, err error) {
	switch e := err.(type) {
	case py.ExceptionInfo:
		if x, ok := e.Value.(*py.Exception); ok {
			FixVMError(x, e.Traceback)
		}
	case *py.ExceptionInfo:
		if x, ok := e.Value.(*py.Exception); ok {
			FixVMError(x, e.Traceback)
		}
	}
	patchError(code, err)
}

var strOnce sync.Once

// Install adds this layer's builtins to ctx: the class builder, super,
// property and the builtins whose CPython semantics depend on classes.
func Install(ctx py.Context) error {
	strOnce.Do(func() {
		prev := py.StringType.New
		py.StringType.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 1 && len(kwargs) == 0 {
				return Str(args[0])
			}
			return prev(meta, args, kwargs)
		}
	})
	b := ctx.Store().Builtins.Globals
	prevPrint := b["print"]
	def := func(name string, fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error), doc string) {
		b[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return fn(args, kwargs)
		}, 0, doc)
	}
	b["__build_class__"] = py.MustNewMethod("__build_class__", buildClass, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class")
	def("__pyshim_pann__", pann, "an annotation of a def (funcannotations.go)")
	b["super"] = SuperType
	b["property"] = PropertyType
	b["classmethod"] = py.ClassMethodType
	b["staticmethod"] = py.StaticMethodType
	b["type"] = py.TypeType
	b["object"] = py.ObjectType
	b["bool"] = py.BoolType
	b["NotImplemented"] = py.NotImplemented
	b["__pyshim_yf__"] = py.MustNewMethod("__pyshim_yf__", func(self py.Object, arg py.Object) (py.Object, error) {
		return newYieldFrom(arg)
	}, 0, "sub-iterator wrapper for yield from")
	b["__pyshim_deco__"] = py.MustNewMethod("__pyshim_deco__", func(self py.Object, arg py.Object) (py.Object, error) {
		return arg, nil
	}, 0, "identity: evaluates a dotted decorator expression")

	def("isinstance", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 2 || len(kw) > 0 {
			return nil, pyErr(py.TypeError, "isinstance expected 2 arguments, got %d", len(args))
		}
		r, err := IsInstance(args[0], args[1])
		return py.NewBool(r), err
	}, "Return whether an object is an instance of a class or of a subclass thereof.")
	def("issubclass", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 2 || len(kw) > 0 {
			return nil, pyErr(py.TypeError, "issubclass expected 2 arguments, got %d", len(args))
		}
		r, err := IsSubclass(args[0], args[1])
		return py.NewBool(r), err
	}, "Return whether 'cls' is derived from another class or is the same class.")
	def("callable", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "callable() takes exactly one argument (%d given)", len(args))
		}
		return py.NewBool(Callable(args[0])), nil
	}, "Return whether the object is callable.")
	def("getattr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, pyErr(py.TypeError, "getattr expected 2 or 3 arguments, got %d", len(args))
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, pyErr(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		r, err := GetAttr(args[0], string(name))
		if err != nil && len(args) == 3 && isAttributeError(err) {
			return args[2], nil
		}
		return r, err
	}, "getattr(object, name[, default]) -> value")
	def("hasattr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyErr(py.TypeError, "hasattr expected 2 arguments, got %d", len(args))
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, pyErr(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		_, err := GetAttr(args[0], string(name))
		if err != nil {
			if isAttributeError(err) {
				return py.False, nil
			}
			return nil, err
		}
		return py.True, nil
	}, "Return whether the object has an attribute with the given name.")
	def("setattr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 3 {
			return nil, pyErr(py.TypeError, "setattr expected 3 arguments, got %d", len(args))
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, pyErr(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return py.None, SetAttr(args[0], string(name), args[2])
	}, "Sets the named attribute on the given object to the specified value.")
	def("delattr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyErr(py.TypeError, "delattr expected 2 arguments, got %d", len(args))
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, pyErr(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return py.None, DelAttr(args[0], string(name))
	}, "Deletes the named attribute from the given object.")
	def("vars", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 && len(kw) == 0 {
			// the caller's locals (the layer's frame stack: a Go
			// builtin runs in its caller's frame)
			return callerLocals()
		}
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "vars expected at most 1 argument, got %d", len(args))
		}
		return Vars(args[0])
	}, "vars([object]) -> dictionary")
	def("dir", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) == 0 && len(kw) == 0 {
			l, err := callerLocals()
			if err != nil {
				return nil, err
			}
			return Sorted(l, nil, false)
		}
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "dir expected at most 1 argument, got %d", len(args))
		}
		if i, ok := args[0].(*Instance); ok {
			if f := special(i.cls, "__dir__"); f != nil {
				r, err := callMeth(f, i)
				if err != nil {
					return nil, err
				}
				return Sorted(r, nil, false)
			}
		}
		if g := moduleGlobals(args[0]); g != nil {
			// a module's own __dir__ (PEP 562)
			if f, ok := g["__dir__"]; ok {
				r, err := py.Call(f, nil, nil)
				if err != nil {
					return nil, err
				}
				return Sorted(r, nil, false)
			}
		}
		return dirOf(args[0]), nil
	}, "dir([object]) -> list of strings")
	def("id", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "id() takes exactly one argument (%d given)", len(args))
		}
		return py.Int(int64(addr(args[0]) & 0x7fffffffffffffff)), nil
	}, "Return the identity of an object.")
	def("hash", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "hash() takes exactly one argument (%d given)", len(args))
		}
		return Hash(args[0])
	}, "Return the hash value for the given object.")
	def("reversed", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "reversed expected 1 argument, got %d", len(args))
		}
		return Reversed(args[0])
	}, "Return a reverse iterator over the values of the given sequence.")
	def("min", func(args py.Tuple, kw py.StringDict) (py.Object, error) { return MinMax("min", args, kw) },
		"min(iterable, *[, default=obj, key=func]) -> value")
	def("max", func(args py.Tuple, kw py.StringDict) (py.Object, error) { return MinMax("max", args, kw) },
		"max(iterable, *[, default=obj, key=func]) -> value")
	def("iter", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		switch len(args) {
		case 1:
			return py.Iter(args[0])
		case 2:
			if !Callable(args[0]) {
				return nil, pyErr(py.TypeError, "iter(v, w): v must be callable")
			}
			return &callIter{fn: args[0], sentinel: args[1]}, nil
		}
		return nil, pyErr(py.TypeError, "iter expected at most 2 arguments, got %d", len(args))
	}, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator")
	def("next", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, pyErr(py.TypeError, "next expected at least 1 argument, got %d", len(args))
		}
		r, err := Next(args[0])
		if err != nil && len(args) == 2 && isStopIteration(err) {
			return args[1], nil
		}
		if err == py.StopIteration {
			return nil, &py.Exception{Base: py.StopIteration, Args: py.Tuple{}, Dict: py.NewStringDict()}
		}
		return r, err
	}, "next(iterator[, default])")
	def("abs", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "abs() takes exactly one argument (%d given)", len(args))
		}
		return Abs(args[0])
	}, "Return the absolute value of the argument.")
	def("repr", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "repr() takes exactly one argument (%d given)", len(args))
		}
		return Repr(args[0])
	}, "Return the canonical string representation of the object.")
	def("ascii", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyErr(py.TypeError, "ascii() takes exactly one argument (%d given)", len(args))
		}
		return Ascii(args[0])
	}, "Return an ASCII-only representation of an object.")
	def("print", func(args py.Tuple, kw py.StringDict) (py.Object, error) {
		return printFn(ctx, prevPrint, args, kw)
	}, "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)")
	return nil
}

// printFn is print() using Str for each value.
func printFn(ctx py.Context, prev py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	sep, end := py.String(" "), py.String("\n")
	var file py.Object = py.None
	flush := false
	for k, v := range kw {
		switch k {
		case "sep":
			if v != py.None {
				s, ok := v.(py.String)
				if !ok {
					return nil, pyErr(py.TypeError, "sep must be None or a string, not %s", v.Type().Name)
				}
				sep = s
			}
		case "end":
			if v != py.None {
				s, ok := v.(py.String)
				if !ok {
					return nil, pyErr(py.TypeError, "end must be None or a string, not %s", v.Type().Name)
				}
				end = s
			}
		case "file":
			file = v
		case "flush":
			b, err := py.MakeBool(v)
			if err != nil {
				return nil, err
			}
			flush = b == py.True
		default:
			return nil, pyErr(py.TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	if file == py.None {
		sys, err := ctx.GetModule("sys")
		if err != nil {
			return nil, err
		}
		file = sys.Globals["stdout"]
		if file == nil || file == py.None {
			return py.None, nil
		}
	}
	write, err := GetAttr(file, "write")
	if err != nil {
		return nil, err
	}
	var buf []byte
	for i, a := range args {
		if i > 0 {
			buf = append(buf, sep...)
		}
		s, err := strString(a)
		if err != nil {
			return nil, err
		}
		buf = append(buf, s...)
	}
	buf = append(buf, end...)
	if _, err := py.Call(write, py.Tuple{py.String(buf)}, nil); err != nil {
		return nil, err
	}
	if flush {
		if f, err := GetAttr(file, "flush"); err == nil {
			if _, err := py.Call(f, nil, nil); err != nil {
				return nil, err
			}
		}
	}
	_ = prev
	return py.None, nil
}
