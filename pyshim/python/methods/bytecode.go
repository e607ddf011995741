package methods

import (
	"sort"

	_ "github.com/go-python/gpython/compile" // sets py.Compile before our init wraps it
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// gpython dispatches `%` and `+=` to Go methods of its own types, which
// cannot be replaced from outside (str % is a Go fmt.Sprintf approximation,
// list += accepts only lists). After every compile we therefore rewrite
// the bytecode: BINARY_MODULO, INPLACE_MODULO and INPLACE_ADD become a
// call of a Go helper (LOAD_CONST helper; ROT_THREE; CALL_FUNCTION 2),
// with jump targets and the line-number table adjusted. bytes constants
// become this layer's Bytes. Calls whose keyword order can matter, and
// functions with a **kwargs parameter, are rewritten as kwcall.go
// describes.

const (
	opRotTwo        = 2
	opDupTopTwo     = 5
	opYieldValue    = 86
	opRotThree      = 3
	opBinaryModulo  = 22
	opBinaryAdd     = 23
	opInplaceAdd    = 55
	opInplaceModulo = 59
	opHaveArgument  = 90
	opForIter       = 93
	opLoadConst     = 100
	opLoadName      = 101
	opBuildTuple    = 102
	opJumpForward   = 110
	opJumpIfFOrPop  = 111
	opJumpIfTOrPop  = 112
	opJumpAbsolute  = 113
	opPopJumpIfF    = 114
	opPopJumpIfT    = 115
	opContinueLoop  = 119
	opSetupLoop     = 120
	opSetupExcept   = 121
	opSetupFinally  = 122
	opLoadGlobal    = 116
	opLoadFast      = 124
	opStoreFast     = 125
	opCallFunction  = 131
	opLoadDeref     = 136
	opStoreDeref    = 137
	opCallVar       = 140
	opCallKw        = 141
	opCallVarKw     = 142
	opSetupWith     = 143
	opExtendedArg   = 144
)

func isRelJump(op byte) bool {
	switch op {
	case opJumpForward, opForIter, opSetupLoop, opSetupExcept, opSetupFinally, opSetupWith:
		return true
	}
	return false
}

func isAbsJump(op byte) bool {
	switch op {
	case opJumpIfFOrPop, opJumpIfTOrPop, opJumpAbsolute, opPopJumpIfF, opPopJumpIfT, opContinueLoop:
		return true
	}
	return false
}

// helper is a Go function called by rewritten bytecode with exactly two
// arguments. It implements I__call__ directly to keep the call cheap.
type helper struct {
	name string
	fn   func(a, b py.Object) (py.Object, error)
}

var helperType = py.NewType("builtin_function_or_method", "bytecode helper of the compatibility layer")

// Type returns builtin_function_or_method.
func (h *helper) Type() *py.Type { return helperType }

// M__call__ calls the helper.
func (h *helper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", h.name, len(args))
	}
	return h.fn(args[0], args[1])
}

var (
	modHelper = &helper{name: "__pyshim_mod__", fn: func(a, b py.Object) (py.Object, error) {
		switch x := a.(type) {
		case py.Int:
			if y, ok := b.(py.Int); ok && y != 0 {
				r := x % y
				if r != 0 && (r < 0) != (y < 0) {
					r += y
				}
				return r, nil
			}
		case py.String:
			s, err := PercentFormat(string(x), b, false)
			if err != nil {
				return nil, err
			}
			return py.String(s), nil
		case py.Bytes:
			return Bytes(x).M__mod__(b)
		}
		if err := zeroDivCheck("%", a, b); err != nil {
			return nil, err
		}
		if x, y, ok := boolOperands(a, b); ok {
			return py.Mod(x, y)
		}
		return py.Mod(a, b)
	}}
	// addHelper is a + b where an operand is a tuple display or constant:
	// gpython's tuple __add__ copies the right operand to the wrong offset
	// (('a', 'b') + ('c',) loses 'c'), so tuples are concatenated here.
	addHelper = &helper{name: "__pyshim_add__", fn: func(a, b py.Object) (py.Object, error) {
		if x, ok := a.(py.Int); ok {
			if y, ok := b.(py.Int); ok {
				if r := x + y; (r > x) == (y > 0) {
					return r, nil
				}
			}
			return py.Add(a, b)
		}
		if r, ok := concatTuples(a, b); ok {
			return r, nil
		}
		if x, y, ok := boolOperands(a, b); ok {
			return py.Add(x, y)
		}
		r, err := py.Add(a, b)
		if err != nil && py.IsException(py.TypeError, err) {
			// CPython's wording for sequences of different types
			switch a.(type) {
			case py.Tuple, *py.List, py.String:
				if a.Type() != b.Type() {
					n := a.Type().Name
					return nil, py.ExceptionNewf(py.TypeError, "can only concatenate %s (not \"%s\") to %s", n, b.Type().Name, n)
				}
			}
		}
		return r, err
	}}
	iaddHelper = &helper{name: "__pyshim_iadd__", fn: func(a, b py.Object) (py.Object, error) {
		if r, ok := concatTuples(a, b); ok {
			return r, nil
		}
		switch x := a.(type) {
		case py.Int:
			if y, ok := b.(py.Int); ok {
				c := x + y
				if (c > x) == (y > 0) {
					return c, nil
				}
			}
		case py.String:
			if y, ok := b.(py.String); ok {
				return x + y, nil
			}
		case *py.List:
			if _, isList := b.(*py.List); !isList {
				if err := x.ExtendSequence(b); err != nil {
					return nil, err
				}
				return x, nil
			}
		}
		if x, y, ok := boolOperands(a, b); ok {
			return py.IAdd(x, y)
		}
		return py.IAdd(a, b)
	}}
)

