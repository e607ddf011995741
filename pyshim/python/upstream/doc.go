// Package upstream holds the workarounds for bugs of gpython v0.2.0 (the
// only release the Go module proxy serves) that upstream has fixed since,
// and indexes every other gpython workaround of the interpreter layer, so
// that each can be dropped when gowikibot moves to a newer gpython.
//
// "main" below is upstream's branch as of 444ae5e (2026-03-02), which has
// no release.
//
// # Fixed upstream after v0.2.0 (drop both together when upgrading)
//
//   - FixCells (cells.go): v0.2.0's compiler never sets Code.Cell2arg, so a
//     parameter captured by an inner function or comprehension is left
//     unbound in its cell (NameError "free variable referenced before
//     assignment"; every decorator that closes over its argument). Fixed
//     by go-python/gpython commit e9cde5f ("compile,py: fix closure and
//     decorator", 2023-10-14: Code.InitCell2arg).
//   - FixDerefs (derefs.go): v0.2.0's compiler emits a free variable's
//     LOAD_DEREF/STORE_DEREF/DELETE_DEREF/LOAD_CLASSDEREF/LOAD_CLOSURE
//     operand without the len(co_cellvars) offset the VM expects. Fixed by
//     the same commit e9cde5f (compile.go makeClosure and NameOp add the
//     offset). FixDerefs must go at the same time: on fixed bytecode it
//     would shift operands a second time.
//
// # Still open on main (kept in the packages whose internals they use)
//
// No upstream issue is known for these; each was checked against main's
// source.
//
//   - methods/upstream_gaps.go: ordering comparisons (<, <=, >, >=) of
//     tuples and lists, and CPython's wording of their TypeError (py/tuple.go
//     and py/list.go have no M__lt__ on main); a recursion limit (main has
//     none: runaway recursion is a fatal Go stack overflow); keyword forms
//     of builtins (enumerate(iterable=, start=), sum(start=),
//     pow(base=, exp=, mod=), str(object=)); bin, oct and hex of an object
//     with __index__ (methods/intradix.go: stdlib/builtin's builtin_bin and
//     builtin_oct take only gpython's own ints, unchanged on main); the
//     numeric attributes real, imag, numerator and denominator of int and
//     float (methods/numattrs.go: py/int.go and py/float.go have none).
//   - classes/upstream_fixups.go: argument errors named by the function's
//     qualified name and "'int' object has no attribute" (py/internal.go
//     line 265 on main says "'int' has no attribute"); dotted decorators
//     (@prop.setter), which parser/grammar.y's decorator rule turns into
//     one ast.Name "prop.setter" (unchanged on main).
//   - methods/boolarith.go: arithmetic on bools (py/bool.go has no
//     __add__, __sub__, __neg__, ... on main; True + True is a TypeError).
//   - methods/zerodiv.go: float // 0 and float % 0 return inf and nan,
//     0 ** -1 returns inf, and every ZeroDivisionError says "division by
//     zero" (py/float.go, py/int.go, unchanged on main).
//   - pyobj/reprobjs.go: functions, built-ins, bound methods, generators
//     and modules have no repr of their own ("<function instance at
//     0x...>", py/internal.go's fallback, unchanged on main).
//   - prepass/superclass.go: no __class__ cell for zero-argument super()
//     (compile/compile.go, unchanged on main): the pre-pass passes the
//     class's qualified name and the defining class is found in the
//     first argument's MRO, not by the name (which may be rebound).
//   - methods/identityeq.go: == and != of two objects whose type has no
//     __eq__ (functions, methods, modules) raise TypeError, py.Eq and py.Ne
//     having no identity fallback (py/arithmetic.go, unchanged on main);
//     and `is` between two values of the same map type (two namespace
//     dicts) panics, vm/eval.go comparing them with Go's ==.
//   - methods/seqcontains.go: `x in list` and `x in tuple` compare with
//     py.Eq (py/sequence.go SequenceContains; list and tuple have no
//     __contains__ on main), so `f in [g]` raises TypeError for objects
//     without __eq__ and an item is not found by identity.
//   - lib/sysmods/modgetattr.go: a module's __getattr__ (PEP 562) is never
//     called: py.GetAttrString asks only a *py.Type or a Go type with
//     M__getattr__ (py/internal.go, unchanged on main), so a module defining
//     one is imported as a GetattrModule.
//   - classes/handling.go: an exception's __context__ is never set
//     (vm/eval.go keeps the exception being handled in its per-RunFrame
//     Vm.exc, "FIXME" comments where CPython chains it, unchanged on main);
//     the bytecode hooks of methods/handlerhooks.go record handlers
//     entered and left. The same record answers sys.exc_info()
//     (HandledException), which Go code cannot read from Vm.exc either.
//   - classes/vmerrors.go: a module's missing attribute is "'module'
//     has no attribute 'y'" (py/internal.go) and a failed from-import
//     "cannot import name y" (vm/eval.go IMPORT_FROM), without the
//     module's name, unchanged on main; reworded from the failing
//     instruction.
//   - classes/basedunders.go: the built-in containers have no __repr__,
//     __len__, __iter__, __hash__, __eq__, __ne__ in their type dicts
//     (Go methods only, py/tuple.go etc., unchanged on main), so
//     tuple.__repr__ is object's.
//   - pyobj/mappingproxy.go: no mappingproxy type; a class's __dict__ is
//     its StringDict, whose GetDict returns itself (py/dict.go, unchanged
//     on main), so its keys shadow dict's methods as attributes.
//   - prepass/namedescape.go: string literals have no \N{name} escape
//     (parser/lexer.go, unchanged on main).
//   - classes/excattrs.go: exceptions take no keyword arguments
//     (py.ExceptionNew, unchanged on main) and AttributeError, NameError
//     and ImportError lack name/obj/path/msg.
//   - classes/tbmerge.go: raise X starts a new traceback (vm/eval.go
//     do_RAISE_VARARGS), where CPython continues X's __traceback__,
//     unchanged on main.
//   - classes/tbattrs.go: traceback objects name their attributes
//     __tb_next__, __tb_frame__, __tb_lasti__, __tb_lineno__
//     (py/traceback.go, unchanged on main), not tb_next, ...
//   - classes/funcannotations.go: a function's annotations are kept in a
//     Go map (py.Function.Annotations, unordered; the __annotations__
//     getter of py/function.go returns its nil map, which a store into
//     panics on), unchanged on main.
//   - classes/dictorder.go: an instance's attributes live in a Go map
//     (py.StringDict, unordered, as everywhere in py/), where CPython's
//     __dict__ keeps assignment order.
//   - methods/bitops.go (unionOr) and lib/sysmods/typeunion.go: a class has
//     no __or__ (py/type.go, unchanged on main), so `int | None` (PEP 604)
//     is a TypeError.
//   - classes/frames.go: frames have no f_back (py/frame.go's Back field is
//     commented out on main) and Go code cannot reach the running frame,
//     so sys._getframe is built on a stack of frames the layer keeps.
//   - classes/tbline.go: a traceback entry's line is read past the
//     instruction that raised (vm.AddTraceback uses Addr2Line(Lasti),
//     unchanged on main), so an error in a multi-line tuple or call names
//     the next element's line.
//   - classes/bigint.go: an int beyond 64 bits is of type "bigint"
//     (py/bigint.go's BigIntType, unchanged on main).
//   - classes/decorated.go: a decorated function's defaults are compiled
//     after its decorators (compile/compile.go compileFunc), and a call
//     decorator "@deco(args)" has no position in the AST, "@deco()" a
//     wrong one (parser/grammar.y).
//   - classes/builtinfunc.go: the type of Go functions is named "method"
//     and that of every bound method "boundmethod" (py/method.go,
//     py/boundmethod.go, unchanged on main); a built-in bound method has
//     the type of a Go function in type() and isinstance.
//   - pyobj/slice.go: slice objects have no repr ("<slice instance at
//     0x...>"), no indices(), no ordering, and hash by identity
//     (py/slice.go, unchanged on main).
//   - methods/dictattr.go: an attribute of a py.StringDict (a module's
//     globals(), **kwargs) is looked up in the dict itself first (its
//     GetDict returns itself, py/dict.go and py/internal.go, unchanged on
//     main), so a global named get shadows globals().get.
//   - ../kwonlyorder.go (package python): the pre-pass puts keyword-only
//     parameters with defaults first, because the compiler pairs the
//     keyword-only defaults with the first keyword-only names
//     (compile/compile.go, unchanged on main); their source order is
//     restored in the compiled code (co_varnames, inspect.signature).
//   - classes/unpackerrors.go: unpacking too few values says "need more
//     than 3 value(s) to unpack", a non-iterable "'int' object is not
//     iterable" (vm/eval.go unpack_iterable, CPython 3.3's wording);
//     reworded from the failing UNPACK_SEQUENCE or UNPACK_EX.
//   - ../printexpr.go (package python): PRINT_EXPR, the "single" compile
//     mode's expression statement, writes to the process's stdout
//     (vm.PrintExpr; "FIXME this should be calling sys.displayhook" in
//     vm/eval.go, unchanged on main), not to sys.stdout.
//   - ../traceback_positions.go (package python): code objects have no
//     column table (CPython 3.11's co_positions; py.Code keeps Lnotab
//     only, as in the copy of upstream's py/code.go at 06dc53f), and the
//     parser gives nodes no end and trailers (calls, subscripts,
//     attributes) no start of their own, so the traceback's position
//     lines (^^^, ~~^~~) are worked out when a traceback is printed, from
//     the source's AST, the line's tokens and the frame's instructions.
//   - lib/sysmods/astmod.go: a call's ast.Call node has no position
//     (parser/grammar.y builds the trailer's &ast.Call{} without Pos,
//     unchanged on main), so ast.literal_eval's "malformed node or string
//     on line N" reports line 1 for a call.
//   - methods/unboundlocal.go: a local read or deleted before assignment
//     raises NameError (vm/eval.go do_LOAD_FAST keeps UnboundLocalError
//     commented out, unchanged on main).
//   - prepass/tabs.go: indentation mixing tabs and spaces inconsistently
//     compiles (parser/lexer.go counts a tab to the next multiple of 8 only,
//     unchanged on main); CPython raises TabError.
//   - prepass/async.go and coro (with classes/asynccall.go,
//     methods/asyncexport.go, gil/alias.go): no coroutines at all (the
//     3.4 grammar has no async def or await, parser/grammar.y unchanged on
//     main; and a generator cannot be suspended below a Go call such as
//     a for loop's __next__ or a with statement's __exit__, so async for
//     and async with could not be generator-based): the syntax becomes
//     calls, and a Task's coroutine runs on a goroutine of its own; a
//     generator expression with async for or await is marked an async
//     generator (coro/mark.go).
//   - prepass/exceptstar.go and methods/exceptstar.go: no except* (v0.2.0's
//     3.4 grammar, parser/grammar.y): a try statement with except*
//     clauses becomes a chain of with statements on the same lines.
//   - lib/sysmods/excgroup.go: no BaseExceptionGroup or ExceptionGroup
//     builtins (py/exception.go of v0.2.0); our Python classes, installed
//     when compiled code names them.
//   - classes/tbreraise.go: the VM adds a traceback entry for the running
//     frame to every exception raised in it (vm/eval.go AddTraceback),
//     where CPython's RERAISE at the end of an except* statement adds
//     none.
//   - classes/boundattrs.go: a bound method passes no attribute on to its
//     function (py/boundmethod.go has no attribute hook, and
//     py.GetAttrString tries __getattr__ only on *py.Type; unchanged on
//     main): one forwarding descriptor per attribute name compiled code
//     reads goes into the bound method type's dict.
//   - prepass/fincontinue.go and classes/fincontinue.go: `continue` in a
//     finally body is a SyntaxError (compile/compile.go keeps 3.4's "not
//     supported inside 'finally' clause", unchanged on main): the pre-pass
//     writes a call, the compile layer makes it a jump to a CONTINUE_LOOP
//     after dropping the finally clause's values.
//   - prepass/fortarget.go: a for statement's target `x,` (a one-element
//     tuple without parentheses) is read as `x` (parser/grammar.y's
//     for_stmt passes false for the trailing comma, unchanged on main).
//   - ../traceback_positions.go (innerNodes, package python): code objects' co_firstlineno is
//     always 1 (compile/compile.go sets Firstlineno: 1 with a FIXME,
//     unchanged on main), so a lambda's or comprehension's node is found
//     by the failing line.
//   - syntaxerr.go (FixSyntaxError): a SyntaxError has no msg or text attribute
//     (py.MakeSyntaxError in py/exception.go stores "line" instead,
//     unchanged on main).
//   - classes/indexerr.go: a subscript out of range is "index out of range"
//     for every sequence (py/list.go, py/tuple.go, py/string.go,
//     py/bytes.go IndexIntCheck callers, unchanged on main), where CPython
//     names the type; reworded from the failing BINARY_SUBSCR or
//     STORE_SUBSCR.
//   - classes/methodnew.go: the bound-method type has no constructor
//     (py/boundmethod.go makes it with NewType, no New; unchanged on main),
//     so types.MethodType(f, obj) raised "cannot create 'method'
//     instances"; and BoundMethod calls a Go function (*py.Method) with
//     the object as its Go receiver, so a bound module function (print)
//     is wrapped to take the object as its first argument.
//   - lib/sysmods/tzlocal.go: time.tzset raises NotImplementedError
//     (stdlib/time/time.go time_tzset, unchanged on main), and the local
//     zone is Go's time.Local, read once at start-up; tzset() and mktime()
//     read TZ again as glibc.
//   - methods/typeerr_ctors.go: int(), float() and complex() of a wrong
//     type say "unsupported operand type(s) for int: 'NoneType'" or "cant
//     convert complex to int" (py/arithmetic.go MakeInt, MakeFloat), and
//     complex() refuses a complex argument (py/complex.go ComplexNew),
//     unchanged on main; reworded and completed as CPython 3.11.
//   - lib/sysmods/mathround.go: math's functions call Go's math package
//     (stdlib/math/math.go, unchanged on main), which is not correctly
//     rounded, and math.Exp overflows below the threshold on amd64
//     (exp(709.7)); recomputed in double-double (mathdd.go).
//
// The rest of the interpreter layer (pyobj, classes, methods, prepass,
// lib/...) supplies what gpython does not have at all rather than working
// around a defect (open upstream issues among them: #116 str.format,
// #118 and PR #119 dict keys, #231 f-strings).
package upstream
