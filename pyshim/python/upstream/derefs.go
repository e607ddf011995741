package upstream

import (
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
	"github.com/go-python/gpython/vm"
)

// gpython's VM keeps a frame's cell variables and free variables in one
// array (cells at 0..n-1, free variables at n..n+m-1), but its compiler
// emits LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF and
// LOAD_CLOSURE for a free variable with the variable's index in
// co_freevars, without the n offset. Any code object with both cell and
// free variables (a comprehension or nested function inside a function,
// reading an outer local while an inner scope captures one of its own)
// therefore reads the wrong slot.
//
// FixDerefs rewrites the operands after compilation. An operand k that is
// at least len(co_cellvars) can only name a free variable, and one that is
// at least len(co_freevars) only a cell, so those are fixed directly. The
// LOAD_CLOSURE run that builds a closure tuple for a child code object
// names the child's co_freevars in order, so it is fixed exactly too. For
// the remaining (ambiguous) operands the source is parsed again with
// gpython's own parser and symbol table, and the compiler's emission order
// of deref instructions is replayed per scope; a code object's ambiguous
// operands are rewritten only when the replay agrees with its bytecode
// (same scope, same variables, same number of deref instructions, each
// operand equal to the compiler's index of the replayed name).
//
// It runs last, in python's compile wrapper, on the bytecode as the methods
// and classes layers left it (their wrappers run inside python's): they
// insert instructions but never drop, reorder or renumber deref
// instructions, and operands are patched in place, so no jump or line
// table changes.

// derefRef is one deref-family instruction as the compiler emitted it.
type derefRef struct {
	name string
	cell bool
}

// scopeReplay is the replayed compilation of one code object.
type scopeReplay struct {
	name     string
	st       *symtable.SymTable
	derefs   []derefRef
	children []*scopeReplay // in the order of their code constants
	cells    []string
	frees    []string
}

// errReplay aborts a replay that meets a construct it does not model.
type errReplay struct{}

// derefInstr is one decoded instruction.
type derefInstr struct {
	off int // offset of the opcode byte
	op  vm.OpCode
	arg int
	ext bool // had an EXTENDED_ARG prefix
}

func isDerefOp(op vm.OpCode) bool {
	switch op {
	case vm.LOAD_DEREF, vm.STORE_DEREF, vm.DELETE_DEREF, vm.LOAD_CLASSDEREF:
		return true
	}
	return false
}

// decodeDerefs decodes code's bytecode, or returns nil if it is malformed.
func decodeDerefs(raw string) []derefInstr {
	var ins []derefInstr
	ext, hasExt := 0, false
	for i := 0; i < len(raw); {
		op := vm.OpCode(raw[i])
		in := derefInstr{off: i, op: op}
		if op.HAS_ARG() {
			if i+2 >= len(raw) {
				return nil
			}
			in.arg = int(raw[i+1]) | int(raw[i+2])<<8
			i += 3
		} else {
			i++
		}
		if op == vm.EXTENDED_ARG {
			ext, hasExt = in.arg, true
			continue
		}
		if hasExt {
			in.arg |= ext << 16
			in.ext = true
			ext, hasExt = 0, false
		}
		ins = append(ins, in)
	}
	return ins
}

// CompiledSource, when set, maps the source python's compile wrapper passes
// on to the source gpython's compiler finally parses: a wrapper below
// python's (the classes layer) rewrites some constructs first, and the replay
// must read what the compiler read. Without it, a code object compiled
// from rewritten lines fails the replay's consistency check and keeps its
// ambiguous operands.
var CompiledSource func(src, srcDesc string, mode py.CompileMode) string

// FixDerefs corrects the deref operands of code and of every code object
// nested in it. src, filename and mode are what python's wrapper gave the
// compiler chain; they are only parsed when an ambiguous operand needs the
// replay.
func FixDerefs(code *py.Code, src, filename string, mode py.CompileMode) {
	if code == nil || !needsDerefFix(code) {
		return
	}
	// Every rewrite is checked before it is made; should anything still
	// go wrong, the code keeps the operands fixed so far (each of them
	// correct on its own) rather than failing the compile.
	defer func() { _ = recover() }()
	var rep *scopeReplay
	if needsReplay(code) {
		if CompiledSource != nil {
			src = CompiledSource(src, filename, mode)
		}
		rep = replaySource(src, filename, mode)
	}
	applyDerefFix(code, rep, src)
}

