package python

import (
	"strings"
	"sync"
	"unicode"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/methods"
	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
)

// Which expression a traceback entry's instruction was evaluating, for
// CPython 3.11's position line under the source line. gpython v0.2.0's
// code objects keep line numbers only (no co_positions table, upstream
// has none either), so the position is recovered when a traceback is
// printed, never at compile time: the file's source goes through the
// pre-pass again and gpython's parser (exactly what was compiled), the
// statements of the entry's line are walked in the order gpython's
// compiler emits their instructions, and the instructions of that line
// in the frame's code are read in offset order, seeing through the
// methods layer's rewrite (an operator turned into a helper call is
// still the operator). Only when the two sequences agree kind for kind
// is the failing instruction's node taken; on any doubt (a line that
// continues, lambdas, comprehensions, except clauses, a part the
// pre-pass rewrote) there is no position, as CPython prints none in
// several cases too: a wrong caret is worse than none. (A workaround for
// gpython; see package upstream for the index.)

// posKind is the kind of instruction, and of the AST node it evaluates,
// that a position can be given for.
type posKind byte

const (
	kindNone posKind = iota
	kindCall
	kindAttr
	kindSubscr
	kindBinOp
	kindCompare
	kindUnary
	kindName
	kindRaise
	kindAbort // an instruction or node that makes the line's mapping unsure
)

// posNode is a node of the line in emission order.
type posNode struct {
	kind posKind
	expr ast.Expr // nil for a raise statement
	stmt ast.Stmt
}

// parsedSource is a file's source as compiled: the pre-pass's rewrite,
// its lines and gpython's AST of it.
type parsedSource struct {
	lines []string // the rewritten lines
	mod   ast.Mod
}

// parsedSources caches parsedSource by file name (nil: not parsable).
var parsedSources sync.Map

func parsedSourceOf(file string) *parsedSource {
	if v, ok := parsedSources.Load(file); ok {
		ps, _ := v.(*parsedSource)
		return ps
	}
	var ps *parsedSource
	if lines := sourceLines(file); lines != nil {
		src := strings.Join(lines, "\n")
		if out, _, err := prepass.RewriteAsync(src, file); err == nil {
			if mod, err := parseQuietly(out, file); err == nil {
				ps = &parsedSource{lines: strings.Split(out, "\n"), mod: mod}
			}
		}
	}
	parsedSources.Store(file, ps)
	return ps
}

// parseQuietly parses src, turning a parser panic into an error.
func parseQuietly(src, file string) (mod ast.Mod, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, py.ExceptionNewf(py.SyntaxError, "unparsable")
		}
	}()
	return parser.Parse(strings.NewReader(src), file, py.ExecMode)
}

// stmtsOnLine collects the statements starting on line, outermost first.
func stmtsOnLine(body []ast.Stmt, line int, out *[]ast.Stmt) {
	for _, s := range body {
		if s.GetLineno() == line {
			*out = append(*out, s)
		}
		switch n := s.(type) {
		case *ast.FunctionDef:
			stmtsOnLine(n.Body, line, out)
		case *ast.ClassDef:
			stmtsOnLine(n.Body, line, out)
		case *ast.If:
			stmtsOnLine(n.Body, line, out)
			stmtsOnLine(n.Orelse, line, out)
		case *ast.For:
			stmtsOnLine(n.Body, line, out)
			stmtsOnLine(n.Orelse, line, out)
		case *ast.While:
			stmtsOnLine(n.Body, line, out)
			stmtsOnLine(n.Orelse, line, out)
		case *ast.With:
			stmtsOnLine(n.Body, line, out)
		case *ast.Try:
			stmtsOnLine(n.Body, line, out)
			for _, h := range n.Handlers {
				// (gpython's parser gives a handler the line before
				// its own; its type expression has the right one)
				if h.ExprType != nil && h.ExprType.GetLineno() == line {
					*out = append(*out, nil) // an except clause: unsure
				}
				stmtsOnLine(h.Body, line, out)
			}
			stmtsOnLine(n.Orelse, line, out)
			stmtsOnLine(n.Finalbody, line, out)
		}
	}
}