// concatTuples returns a + b when both are plain tuples.
func concatTuples(a, b py.Object) (py.Object, bool) {
	x, ok1 := a.(py.Tuple)
	y, ok2 := b.(py.Tuple)
	if !ok1 || !ok2 {
		return nil, false
	}
	t := make(py.Tuple, 0, len(x)+len(y))
	return append(append(t, x...), y...), true
}

// PatchCompare controls whether the ordering comparisons <, <=, > and >=
// are routed through the helpers (needed for ordering tuples and lists).
var PatchCompare = true

// PatchIdentityEq controls whether == and != are routed through the
// helpers of identityeq.go (needed for f == g on functions).
var PatchIdentityEq = true

// PatchBoolArith controls whether the arithmetic operators are routed
// through the helpers of boolarith.go (needed for arithmetic on bools).
var PatchBoolArith = true

// PatchInplaceAdd controls whether INPLACE_ADD is routed through the helper
// (needed for `list += iterable`).
var PatchInplaceAdd = true

// instr is one decoded instruction. Its byte-sized fields are kept
// together at the end (88 bytes an instruction, not 112).
type instr struct {
	arg    int
	oldOff int
	newOff int
	// helper is set for an instruction replaced by a helper call; it is
	// the index of the helper in Consts.
	helper int
	// call is set for a call replaced by a kwCall helper (see kwcall.go);
	// it is the index of the helper in Consts, callWidth the number of
	// stack items packed into its tuple.
	call, callWidth int
	// post is set for an instruction followed by a call of a one-argument
	// helper on its result (YIELD_VALUE: see genthrow.go); the index of
	// the helper in Consts, else -1.
	post int
	// pre is set for the first instruction of an except handler: before
	// it, the exception's traceback is attached to it (see excTraceback);
	// the index of the helper in Consts, else -1.
	pre int
	// fin is set for the first instruction of a finally body: before it,
	// finallyHook is called with the top of the stack (handlerhooks.go);
	// the index of the hook in Consts, else -1.
	fin int
	// before is set for an instruction preceded by the call of a hook
	// without arguments (handlerhooks.go); its index in Consts, else -1.
	before int
	op     byte
	// drop is set for an instruction left out of the rewritten code
	// (walrus.go); jumps to it land on the next one.
	drop bool
	// finSkip is set with fin when the prologue first jumps over the hook
	// call for a None on the stack (the body entered normally).
	finSkip bool
	// repl is set with post for an instruction replaced by the call of
	// the one-argument helper post on its operand (unary operators on
	// bools: boolarith.go).
	repl bool
}

func (in *instr) size() int {
	if in.drop {
		return 0
	}
	n := in.sizeNoPre()
	if in.pre >= 0 {
		n += preSize(in.pre)
	}
	if in.fin >= 0 {
		n += finSize(in.fin, in.finSkip)
	}
	if in.before >= 0 {
		n += beforeSize(in.before)
	}
	return n
}

// preSize is the size of the handler prologue: ROT_THREE, DUP_TOP_TWO,
// LOAD_CONST helper, ROT_THREE, CALL_FUNCTION 2, POP_TOP, ROT_THREE,
// ROT_THREE (the stack [tb, value, type] is left as it was).
func preSize(helper int) int {
	return 1 + 1 + sizeOf(opLoadConst, helper) + 1 + 3 + 1 + 1 + 1
}