// needsDerefFix reports whether code or a nested code object has both
// cell and free variables (only those can be wrong).
func needsDerefFix(code *py.Code) bool {
	if len(code.Cellvars) > 0 && len(code.Freevars) > 0 {
		return true
	}
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok && needsDerefFix(sub) {
			return true
		}
	}
	return false
}

// needsReplay reports whether code or a nested code object has a deref
// instruction whose operand is valid both as a cell and as a free index.
func needsReplay(code *py.Code) bool {
	nc, nf := len(code.Cellvars), len(code.Freevars)
	if nc > 0 && nf > 0 {
		for _, in := range decodeDerefs(code.Code) {
			if isDerefOp(in.op) && in.arg < nc && in.arg < nf {
				return true
			}
		}
	}
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok && needsReplay(sub) {
			return true
		}
	}
	return false
}

// replaySource parses src and replays its compilation; nil if that fails.
func replaySource(src, filename string, mode py.CompileMode) (rep *scopeReplay) {
	defer func() {
		if r := recover(); r != nil {
			rep = nil
		}
	}()
	mod, err := parser.Parse(strings.NewReader(src), filename, mode)
	if err != nil {
		return nil
	}
	st, err := symtable.NewSymTable(mod, filename)
	if err != nil {
		return nil
	}
	return replayScope(mod, st)
}

// compilerNames are names the compiler uses without their appearing in
// the source.
var compilerNames = map[string]bool{
	"__name__": true, "__module__": true, "__qualname__": true, "__doc__": true,
	"AssertionError": true, "__class__": true, ".0": true,
}

// matches reports whether rep describes code: same name, cell and free
// variables and parameters (the compiler appends other locals to
// co_varnames as it meets them), and no name in code that the source does
// not contain (a sign that the compiled source was rewritten after rep's
// source was taken).
func (rep *scopeReplay) matches(code *py.Code, src string) bool {
	if rep == nil || rep.name != code.Name || !sameStrings(rep.cells, code.Cellvars) ||
		!sameStrings(rep.frees, code.Freevars) || len(code.Varnames) < len(rep.st.Varnames) ||
		!sameStrings(rep.st.Varnames, code.Varnames[:len(rep.st.Varnames)]) {
		return false
	}
	for _, list := range [][]string{code.Names, code.Varnames} {
		for _, n := range list {
			if !compilerNames[n] && !strings.Contains(src, n) {
				return false
			}
		}
	}
	return true
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func indexOf(name string, list []string) int {
	for i, s := range list {
		if s == name {
			return i
		}
	}
	return -1
}

// applyDerefFix rewrites code and its nested code objects; rep is the
// replay believed to describe code, or nil.
func applyDerefFix(code *py.Code, rep *scopeReplay, src string) {
	var subs []*py.Code
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			subs = append(subs, sub)
		}
	}
	var childReps []*scopeReplay
	if rep != nil && len(rep.children) == len(subs) {
		childReps = rep.children
	}
	for i, sub := range subs {
		var cr *scopeReplay
		if childReps != nil {
			cr = childReps[i]
		}
		applyDerefFix(sub, cr, src)
	}
	nc, nf := len(code.Cellvars), len(code.Freevars)
	if nc == 0 || nf == 0 {
		return
	}
	ins := decodeDerefs(code.Code)
	if ins == nil {
		return
	}
	// slot of a name the compiler emitted with index arg, or -1.
	slotOf := func(name string, arg int) int {
		if i := indexOf(name, code.Cellvars); i >= 0 {
			if i == arg {
				return i
			}
			return -1
		}
		if i := indexOf(name, code.Freevars); i >= 0 && i == arg {
			return nc + i
		}
		return -1
	}
	newArg := make(map[int]int) // instruction index -> new operand
	// LOAD_CLOSURE runs feeding BUILD_TUPLE n; LOAD_CONST child.
	closureDone := make(map[int]bool)
	for j, in := range ins {
		if in.op != vm.BUILD_TUPLE || j+1 >= len(ins) || ins[j+1].op != vm.LOAD_CONST {
			continue
		}
		ci := ins[j+1].arg
		if ci >= len(code.Consts) {
			continue
		}
		child, ok := code.Consts[ci].(*py.Code)
		n := in.arg
		if !ok || n == 0 || n != len(child.Freevars) || j < n {
			continue
		}
		run := true
		for k := j - n; k < j; k++ {
			if ins[k].op != vm.LOAD_CLOSURE {
				run = false
				break
			}
		}
		if !run {
			continue
		}
		for k := 0; k < n; k++ {
			idx := j - n + k
			if s := slotOf(child.Freevars[k], ins[idx].arg); s >= 0 {
				newArg[idx] = s
				closureDone[idx] = true
			}
		}
	}
	// Deref family: replayed names when the replay agrees.
	fam, slots, replayed := replaySlots(code, ins, rep, src)
	if replayed {
		for k, j := range fam {
			newArg[j] = slots[k]
		}
	}
	// Unambiguous operands: at least len(co_cellvars) can only be free.
	for j, in := range ins {
		pending := (isDerefOp(in.op) && !replayed) || (in.op == vm.LOAD_CLOSURE && !closureDone[j])
		if pending && in.arg >= nc && in.arg < nf {
			newArg[j] = nc + in.arg
		}
	}
	if len(newArg) == 0 {
		return
	}
	b := []byte(code.Code)
	changed := false
	for j, a := range newArg {
		in := ins[j]
		if in.ext || a > 0xffff || a == in.arg {
			continue
		}
		b[in.off+1] = byte(a)
		b[in.off+2] = byte(a >> 8)
		changed = true
	}
	if changed {
		code.Code = string(b)
	}
}