// stmtsAround adds to out the statement starting before line whose
// instructions can be on it (one written over several lines): the last
// one starting before line, or the one inside its body that does. (One
// that ended before line adds no nodes of line.)
func stmtsAround(body []ast.Stmt, line int, out *[]ast.Stmt) {
	var last ast.Stmt
	for _, s := range body {
		if s.GetLineno() < line {
			last = s
		}
	}
	if last == nil {
		return
	}
	var inner [][]ast.Stmt
	switch n := last.(type) {
	case *ast.FunctionDef:
		inner = append(inner, n.Body)
	case *ast.ClassDef:
		inner = append(inner, n.Body)
	case *ast.If:
		inner = append(inner, n.Body, n.Orelse)
	case *ast.For:
		inner = append(inner, n.Body, n.Orelse)
	case *ast.While:
		inner = append(inner, n.Body, n.Orelse)
	case *ast.With:
		inner = append(inner, n.Body)
	case *ast.Try:
		inner = append(inner, n.Body)
		for _, h := range n.Handlers {
			inner = append(inner, h.Body)
		}
		inner = append(inner, n.Orelse, n.Finalbody)
	}
	for i := len(inner) - 1; i >= 0; i-- {
		b := inner[i]
		if len(b) > 0 && b[0].GetLineno() <= line {
			// the line is in this body (bodies come in source order)
			stmtsAround(b, line, out)
			return
		}
	}
	*out = append(*out, last)
}

// lineNodes lists the nodes of stmts whose instructions gpython's
// compiler puts on line, in its emission order. Its line-number table
// follows the last node it entered (an expression's own line, never put
// back when its parent's instruction comes), and so does the walk here.
// False when a construct on the line has instructions the walk does not
// model.
func lineNodes(stmts []ast.Stmt, line int) ([]posNode, bool) {
	return lineNodesIn(stmts, nil, line)
}

