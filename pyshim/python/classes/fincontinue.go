package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
)

// `continue` in a finally body (legal since Python 3.8; gpython v0.2.0's
// compiler keeps 3.4's SyntaxError). The pre-pass writes it as
// __pyshim_fincont__(0) (prepass.FinallyContinueHelper); FixFinallyContinue
// then turns each such call into a call of finContinueFn with the offset
// of a stub appended to the code: POP_TOP (the call's None) and
// CONTINUE_LOOP to the loop's start. The helper first drops what the
// finally clause keeps on the frame's value stack where no block records
// it (None for a body that ended normally, the why code with the return
// value for a pending return), then sends the frame to the stub; the
// VM's CONTINUE_LOOP unwinds the rest as CPython 3.8 does: a pending
// exception's handler block (the exception is dropped and the one handled
// before is restored), the finally and with blocks of outer statements.
// The site is rewritten in place (same size), so no jump or line table
// changes. The helper finds the frame on the layer's frame stack
// (frames.go): functions, generators, class bodies, the script and the
// files it imports have theirs there; code run by exec() and the bodies of
// the embedded modules do not, and a continue in a finally clause at their
// top level raises SystemError.

const opCall = 131

var finContinueFn = py.MustNewMethod("__pyshim_fincont__", func(self py.Object, arg py.Object) (py.Object, error) {
	stub, ok := arg.(py.Int)
	f, err := frameAt(0)
	if !ok || err != nil {
		return nil, pyErr(py.SystemError, "continue in a finally clause: no frame")
	}
	code := f.Code.Code
	s := int(stub)
	l := int(f.Lasti)
	// the frame must be the one running this site: its call just made,
	// the stub where the argument says
	if s < 0 || s+4 > len(code) || code[s] != opPopTop || code[s+1] != opContinueLoop ||
		l < 3 || l >= len(code) || code[l-3] != opCall || code[l] != opPopTop {
		return nil, pyErr(py.SystemError, "continue in a finally clause: not in its frame")
	}
	n := len(f.Stack)
	if b := f.Block; b != nil && b.Type == py.TryBlockExceptHandler && n == b.Level+6 {
		// a pending exception: its handler block is on the block stack,
		// CONTINUE_LOOP's unwinding ends it
	} else if n > 0 {
		switch m := f.Stack[n-1].(type) {
		case py.NoneType:
			n--
		case py.Int:
			// gpython's why codes: 2 return, 4 continue (with the value
			// under it), 3 break
			switch m {
			case 2, 4:
				n -= 2
			case 3:
				n--
			default:
				return nil, pyErr(py.SystemError, "continue in a finally clause: unknown state %d", int(m))
			}
		default:
			return nil, pyErr(py.SystemError, "continue in a finally clause: unknown state")
		}
		if n < 0 {
			return nil, pyErr(py.SystemError, "continue in a finally clause: stack underflow")
		}
		for i := n; i < len(f.Stack); i++ {
			f.Stack[i] = nil
		}
		f.Stack = f.Stack[:n]
	}
	// the handler bodies inside the loop are left (as the methods layer
	// has the compiler's CONTINUE_LOOPs do)
	LeaveLoopHandlers()
	f.Lasti = int32(s)
	return py.None, nil
}, 0, "continue in a finally clause")

// finIns is an instruction: its offset, opcode and argument.
type finIns struct{ off, op, arg int }

// FixFinallyContinue rewrites the pre-pass's continue calls in code and
// the code nested in it (see above).
func FixFinallyContinue(code *py.Code) {
	for _, k := range code.Consts {
		if sub, ok := k.(*py.Code); ok {
			FixFinallyContinue(sub)
		}
	}
	name := -1
	for i, n := range code.Names {
		if n == prepass.FinallyContinueHelper {
			name = i
			break
		}
	}
	if name < 0 {
		return
	}
	var list []finIns
	b := []byte(code.Code)
	for i := 0; i < len(b); {
		op := int(b[i])
		in := finIns{off: i, op: op}
		if op >= opHaveArgument {
			if i+2 >= len(b) {
				return
			}
			in.arg = int(b[i+1]) | int(b[i+2])<<8
			i += 3
		} else {
			i++
		}
		if op == opExtendedArg {
			return // not a shape worth modelling
		}
		list = append(list, in)
	}
	const opLoadName = 101
	changed := false
	for k := 0; k+3 < len(list); k++ {
		l := list[k]
		if (l.op != opLoadGlobal && l.op != opLoadName) || l.arg != name {
			continue
		}
		c, call, pop := list[k+1], list[k+2], list[k+3]
		if c.op != opLoadConst || c.arg >= len(code.Consts) || call.op != opCall || call.arg != 1 || pop.op != opPopTop {
			continue
		}
		if z, ok := code.Consts[c.arg].(py.Int); !ok || z != 0 {
			continue
		}
		start, ok := loopStart(list, l.off)
		if !ok {
			continue
		}
		stub := len(b)
		fn := constIndex(code, finContinueFn)
		at := constIndex(code, py.Int(stub))
		if fn > 0xffff || at > 0xffff || start > 0xffff {
			continue
		}
		b = append(b, opPopTop, opContinueLoop, byte(start), byte(start>>8))
		b[l.off], b[l.off+1], b[l.off+2] = opLoadConst, byte(fn), byte(fn>>8)
		b[c.off+1], b[c.off+2] = byte(at), byte(at>>8)
		changed = true
	}
	if changed {
		code.Code = string(b)
	}
}

// loopStart is where a `continue` at offset p goes: the FOR_ITER of the
// innermost for loop around it, or the start of the innermost while
// loop's condition (as gpython's compiler targets a continue).
func loopStart(list []finIns, p int) (int, bool) {
	best := -1
	for k, in := range list {
		if in.op != opSetupLoop || in.off > p || in.off+3+in.arg <= p {
			continue
		}
		best = k
	}
	if best < 0 {
		return 0, false
	}
	setup := list[best]
	for _, in := range list[best+1:] {
		if in.off >= p {
			break
		}
		switch in.op {
		case opForIter:
			return in.off, true
		case opSetupLoop, opSetupExcept, opSetupFinally, opSetupWith:
			return setup.off + 3, true
		}
	}
	return setup.off + 3, true
}

// constIndex returns the index of v among code's constants, adding it.
func constIndex(code *py.Code, v py.Object) int {
	for i, c := range code.Consts {
		if c == v {
			return i
		}
	}
	code.Consts = append(code.Consts, v)
	return len(code.Consts) - 1
}