// replaySlots returns the indexes in ins of code's deref-family
// instructions and the VM slot each one means, if rep describes code and
// agrees with every operand; ok is false otherwise.
func replaySlots(code *py.Code, ins []derefInstr, rep *scopeReplay, src string) (fam, slots []int, ok bool) {
	for j, in := range ins {
		if isDerefOp(in.op) {
			fam = append(fam, j)
		}
	}
	if !rep.matches(code, src) || len(rep.derefs) != len(fam) {
		return fam, nil, false
	}
	nc := len(code.Cellvars)
	slots = make([]int, len(fam))
	for k, j := range fam {
		d := rep.derefs[k]
		arg := ins[j].arg
		if d.cell {
			if indexOf(d.name, code.Cellvars) != arg {
				return fam, nil, false
			}
			slots[k] = arg
		} else {
			if indexOf(d.name, code.Cellvars) >= 0 || indexOf(d.name, code.Freevars) != arg {
				return fam, nil, false
			}
			slots[k] = nc + arg
		}
	}
	return fam, slots, true
}

// replayer walks one scope's AST in the compiler's emission order.
type replayer struct {
	st *symtable.SymTable
	sc *scopeReplay
}

// replayScope replays the compilation of the scope node whose symbol
// table is st.
func replayScope(node ast.Ast, st *symtable.SymTable) *scopeReplay {
	if st == nil {
		panic(errReplay{})
	}
	if _, ok := node.(*ast.ClassDef); ok && st.NeedsClassClosure {
		// The compiler adds the implicit __class__ cell the same way.
		st.Symbols["__class__"] = symtable.Symbol{Scope: symtable.ScopeCell}
	}
	sc := &scopeReplay{
		st:    st,
		cells: st.Find(symtable.ScopeCell, 0),
		frees: st.Find(symtable.ScopeFree, symtable.DefFreeClass),
	}
	r := &replayer{st: st, sc: sc}
	switch n := node.(type) {
	case *ast.Module:
		sc.name = "<module>"
		r.stmts(r.docString(n.Body, false))
	case *ast.Interactive:
		sc.name = "<module>"
		r.stmts(n.Body)
	case *ast.Expression:
		sc.name = "<module>"
		r.expr(n.Body)
	case *ast.Lambda:
		sc.name = "<lambda>"
		r.expr(n.Body)
	case *ast.FunctionDef:
		sc.name = string(n.Name)
		r.stmts(r.docString(n.Body, true))
	case *ast.ClassDef:
		sc.name = string(n.Name)
		r.nameOp("__name__")
		r.nameOp("__module__")
		r.nameOp("__qualname__")
		r.stmts(r.docString(n.Body, false))
	case *ast.ListComp:
		sc.name = "<listcomp>"
		r.generators(n.Generators, 0, n.Elt, nil)
	case *ast.SetComp:
		sc.name = "<setcomp>"
		r.generators(n.Generators, 0, n.Elt, nil)
	case *ast.DictComp:
		sc.name = "<dictcomp>"
		r.generators(n.Generators, 0, n.Key, n.Value)
	case *ast.GeneratorExp:
		sc.name = "<genexpr>"
		r.generators(n.Generators, 0, n.Elt, nil)
	default:
		panic(errReplay{})
	}
	return sc
}

// child replays a nested scope; the caller records it where the compiler
// makes its closure.
func (r *replayer) child(node ast.Ast) *scopeReplay {
	return replayScope(node, r.st.FindChild(node))
}

func (r *replayer) makeClosure(child *scopeReplay) {
	r.sc.children = append(r.sc.children, child)
}