func (in *instr) sizeNoPre() int {
	if in.post >= 0 {
		if in.repl {
			return sizeOf(opLoadConst, in.post) + 1 + 3
		}
		return sizeOf(in.op, in.arg) + sizeOf(opLoadConst, in.post) + 1 + 3
	}
	if in.call >= 0 {
		return sizeOf(opBuildTuple, in.callWidth) + sizeOf(opLoadConst, in.call) + 1 + 3
	}
	if in.helper >= 0 {
		return sizeOf(opLoadConst, in.helper) + 1 + 3
	}
	return sizeOf(in.op, in.arg)
}

// offsetIndex maps the original offsets of instructions to their
// indexes in the decoded code (-1: none): a slice over the code's bytes
// rather than a map, a third of the memory and no hashing for the tens of
// thousands of instructions of a large file. Inserted instructions (an
// original offset of -1) are not in it.
type offsetIndex []int32

// newOffsetIndex indexes ins, decoded from codeLen bytes of code, in the
// scratch's index (which a later call reuses).
func newOffsetIndex(sc *patchScratch, ins []*instr, codeLen int) offsetIndex {
	if cap(sc.index) < codeLen+1 {
		sc.index = make([]int32, codeLen+1)
	}
	x := offsetIndex(sc.index[:codeLen+1])
	for i := range x {
		x[i] = -1
	}
	for k, in := range ins {
		if in.oldOff >= 0 && in.oldOff < len(x) {
			x[in.oldOff] = int32(k)
		}
	}
	return x
}

// at returns the index of the instruction that started at off.
func (x offsetIndex) at(off int) (int, bool) {
	if off < 0 || off >= len(x) || x[off] < 0 {
		return 0, false
	}
	return int(x[off]), true
}

func sizeOf(op byte, arg int) int {
	if op < opHaveArgument {
		return 1
	}
	if arg > 0xffff {
		return 6
	}
	return 3
}

func init() {
	orig := py.Compile
	py.Compile = func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
		code, err := orig(src, srcDesc, mode, flags, dontInherit)
		if err == nil && code != nil {
			PatchCode(code)
		}
		return code, err
	}
}