// lineNodesIn is lineNodes; with inner (a lambda or a comprehension) it
// lists the nodes of inner's own code object instead: a lambda's body, a
// comprehension's loops, conditions and element, as gpython's compiler
// emits them (the first loop's iterator is the implicit argument .0, a
// LOAD_FAST).
func lineNodesIn(stmts []ast.Stmt, inner ast.Expr, line int) ([]posNode, bool) {
	var out []posNode
	ok := true
	cur := 0
	emit := func(k posKind, e ast.Expr, st ast.Stmt) {
		if cur == line {
			out = append(out, posNode{k, e, st})
		}
	}
	var expr func(e ast.Expr, st ast.Stmt)
	exprs := func(es []ast.Expr, st ast.Stmt) {
		for _, e := range es {
			expr(e, st)
		}
	}
	slice := func(sl ast.Slicer, st ast.Stmt) {
		var walk func(ast.Slicer)
		walk = func(sl ast.Slicer) {
			switch s := sl.(type) {
			case *ast.Index:
				expr(s.Value, st)
			case *ast.Slice:
				for _, e := range []ast.Expr{s.Lower, s.Upper, s.Step} {
					if e != nil {
						expr(e, st)
					}
				}
			case *ast.ExtSlice:
				for _, d := range s.Dims {
					walk(d)
				}
			default:
				ok = false
			}
		}
		walk(sl)
	}
	expr = func(e ast.Expr, st ast.Stmt) {
		cur = e.GetLineno()
		switch n := e.(type) {
		case *ast.BoolOp:
			exprs(n.Values, st)
		case *ast.BinOp:
			expr(n.Left, st)
			expr(n.Right, st)
			emit(kindBinOp, n, st)
		case *ast.UnaryOp:
			expr(n.Operand, st)
			emit(kindUnary, n, st)
		case *ast.IfExp:
			expr(n.Test, st)
			expr(n.Body, st)
			expr(n.Orelse, st)
		case *ast.Dict:
			for i := range n.Keys {
				expr(n.Values[i], st)
				expr(n.Keys[i], st)
			}
		case *ast.Set:
			exprs(n.Elts, st)
		case *ast.List:
			exprs(n.Elts, st)
		case *ast.Tuple:
			exprs(n.Elts, st)
		case *ast.Starred:
			expr(n.Value, st)
		case *ast.Compare:
			expr(n.Left, st)
			for _, c := range n.Comparators {
				expr(c, st)
				emit(kindCompare, n, st)
			}
		case *ast.Call:
			expr(n.Func, st)
			exprs(n.Args, st)
			for _, k := range n.Keywords {
				expr(k.Value, st)
			}
			if n.Starargs != nil {
				expr(n.Starargs, st)
			}
			if n.Kwargs != nil {
				expr(n.Kwargs, st)
			}
			emit(kindCall, n, st)
		case *ast.Attribute:
			expr(n.Value, st)
			if n.Ctx == ast.Load {
				emit(kindAttr, n, st)
			} else if n.Ctx != ast.Store && n.Ctx != ast.Del {
				ok = false
			}
		case *ast.Subscript:
			expr(n.Value, st)
			slice(n.Slice, st)
			if n.Ctx == ast.Load {
				emit(kindSubscr, n, st)
			} else if n.Ctx != ast.Store && n.Ctx != ast.Del {
				ok = false
			}
		case *ast.Name:
			if n.Ctx == ast.Load {
				emit(kindName, n, st)
			}
		case *ast.Yield:
			// the value, YIELD_VALUE and the methods layer's hook on
			// the value sent in
			if n.Value != nil {
				expr(n.Value, st)
			}
		case *ast.Lambda:
			// its defaults, then MAKE_FUNCTION or MAKE_CLOSURE
			exprs(n.Args.Defaults, st)
			exprs(n.Args.KwDefaults, st)
			emit(kindAbort, n, st)
		case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			// the code object made a function, the first loop's
			// iterator, GET_ITER and the call
			emit(kindAbort, n, st)
			gens := compGenerators(n)
			if len(gens) == 0 {
				ok = false
				return
			}
			expr(gens[0].Iter, st)
			emit(kindCall, n, st)
		case *ast.Num, *ast.Str, *ast.Bytes, *ast.NameConstant, *ast.Ellipsis:
		default:
			// yield from and the like: instructions the walk does not
			// model
			ok = false
		}
	}
	if inner != nil {
		switch n := inner.(type) {
		case *ast.Lambda:
			expr(n.Body, nil)
		case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			for i, g := range compGenerators(n) {
				if i == 0 {
					cur = n.GetLineno()
					emit(kindName, nil, nil) // LOAD_FAST .0
				} else {
					expr(g.Iter, nil)
				}
				expr(g.Target, nil)
				exprs(g.Ifs, nil)
			}
			switch c := n.(type) {
			case *ast.ListComp:
				expr(c.Elt, nil)
			case *ast.SetComp:
				expr(c.Elt, nil)
			case *ast.GeneratorExp:
				expr(c.Elt, nil)
			case *ast.DictComp:
				expr(c.Value, nil)
				expr(c.Key, nil)
			}
		default:
			ok = false
		}
		return out, ok
	}
	for _, s := range stmts {
		cur = s.GetLineno()
		switch n := s.(type) {
		case *ast.ExprStmt:
			expr(n.Value, s)
		case *ast.Assign:
			expr(n.Value, s)
			exprs(n.Targets, s)
		case *ast.Return:
			if n.Value != nil {
				expr(n.Value, s)
			}
		case *ast.Delete:
			exprs(n.Targets, s)
		case *ast.Raise:
			if n.Exc != nil {
				expr(n.Exc, s)
				if n.Cause != nil {
					expr(n.Cause, s)
				}
			}
			emit(kindRaise, nil, s)
		case *ast.If:
			expr(n.Test, s)
		case *ast.While:
			expr(n.Test, s)
		case *ast.For:
			expr(n.Iter, s)
			expr(n.Target, s)
		case *ast.With:
			for _, it := range n.Items {
				expr(it.ContextExpr, s)
				if it.OptionalVars != nil {
					expr(it.OptionalVars, s)
				}
			}
		case *ast.AugAssign:
			// the target read (CPython marks it, as a plain read), the
			// value, the in-place operator (no position of its own:
			// CPython's is the whole statement; matched, never taken)
			// and the store
			switch t := n.Target.(type) {
			case *ast.Name:
				cur = t.Lineno
				emit(kindName, t, s)
			case *ast.Attribute:
				cur = t.Lineno
				expr(t.Value, s)
				emit(kindAttr, t, s)
			case *ast.Subscript:
				cur = t.Lineno
				expr(t.Value, s)
				slice(t.Slice, s)
				emit(kindSubscr, t, s)
			default:
				ok = false
			}
			expr(n.Value, s)
			emit(kindAbort, nil, s)
		case *ast.Assert:
			// the test, LOAD_GLOBAL AssertionError, the message and its
			// call, RAISE_VARARGS (CPython's position: the test)
			expr(n.Test, s)
			emit(kindName, nil, s)
			if n.Msg != nil {
				expr(n.Msg, s)
				emit(kindCall, nil, s)
			}
			emit(kindRaise, n.Test, s)
		case *ast.Pass, *ast.Break, *ast.Continue, *ast.Global, *ast.Nonlocal, *ast.Import, *ast.ImportFrom, *ast.Try:
		default:
			// def, class, except clauses
			ok = false
		}
	}
	return out, ok
}

