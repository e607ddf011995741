package classes

import (
	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// Finding the container of a failed subscript (indexerr.go) whatever the
// container and index expressions are: `[1, 2][f()]`, `s.split()[i + 1]`.
// The index expression is found backwards from the subscript by its
// stack effect; the container is then known from its last instruction (a
// list or tuple display, a constant, a name), or read from the frame's
// value stack, where gpython leaves it when the error leaves the frame
// without running one of its handlers (do_BINARY_SUBSCR pops only the
// index; STORE_SUBSCR and DELETE_SUBSCR drop their operands by
// re-slicing, and unwinding a loop block only re-slices).

const (
	opDeleteSubscr = 61
	opPopBlock     = 87
	opReturnValue  = 83
	opBreakLoop    = 80
	opEndFinally   = 88
	opBuildTuple   = 102
	opBuildList    = 103
)

// stackEffect is the net stack effect of one straight-line instruction
// (its fall-through), false for jumps, block set-ups and opcodes it does
// not know.
func stackEffect(in opAt) (eff int, ok bool) {
	if jumpTarget(in) >= 0 {
		return 0, false
	}
	switch in.op {
	case opBreakLoop, opReturnValue, opRaiseVarargs, opEndFinally, opPopBlock, opYieldFrom:
		return 0, false
	}
	defer func() {
		if recover() != nil {
			eff, ok = 0, false
		}
	}()
	return (&compile.OpArg{Op: vm.OpCode(in.op), Arg: uint32(in.arg)}).StackEffect(), true
}

// indexStart is the index of the first instruction of the expression
// ending at ins[k] that leaves one value on the stack, or -1.
func indexStart(ins []opAt, k int) int {
	sum := 0
	for i := k; i >= 0; i-- {
		eff, ok := stackEffect(ins[i])
		if !ok {
			return -1
		}
		sum += eff
		if sum == 1 {
			return i
		}
	}
	return -1
}

// depthAt is the value stack's depth before ins[k] runs, reached by the
// code's normal flow from its start (no exception edges), or -1.
func depthAt(ins []opAt, k int) int {
	at := make(map[int]int, len(ins)) // offset → instruction index
	for i, in := range ins {
		at[in.at] = i
	}
	depth := make([]int, len(ins))
	for i := range depth {
		depth[i] = -1
	}
	work := []int{0}
	depth[0] = 0
	set := func(i, d int) bool {
		if i < 0 || i >= len(ins) || d < 0 {
			return false
		}
		if depth[i] == -1 {
			depth[i] = d
			work = append(work, i)
			return true
		}
		return depth[i] == d
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		in := ins[i]
		next := i + 1
		switch in.op {
		case opReturnValue, opRaiseVarargs, opBreakLoop, opContinueLoop, opJumpAbsolute, opJumpForward:
			if in.op == opJumpAbsolute || in.op == opJumpForward {
				if t, ok := at[jumpTarget(in)]; !ok || !set(t, d) {
					return -1
				}
			}
			continue
		case opForIter:
			t, ok := at[jumpTarget(in)]
			if !ok || !set(t, d-1) || !set(next, d+1) {
				return -1
			}
			continue
		case opJumpIfFOrPop, opJumpIfTOrPop:
			t, ok := at[jumpTarget(in)]
			if !ok || !set(t, d) || !set(next, d-1) {
				return -1
			}
			continue
		case opPopJumpIfF, opPopJumpIfT:
			t, ok := at[jumpTarget(in)]
			if !ok || !set(t, d-1) || !set(next, d-1) {
				return -1
			}
			continue
		case opSetupLoop, opSetupExcept, opSetupFinally, opPopBlock:
			// the handler is reached by an exception only
			if !set(next, d) {
				return -1
			}
			continue
		case opSetupWith:
			// the manager is replaced by its __exit__ and __enter__'s value
			if !set(next, d+1) {
				return -1
			}
			continue
		case opEndFinally:
			// on the normal path: the None a finally body ends with
			if !set(next, d-1) {
				return -1
			}
			continue
		}
		eff, ok := stackEffect(in)
		if !ok || !set(next, d+eff) {
			return -1
		}
	}
	return depth[k]
}

// inHandledBlock reports whether ins[k] is in the body of a try or with
// statement of its code, whose handler pushes onto the value stack.
func inHandledBlock(ins []opAt, k int) bool {
	for _, in := range ins {
		switch in.op {
		case opSetupExcept, opSetupFinally, opSetupWith:
			if in.at < ins[k].at && ins[k].at < jumpTarget(in) {
				return true
			}
		}
	}
	return false
}

// subscrContainer returns the container of the failed subscript ins[k]
// (BINARY_SUBSCR, STORE_SUBSCR or DELETE_SUBSCR) of frame f: the object,
// or the name of its type when only that is known.
func subscrContainer(f *py.Frame, ins []opAt, k int) (py.Object, string) {
	if j := indexStart(ins, k-1); j > 0 {
		last := ins[j-1]
		switch last.op {
		case opBuildList:
			return nil, "list"
		case opBuildTuple:
			return nil, "tuple"
		case opLoadConst, opLoadName, opLoadFast, opLoadGlobal, opLoadDeref, opLoadAttr:
			if o, ok := loadedObject(f, ins, j-1); ok && o != nil {
				return o, ""
			}
		}
	}
	// the container on the frame's value stack
	if inHandledBlock(ins, k) {
		return nil, ""
	}
	d := depthAt(ins, k)
	pos := d - 2 // BINARY_SUBSCR, DELETE_SUBSCR: container, index
	if ins[k].op == opStoreSubscr {
		pos = d - 2 // value, container, index
	}
	if d < 0 || pos < 0 || pos >= cap(f.Stack) || len(f.Stack) > pos+1 {
		return nil, ""
	}
	o := f.Stack[:cap(f.Stack)][pos]
	return o, ""
}