// PatchCode applies the layer's bytecode rewrite to code and every code
// object nested in its constants.
func PatchCode(code *py.Code) {
	for i, c := range code.Consts {
		switch x := c.(type) {
		case *py.Code:
			PatchCode(x)
		case py.Bytes:
			code.Consts[i] = Bytes(x)
		}
	}
	raw := code.Code
	// fast path: nothing to rewrite
	found := false
	prevOp, prevArg := byte(0), -1
	for i := 0; i < len(raw); {
		op := raw[i]
		if op == opCompareOp && PatchIdentityEq && prevOp != opLoadConst && i+1 < len(raw) && (raw[i+1] == cmpEQ || raw[i+1] == cmpNE || raw[i+1] == cmpIs || raw[i+1] == cmpIsNot || raw[i+1] == cmpIn || raw[i+1] == cmpNotIn) {
			found = true
			break
		}
		if ok, _ := boolArithOp(op); ok && PatchBoolArith &&
			(boolArithAlways(op) || prevOp != opLoadConst || !nonBoolConst(code, prevArg)) {
			found = true
			break
		}
		if op == opBinaryModulo || op == opInplaceModulo || (op == opInplaceAdd && PatchInplaceAdd) {
			found = true
			break
		}
		if op == opBinaryAdd || isBitOp(op) || op == opYieldValue || op == opSetupExcept || op == opSetupFinally || op == opSetupWith {
			found = true
			break
		}
		if op == opCompareOp && i+1 < len(raw) && isOrderOp(int(raw[i+1])) && PatchCompare {
			found = true
			break
		}
		if op == opLoadAttr && i+2 < len(raw) && isDictAttr(code, int(raw[i+1])|int(raw[i+2])<<8) {
			found = true
			break
		}
		if PatchKwOrder && op >= opCallFunction && i+2 < len(raw) && kwCallShape(op, int(raw[i+1])|int(raw[i+2])<<8) != nil {
			found = true
			break
		}
		if PatchKwOrder && (op == opLoadGlobal || op == opLoadName) && i+2 < len(raw) && isKwBuilderName(code, int(raw[i+1])|int(raw[i+2])<<8) {
			found = true
			break
		}
		prevOp, prevArg = op, -1
		if op >= opHaveArgument {
			prevArg = int(raw[i+1]) | int(raw[i+2])<<8
			i += 3
		} else {
			i++
		}
	}
	if PatchKwOrder && code.Flags&py.CO_VARKEYWORDS != 0 {
		found = true
	}
	if !found && hasWalrusStore(code) {
		found = true
	}
	if !found {
		return
	}
	// decode, merging EXTENDED_ARG into the following instruction; the
	// instructions are allocated together (one allocation, not one each:
	// a large file's code has tens of thousands)
	n := 0
	for i := 0; i < len(raw); {
		if raw[i] != opExtendedArg {
			n++
		}
		if raw[i] >= opHaveArgument {
			i += 3
		} else {
			i++
		}
	}
	sc := patchScratches.Get().(*patchScratch)
	defer patchScratches.Put(sc)
	slab, ins := sc.instrs(n)
	ext, extStart := 0, -1
	for i := 0; i < len(raw); {
		op := raw[i]
		start := i
		arg := 0
		if op >= opHaveArgument {
			if i+2 >= len(raw) {
				return // malformed: leave alone
			}
			arg = int(raw[i+1]) | int(raw[i+2])<<8
			i += 3
		} else {
			i++
		}
		if op == opExtendedArg {
			ext, extStart = arg, start
			continue
		}
		if extStart >= 0 {
			arg |= ext << 16
			start = extStart
			ext, extStart = 0, -1
		}
		slab = append(slab, instr{op: op, arg: arg, oldOff: start, helper: -1, call: -1, post: -1, pre: -1, fin: -1, before: -1})
		ins = append(ins, &slab[len(slab)-1])
	}
	rewriteWalrus(code, ins)
	modIdx, iaddIdx, addIdx := -1, -1, -1
	bitIdx := map[byte]int{}
	cmpIdx := [6]int{-1, -1, -1, -1, -1, -1}
	// Old offsets that some jump lands on.
	jumpedTo := map[int]bool{}
	for k, in := range ins {
		switch {
		case isRelJump(in.op):
			end := len(raw)
			if k+1 < len(ins) {
				end = ins[k+1].oldOff
			}
			jumpedTo[end+in.arg] = true
		case isAbsJump(in.op):
			jumpedTo[in.arg] = true
		}
	}
	// The first instruction of every except handler attaches the
	// traceback to the exception (excTracebackHelper).
	{
		byOld := newOffsetIndex(sc, ins, len(raw))
		for k, in := range ins {
			if in.op != opSetupExcept {
				continue
			}
			end := len(raw)
			if k+1 < len(ins) {
				end = ins[k+1].oldOff
			}
			if h, ok := byOld.at(end + in.arg); ok {
				ins[h].pre = classes.ConstIndex(code, excTracebackHelper)
			}
		}
		// Handlers entered and left (handlerhooks.go). The jump over a
		// hook call is used where every offset fits 16 bits.
		handlers := false
		skipOK := len(raw) < finSkipMaxCode
		for k, in := range ins {
			if in.op != opSetupFinally && in.op != opSetupExcept && in.op != opSetupWith {
				continue
			}
			handlers = true
			if in.op == opSetupExcept {
				continue
			}
			end := len(raw)
			if k+1 < len(ins) {
				end = ins[k+1].oldOff
			}
			if h, ok := byOld.at(end + in.arg); ok {
				ins[h].fin = classes.ConstIndex(code, finallyHook)
				ins[h].finSkip = skipOK
			}
		}
		if handlers {
			for k, in := range ins {
				if in.op == opEndFinally && k > 0 && ins[k-1].op == opWithCleanup {
					// a with block's end: its exception may be suppressed
					in.fin = classes.ConstIndex(code, withEndHook)
					in.finSkip = skipOK
				}
				switch in.op {
				case opPopExcept:
					in.before = classes.ConstIndex(code, leaveHook)
				case opBreakLoop, opContinueLoop:
					in.before = classes.ConstIndex(code, leaveLoopHook)
				}
			}
		}
	}
	constCmp := map[[2]int]int{}
	for k, in := range ins {
		switch {
		case in.op == opCompareOp && isOrderOp(in.arg) && PatchCompare && k > 0 && k+1 < len(ins) &&
			ins[k-1].op == opLoadConst && ins[k-1].arg < len(code.Consts) &&
			(ins[k+1].op == opPopJumpIfF || ins[k+1].op == opPopJumpIfT) && !jumpedTo[in.oldOff]:
			// `x <op> CONST` whose result only decides a jump: load a
			// comparison constant instead and test it with COMPARE_OP in,
			// which calls its __contains__ with x (no call frame, no
			// extra instructions). The jump needs only the truth value.
			key := [2]int{in.arg, ins[k-1].arg}
			idx, ok := constCmp[key]
			if !ok {
				idx = len(code.Consts)
				code.Consts = append(code.Consts, newConstCompare(in.arg, code.Consts[key[1]]))
				constCmp[key] = idx
			}
			ins[k-1].arg = idx
			in.arg = cmpIn
		case in.op == opCompareOp && isOrderOp(in.arg) && PatchCompare:
			if cmpIdx[in.arg] < 0 {
				cmpIdx[in.arg] = len(code.Consts)
				code.Consts = append(code.Consts, cmpHelpers[in.arg])
			}
			in.helper = cmpIdx[in.arg]
		case isBitOp(in.op):
			idx, ok := bitIdx[in.op]
			if !ok {
				idx = len(code.Consts)
				code.Consts = append(code.Consts, bitHelpers[in.op])
				bitIdx[in.op] = idx
			}
			in.helper = idx
		case in.op == opYieldValue:
			in.post = classes.ConstIndex(code, yieldResumeHelper)
		case PatchIdentityEq && isIdentityCompare(ins, k, jumpedTo):
			if in.arg == cmpIs {
				in.helper = classes.ConstIndex(code, isHelper)
			} else {
				in.helper = classes.ConstIndex(code, isNotHelper)
			}
		case PatchIdentityEq && isInCompare(ins, k, jumpedTo):
			if in.arg == cmpIn {
				in.helper = classes.ConstIndex(code, inHelper)
			} else {
				in.helper = classes.ConstIndex(code, notInHelper)
			}
		case PatchIdentityEq && isEqCompare(code, ins, k, jumpedTo):
			if in.arg == cmpEQ {
				in.helper = classes.ConstIndex(code, eqHelper)
			} else {
				in.helper = classes.ConstIndex(code, neHelper)
			}
		case PatchBoolArith && isBoolArith(code, ins, k, jumpedTo):
			if _, unary := boolArithOp(in.op); unary {
				in.post = classes.ConstIndex(code, boolUnaryHelpers[in.op])
				in.repl = true
			} else {
				in.helper = classes.ConstIndex(code, boolArithHelpers[in.op])
			}
		case in.op == opLoadAttr && isDictAttr(code, in.arg):
			in.post = classes.ConstIndex(code, dictAttrHelpers[code.Names[in.arg]])
			in.repl = true
		case in.op == opBinaryAdd:
			if addIdx < 0 {
				addIdx = len(code.Consts)
				code.Consts = append(code.Consts, addHelper)
			}
			in.helper = addIdx
		case in.op == opBinaryModulo || in.op == opInplaceModulo:
			if modIdx < 0 {
				modIdx = len(code.Consts)
				code.Consts = append(code.Consts, modHelper)
			}
			in.helper = modIdx
		case in.op == opInplaceAdd && PatchInplaceAdd:
			if iaddIdx < 0 {
				iaddIdx = len(code.Consts)
				code.Consts = append(code.Consts, iaddHelper)
			}
			in.helper = iaddIdx
		case !PatchKwOrder:
		case in.op >= opCallFunction && in.op <= opCallVarKw:
			if h := kwCallShape(in.op, in.arg); h != nil {
				in.call = classes.ConstIndex(code, h)
				in.callWidth = h.width()
			}
		case (in.op == opLoadGlobal || in.op == opLoadName) && isKwBuilderName(code, in.arg):
			in.op, in.arg = opLoadConst, classes.ConstIndex(code, kwBuild)
		}
	}
	if PatchKwOrder && code.Flags&py.CO_VARKEYWORDS != 0 {
		ins = append(kwPrologueCode(code), ins...)
	}
	oldIndex := newOffsetIndex(sc, ins, len(raw))
	newOffOf := func(old int) int {
		if k, ok := oldIndex.at(old); ok {
			return ins[k].newOff
		}
		if old >= len(raw) {
			last := ins[len(ins)-1]
			return last.newOff + last.size()
		}
		// not an instruction start: map to the enclosing instruction
		k := sort.Search(len(ins), func(i int) bool { return ins[i].oldOff > old }) - 1
		if k < 0 {
			k = 0
		}
		return ins[k].newOff
	}
	oldEnd := func(k int) int {
		if k+1 < len(ins) {
			return ins[k+1].oldOff
		}
		return len(raw)
	}
	// lay out until jump argument sizes are stable
	targets := sc.ints(len(ins))
	for k, in := range ins {
		switch {
		case isRelJump(in.op):
			targets[k] = oldEnd(k) + in.arg
		case isAbsJump(in.op):
			targets[k] = in.arg
		default:
			targets[k] = -1
		}
	}
	layout := func() {
		for iter := 0; iter < 10; iter++ {
			off := 0
			for _, in := range ins {
				in.newOff = off
				off += in.size()
			}
			changed := false
			for k, in := range ins {
				if targets[k] < 0 {
					continue
				}
				t := newOffOf(targets[k])
				var arg int
				if isRelJump(in.op) {
					arg = t - (in.newOff + in.size())
				} else {
					arg = t
				}
				if arg != in.arg {
					if sizeOf(in.op, arg) != sizeOf(in.op, in.arg) {
						changed = true
					}
					in.arg = arg
				}
			}
			if !changed {
				// recompute relative args once more with final offsets
				for k, in := range ins {
					if targets[k] >= 0 && isRelJump(in.op) {
						in.arg = newOffOf(targets[k]) - (in.newOff + in.size())
					}
				}
				break
			}
		}
	}
	layout()
	if n := len(ins); n > 0 && ins[n-1].newOff+ins[n-1].size() > 0xfff0 {
		// the jumps over hook calls need 16-bit targets: none here
		again := false
		for _, in := range ins {
			if in.finSkip {
				in.finSkip, again = false, true
			}
		}
		if again {
			layout()
		}
	}
	out := sc.bytes(len(raw) + 16)
	emit := func(op byte, arg int) {
		if op >= opHaveArgument {
			if arg > 0xffff {
				out = append(out, opExtendedArg, byte(arg>>16), byte(arg>>24))
			}
			out = append(out, op, byte(arg), byte(arg>>8))
		} else {
			out = append(out, op)
		}
	}
	for _, in := range ins {
		if in.drop {
			continue
		}
		if in.fin >= 0 {
			if in.finSkip {
				emit(opDupTop, 0)
				emit(opPopJumpIfF, in.newOff+finSize(in.fin, true))
			}
			emit(opDupTop, 0)
			emit(opLoadConst, in.fin)
			emit(opRotTwo, 0)
			emit(opCallFunction, 1)
			emit(opPopTop, 0)
		}
		if in.before >= 0 {
			emit(opLoadConst, in.before)
			emit(opCallFunction, 0)
			emit(opPopTop, 0)
		}
		if in.pre >= 0 {
			emit(opRotThree, 0)
			emit(opDupTopTwo, 0)
			emit(opLoadConst, in.pre)
			emit(opRotThree, 0)
			emit(opCallFunction, 2)
			emit(opPopTop, 0)
			emit(opRotThree, 0)
			emit(opRotThree, 0)
		}
		if in.post >= 0 {
			if !in.repl {
				emit(in.op, in.arg)
			}
			emit(opLoadConst, in.post)
			emit(opRotTwo, 0)
			emit(opCallFunction, 1)
			continue
		}
		if in.call >= 0 {
			emit(opBuildTuple, in.callWidth)
			emit(opLoadConst, in.call)
			emit(opRotTwo, 0)
			emit(opCallFunction, 1)
			continue
		}
		if in.helper >= 0 {
			emit(opLoadConst, in.helper)
			emit(opRotThree, 0)
			emit(opCallFunction, 2)
			continue
		}
		emit(in.op, in.arg)
	}
	// line number table
	lt := code.Lnotab
	var nl []byte
	addr, prevNew := 0, 0
	for i := 0; i+1 < len(lt); i += 2 {
		addr += int(lt[i])
		li := lt[i+1]
		if li == 0 {
			continue
		}
		na := newOffOf(addr)
		da := na - prevNew
		for da > 255 {
			nl = append(nl, 255, 0)
			da -= 255
		}
		if da < 0 {
			da = 0
		}
		nl = append(nl, byte(da), li)
		prevNew += da
		if prevNew < na {
			prevNew = na
		}
	}
	code.Code = string(out)
	sc.out = out[:0] // keep a grown buffer
	code.Lnotab = string(nl)
	if code.Stacksize < 2 {
		code.Stacksize = 2
	}
	code.Stacksize += 3
}