// lineInstrs reads the instructions of code on line in offset order:
// their kinds (kindNone ones left out) and the index among them of the
// instruction ending at lasti (-1 when it is of no kind).
func lineInstrs(code *py.Code, line int, lasti int) ([]posKind, int, bool) {
	raw := code.Code
	var kinds []posKind
	failing := -1
	found := false
	var pending methods.HelperRole // a helper loaded, its call not yet seen
	ext := false
	for i := 0; i < len(raw); {
		start := i
		op := vm.OpCode(raw[i])
		arg := 0
		if op >= vm.HAVE_ARGUMENT {
			if i+2 >= len(raw) {
				return nil, 0, false
			}
			arg = int(raw[i+1]) | int(raw[i+2])<<8
			i += 3
		} else {
			i++
		}
		if op == vm.EXTENDED_ARG {
			ext = true
			continue
		}
		if ext {
			// a constant index past 16 bits: not worth modelling
			ext = false
			if int(code.Addr2Line(int32(start))) == line {
				return nil, 0, false
			}
		}
		onLine := int(code.Addr2Line(int32(start))) == line
		k := kindNone
		switch {
		case pending != methods.RoleNone && (op == vm.ROT_TWO || op == vm.ROT_THREE):
		case pending != methods.RoleNone && op == vm.CALL_FUNCTION:
			switch pending {
			case methods.RoleBinOp:
				k = kindBinOp
			case methods.RoleCompare:
				k = kindCompare
			case methods.RoleUnary:
				k = kindUnary
			case methods.RoleAttr:
				k = kindAttr
			case methods.RoleCall:
				k = kindCall
			case methods.RoleHook:
			default:
				k = kindAbort
			}
			pending = methods.RoleNone
		case pending != methods.RoleNone:
			// not a shape the rewrite emits
			if onLine {
				return nil, 0, false
			}
			pending = methods.RoleNone
		case op == vm.LOAD_CONST && arg < len(code.Consts):
			r := methods.HelperRoleOf(code.Consts[arg])
			if r == methods.RoleNone && classes.IsLoopHelper(code.Consts[arg]) {
				r = methods.RoleHook
			}
			switch r {
			case methods.RoleNone, methods.RoleOperand:
			case methods.RoleBuilder:
				k = kindAbort
			default:
				pending = r
			}
		default:
			k = instrKind(op)
		}
		if i == lasti {
			found = true
			if !onLine || k == kindNone || k == kindAbort {
				return nil, 0, false
			}
			failing = len(kinds)
		}
		if onLine && k != kindNone {
			kinds = append(kinds, k)
		}
	}
	return kinds, failing, found && failing >= 0
}

// instrKind is the kind of a plain (not rewritten) instruction.
func instrKind(op vm.OpCode) posKind {
	switch op {
	case vm.CALL_FUNCTION, vm.CALL_FUNCTION_VAR, vm.CALL_FUNCTION_KW, vm.CALL_FUNCTION_VAR_KW:
		return kindCall
	case vm.LOAD_ATTR:
		return kindAttr
	case vm.BINARY_SUBSCR:
		return kindSubscr
	case vm.BINARY_POWER, vm.BINARY_MULTIPLY, vm.BINARY_MODULO, vm.BINARY_ADD, vm.BINARY_SUBTRACT,
		vm.BINARY_FLOOR_DIVIDE, vm.BINARY_TRUE_DIVIDE, vm.BINARY_LSHIFT, vm.BINARY_RSHIFT,
		vm.BINARY_AND, vm.BINARY_XOR, vm.BINARY_OR:
		return kindBinOp
	case vm.COMPARE_OP:
		return kindCompare
	case vm.UNARY_POSITIVE, vm.UNARY_NEGATIVE, vm.UNARY_NOT, vm.UNARY_INVERT:
		return kindUnary
	case vm.LOAD_NAME, vm.LOAD_GLOBAL, vm.LOAD_FAST, vm.LOAD_DEREF, vm.LOAD_CLASSDEREF:
		return kindName
	case vm.RAISE_VARARGS:
		return kindRaise
	case vm.INPLACE_ADD, vm.INPLACE_SUBTRACT, vm.INPLACE_MULTIPLY, vm.INPLACE_MODULO, vm.INPLACE_POWER,
		vm.INPLACE_FLOOR_DIVIDE, vm.INPLACE_TRUE_DIVIDE, vm.INPLACE_LSHIFT, vm.INPLACE_RSHIFT,
		vm.INPLACE_AND, vm.INPLACE_XOR, vm.INPLACE_OR, vm.MAKE_FUNCTION, vm.MAKE_CLOSURE, vm.LOAD_BUILD_CLASS:
		return kindAbort
	}
	return kindNone
}