func (r *replayer) nameOp(name string) {
	switch r.st.GetScope(name) {
	case symtable.ScopeCell:
		r.sc.derefs = append(r.sc.derefs, derefRef{name: name, cell: true})
	case symtable.ScopeFree:
		r.sc.derefs = append(r.sc.derefs, derefRef{name: name})
	}
}

func (r *replayer) docString(body []ast.Stmt, fn bool) []ast.Stmt {
	if len(body) > 0 {
		if e, ok := body[0].(*ast.ExprStmt); ok {
			if _, ok := e.Value.(*ast.Str); ok {
				if !fn {
					r.nameOp("__doc__")
				}
				return body[1:]
			}
		}
	}
	return body
}

func (r *replayer) stmts(list []ast.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *replayer) exprs(list []ast.Expr) {
	for _, e := range list {
		r.expr(e)
	}
}

func (r *replayer) function(node ast.Ast, args *ast.Arguments, decorators []ast.Expr, returns ast.Expr) {
	child := r.child(node)
	if args != nil {
		r.exprs(args.Defaults)
		r.exprs(args.KwDefaults)
		ann := func(a *ast.Arg) {
			if a != nil && a.Annotation != nil {
				r.expr(a.Annotation)
			}
		}
		for _, a := range args.Args {
			ann(a)
		}
		ann(args.Vararg)
		for _, a := range args.Kwonlyargs {
			ann(a)
		}
		ann(args.Kwarg)
	}
	r.expr(returns)
	r.exprs(decorators)
	r.makeClosure(child)
}

func (r *replayer) call(args []ast.Expr, keywords []*ast.Keyword, starargs, kwargs ast.Expr) {
	r.exprs(args)
	for _, kw := range keywords {
		r.expr(kw.Value)
	}
	r.expr(starargs)
	r.expr(kwargs)
}

func (r *replayer) with(node *ast.With, pos int) {
	item := node.Items[pos]
	r.expr(item.ContextExpr)
	r.expr(item.OptionalVars)
	if pos+1 == len(node.Items) {
		r.stmts(node.Body)
	} else {
		r.with(node, pos+1)
	}
}

func (r *replayer) stmt(s ast.Stmt) {
	switch n := s.(type) {
	case *ast.FunctionDef:
		r.function(n, n.Args, n.DecoratorList, n.Returns)
		r.nameOp(string(n.Name))
	case *ast.ClassDef:
		r.exprs(n.DecoratorList)
		child := r.child(n)
		r.makeClosure(child)
		r.call(n.Bases, n.Keywords, n.Starargs, n.Kwargs)
		r.nameOp(string(n.Name))
	case *ast.Return:
		r.expr(n.Value)
	case *ast.Delete:
		r.exprs(n.Targets)
	case *ast.Assign:
		r.expr(n.Value)
		r.exprs(n.Targets)
	case *ast.AugAssign:
		r.augTarget(n.Target, true)
		r.expr(n.Value)
		r.augTarget(n.Target, false)
	case *ast.For:
		r.expr(n.Iter)
		r.expr(n.Target)
		r.stmts(n.Body)
		r.stmts(n.Orelse)
	case *ast.While:
		r.expr(n.Test)
		r.stmts(n.Body)
		r.stmts(n.Orelse)
	case *ast.If:
		r.expr(n.Test)
		r.stmts(n.Body)
		r.stmts(n.Orelse)
	case *ast.With:
		if len(n.Items) == 0 {
			panic(errReplay{})
		}
		r.with(n, 0)
	case *ast.Raise:
		if n.Exc != nil {
			r.expr(n.Exc)
			r.expr(n.Cause)
		}
	case *ast.Try:
		r.stmts(n.Body)
		for _, h := range n.Handlers {
			r.expr(h.ExprType)
			if h.Name != "" {
				r.nameOp(string(h.Name))
				r.stmts(h.Body)
				r.nameOp(string(h.Name))
				r.nameOp(string(h.Name))
			} else {
				r.stmts(h.Body)
			}
		}
		r.stmts(n.Orelse)
		r.stmts(n.Finalbody)
	case *ast.Assert:
		r.expr(n.Test)
		r.expr(n.Msg)
	case *ast.Import:
		for _, a := range n.Names {
			if a.AsName != "" {
				r.nameOp(string(a.AsName))
			} else {
				name := string(a.Name)
				if i := strings.IndexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
				r.nameOp(name)
			}
		}
	case *ast.ImportFrom:
		for i, a := range n.Names {
			if i == 0 && strings.HasPrefix(string(a.Name), "*") {
				break
			}
			if a.AsName != "" {
				r.nameOp(string(a.AsName))
			} else {
				r.nameOp(string(a.Name))
			}
		}
	case *ast.ExprStmt:
		switch n.Value.(type) {
		case *ast.Str, *ast.Num:
		default:
			r.expr(n.Value)
		}
	case *ast.Global, *ast.Nonlocal, *ast.Pass, *ast.Break, *ast.Continue:
	default:
		panic(errReplay{})
	}
}