// caretSpan is a position on a line: the bytes [start, end) and, for an
// operator or subscript, the part [leftEnd, rightStart) marked with "^"
// while the rest gets "~" (anchors false: all "^").
type caretSpan struct {
	start, end          int
	anchors             bool
	leftEnd, rightStart int // relative to start
}

// framePosition returns the position on the source line of the
// instruction ending at lasti in code (line lineno of the code's file),
// in the original line's bytes.
func framePosition(code *py.Code, lasti, lineno int) (sp caretSpan, ok bool) {
	if code == nil || lasti <= 0 || lineno < 1 {
		return caretSpan{}, false
	}
	defer func() {
		// a line this reading did not foresee: no position, never a
		// crash of the traceback
		if r := recover(); r != nil {
			sp, ok = caretSpan{}, false
		}
	}()
	ps := parsedSourceOf(code.Filename)
	if ps == nil || lineno > len(ps.lines) {
		return caretSpan{}, false
	}
	body := moduleBody(ps.mod)
	var stmts []ast.Stmt
	stmtsOnLine(body, lineno, &stmts)
	if len(stmts) == 0 {
		// no statement starts on the line: it goes on one from before
		stmtsAround(body, lineno, &stmts)
	}
	if len(stmts) == 0 {
		return caretSpan{}, false
	}
	for _, s := range stmts {
		if s == nil {
			return caretSpan{}, false
		}
	}
	kinds, failing, ok := lineInstrs(code, lineno, lasti)
	if !ok {
		return caretSpan{}, false
	}
	var nodes []posNode
	if inner := innerNodes(body, code, lineno); inner != nil {
		// a lambda's or comprehension's own code: the one node of its
		// kind starting on the line whose walk agrees
		for _, in := range inner {
			if ns, ok := lineNodesIn(nil, in, lineno); ok && sameKinds(kinds, ns) {
				if nodes != nil {
					return caretSpan{}, false
				}
				nodes = ns
			}
		}
	} else if ns, ok := lineNodes(stmts, lineno); ok && sameKinds(kinds, ns) {
		nodes = ns
	}
	if nodes == nil {
		return caretSpan{}, false
	}
	rw := ps.lines[lineno-1]
	x, ok := newLineExtents(rw)
	if !ok {
		return caretSpan{}, false
	}
	span, ok := x.nodeSpan(nodes[failing])
	if !ok {
		return caretSpan{}, false
	}
	orig := rawSourceLine(code.Filename, lineno)
	return mapToOriginal(span, rw, orig)
}

// assertCompare is the node whose position CPython 3.11 gives an assert
// statement's raise: the last comparison its compiler's conditional jump
// code visits (compiler_jump_if sets the location for a comparison and
// leaves it; through `not`, `and`/`or` and conditional expressions), or
// nil for the statement's own position.
func assertCompare(test ast.Expr) ast.Expr {
	switch n := test.(type) {
	case *ast.Compare:
		return n
	case *ast.UnaryOp:
		if n.Op == ast.Not {
			return assertCompare(n.Operand)
		}
	case *ast.BoolOp:
		var last ast.Expr
		for _, v := range n.Values {
			if c := assertCompare(v); c != nil {
				last = c
			}
		}
		return last
	case *ast.IfExp:
		var last ast.Expr
		for _, v := range []ast.Expr{n.Test, n.Body, n.Orelse} {
			if c := assertCompare(v); c != nil {
				last = c
			}
		}
		return last
	}
	return nil
}

// sameKinds reports whether the instructions' kinds are the nodes'.
func sameKinds(kinds []posKind, nodes []posNode) bool {
	if len(kinds) != len(nodes) {
		return false
	}
	for i := range kinds {
		if kinds[i] != nodes[i].kind {
			return false
		}
	}
	return true
}

// innerNodes returns, for the code object of a lambda or a comprehension,
// the nodes of its kind that start on line (nil for other code). (The
// code object's co_firstlineno cannot tell: gpython v0.2.0 leaves it 1.
// One written over several lines, failing on a later one, gets no
// position.)
func innerNodes(body []ast.Stmt, code *py.Code, line int) []ast.Expr {
	var want func(ast.Ast) bool
	switch code.Name {
	case "<lambda>":
		want = func(a ast.Ast) bool { _, ok := a.(*ast.Lambda); return ok }
	case "<listcomp>":
		want = func(a ast.Ast) bool { _, ok := a.(*ast.ListComp); return ok }
	case "<setcomp>", "<dictcomp>":
		// the pre-pass's generator expression (classes/compnames.go)
		want = func(a ast.Ast) bool {
			switch a.(type) {
			case *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
				return true
			}
			return false
		}
	case "<genexpr>":
		want = func(a ast.Ast) bool { _, ok := a.(*ast.GeneratorExp); return ok }
	default:
		return nil
	}
	found := []ast.Expr{}
	for _, s := range body {
		ast.Walk(s, func(a ast.Ast) bool {
			if e, ok := a.(ast.Expr); ok && want(a) && e.GetLineno() == line {
				found = append(found, e)
			}
			return true
		})
	}
	return found
}

// compGenerators returns a comprehension's generators.
func compGenerators(e ast.Expr) []ast.Comprehension {
	switch c := e.(type) {
	case *ast.ListComp:
		return c.Generators
	case *ast.SetComp:
		return c.Generators
	case *ast.DictComp:
		return c.Generators
	case *ast.GeneratorExp:
		return c.Generators
	}
	return nil
}

func moduleBody(mod ast.Mod) []ast.Stmt {
	switch m := mod.(type) {
	case *ast.Module:
		return m.Body
	case *ast.Interactive:
		return m.Body
	}
	return nil
}

// nodeSpan is the position CPython gives n's instruction.
func (x *lineExtents) nodeSpan(n posNode) (caretSpan, bool) {
	if a, ok := n.stmt.(*ast.Assert); ok && n.kind == kindRaise {
		c := assertCompare(a.Test)
		if c == nil {
			// the whole statement: CPython prints no position line
			return caretSpan{}, false
		}
		return x.nodeSpan(posNode{kind: kindName, expr: c})
	}
	if n.expr == nil && n.kind != kindRaise {
		return caretSpan{}, false // an instruction no node stands for
	}
	if n.kind == kindRaise {
		r := n.stmt.(*ast.Raise)
		i, ok := x.byS[r.ColOffset]
		if !ok || x.text(i) != "raise" {
			return caretSpan{}, false
		}
		end := x.toks[i].e
		last := r.Cause
		if last == nil {
			last = r.Exc
		}
		if last != nil {
			_, e, ok := x.grouped(last)
			if !ok {
				return caretSpan{}, false
			}
			end = e
		}
		return caretSpan{start: x.toks[i].s, end: end}, true
	}
	s, e, ok := x.bare(n.expr)
	if !ok {
		// a call or subscript going on over the next lines: CPython
		// marks it to the line's end, all "^"
		var start int
		switch v := n.expr.(type) {
		case *ast.Call:
			start, ok = x.openTrailer(v.Func, '(')
		case *ast.Subscript:
			start, ok = x.openTrailer(v.Value, '[')
		}
		if !ok {
			return caretSpan{}, false
		}
		return caretSpan{start: start, end: len(strings.TrimRightFunc(x.line, unicode.IsSpace))}, true
	}
	sp := caretSpan{start: s, end: e}
	switch v := n.expr.(type) {
	case *ast.BinOp:
		// CPython 3.11.7's anchors: from the left operand's own end past
		// the blanks, the operator's one or two characters
		_, le, ok1 := x.bare(v.Left)
		rs, _, ok2 := x.bare(v.Right)
		if !ok1 || !ok2 || rs < le {
			return caretSpan{}, false
		}
		opStr := x.line[le:rs]
		off := len(opStr) - len(strings.TrimLeft(opStr, " \t\f"))
		left := le + off
		right := left + 1
		if off+1 < len(opStr) && !strings.ContainsRune(" \t\f", rune(opStr[off+1])) {
			right++
		}
		sp.anchors, sp.leftEnd, sp.rightStart = true, left-s, right-s
	case *ast.Subscript:
		_, ve, ok1 := x.bare(v.Value)
		se, ok2 := x.sliceEnd(v, e)
		if !ok1 || !ok2 {
			return caretSpan{}, false
		}
		sp.anchors, sp.leftEnd, sp.rightStart = true, ve-s, se+1-s
	}
	return sp, true
}