// augTarget replays the load (first) or store half of an augmented
// assignment's target.
func (r *replayer) augTarget(e ast.Expr, load bool) {
	switch n := e.(type) {
	case *ast.Name:
		r.nameOp(string(n.Id))
	case *ast.Attribute:
		if load {
			r.expr(n.Value)
		}
	case *ast.Subscript:
		if load {
			r.expr(n.Value)
			r.slice(n.Slice)
		}
	default:
		panic(errReplay{})
	}
}

func (r *replayer) slice(s ast.Slicer) {
	switch n := s.(type) {
	case *ast.Index:
		r.expr(n.Value)
	case *ast.Slice:
		r.expr(n.Lower)
		r.expr(n.Upper)
		r.expr(n.Step)
	case *ast.ExtSlice:
		for _, d := range n.Dims {
			r.slice(d)
		}
	default:
		panic(errReplay{})
	}
}

func (r *replayer) comprehension(node ast.Expr, gens []ast.Comprehension) {
	if len(gens) == 0 {
		panic(errReplay{})
	}
	child := r.child(node)
	r.makeClosure(child)
	r.expr(gens[0].Iter)
}

// generators replays comprehensionGenerator inside the comprehension's
// own scope; the outermost iterable is evaluated by the enclosing scope.
func (r *replayer) generators(gens []ast.Comprehension, i int, elt, val ast.Expr) {
	g := gens[i]
	if i > 0 {
		r.expr(g.Iter)
	}
	r.expr(g.Target)
	r.exprs(g.Ifs)
	if i+1 < len(gens) {
		r.generators(gens, i+1, elt, val)
		return
	}
	if val != nil {
		r.expr(val)
	}
	r.expr(elt)
}

func (r *replayer) tupleOrList(ctx ast.ExprContext, elts []ast.Expr) {
	for _, e := range elts {
		if st, ok := e.(*ast.Starred); ok {
			if ctx != ast.Store {
				panic(errReplay{})
			}
			r.expr(st.Value)
			continue
		}
		r.expr(e)
	}
}

func (r *replayer) expr(e ast.Expr) {
	switch n := e.(type) {
	case nil:
	case *ast.BoolOp:
		r.exprs(n.Values)
	case *ast.BinOp:
		r.expr(n.Left)
		r.expr(n.Right)
	case *ast.UnaryOp:
		r.expr(n.Operand)
	case *ast.Lambda:
		r.function(n, n.Args, nil, nil)
	case *ast.IfExp:
		r.expr(n.Test)
		r.expr(n.Body)
		r.expr(n.Orelse)
	case *ast.Dict:
		if len(n.Keys) != len(n.Values) {
			panic(errReplay{})
		}
		for i := range n.Keys {
			r.expr(n.Values[i])
			r.expr(n.Keys[i])
		}
	case *ast.Set:
		r.exprs(n.Elts)
	case *ast.ListComp:
		r.comprehension(n, n.Generators)
	case *ast.SetComp:
		r.comprehension(n, n.Generators)
	case *ast.DictComp:
		r.comprehension(n, n.Generators)
	case *ast.GeneratorExp:
		r.comprehension(n, n.Generators)
	case *ast.Yield:
		r.expr(n.Value)
	case *ast.YieldFrom:
		r.expr(n.Value)
	case *ast.Compare:
		r.expr(n.Left)
		r.exprs(n.Comparators)
	case *ast.Call:
		r.expr(n.Func)
		r.call(n.Args, n.Keywords, n.Starargs, n.Kwargs)
	case *ast.Num, *ast.Str, *ast.Bytes, *ast.NameConstant, *ast.Ellipsis:
	case *ast.Attribute:
		r.expr(n.Value)
	case *ast.Subscript:
		r.expr(n.Value)
		r.slice(n.Slice)
	case *ast.Name:
		r.nameOp(string(n.Id))
	case *ast.List:
		r.tupleOrList(n.Ctx, n.Elts)
	case *ast.Tuple:
		r.tupleOrList(n.Ctx, n.Elts)
	default:
		panic(errReplay{})
	}
}
