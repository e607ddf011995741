package classes

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// gpython's FOR_ITER ends a loop on any error from the iterator, so an
// exception raised by a generator or a __next__ inside a for loop (or a
// comprehension) vanished. After compiling, every GET_ITER that feeds a
// loop is followed by a call of __pyshim_loopiter__ (an iterator wrapper
// that remembers the error), and every loop exit runs __pyshim_loopcheck__,
// which raises the remembered error. Jump targets and the line table are
// adjusted.

const (
	opPopTop       = 1
	opRotTwo       = 2
	opGetIter      = 68
	opYieldFrom    = 72
	opHaveArgument = 90
	opForIter      = 93
	opLoadConst    = 100
	opJumpForward  = 110
	opJumpIfFOrPop = 111
	opJumpIfTOrPop = 112
	opJumpAbsolute = 113
	opPopJumpIfF   = 114
	opPopJumpIfT   = 115
	opLoadGlobal   = 116
	opContinueLoop = 119
	opSetupLoop    = 120
	opSetupExcept  = 121
	opSetupFinally = 122
	opCallFunction = 131
	opSetupWith    = 143
	opExtendedArg  = 144
)

// Its fields are 32 bits wide (16 bytes an instruction, not 32): code
// offsets and arguments fit (EXTENDED_ARG is left alone), and a large
// file's thousands of loops decode every instruction of their code.
type instr struct {
	op     byte
	arg    int32
	old    int32 // offset in the original code, -1 for inserted
	target int32 // old offset of the jump target, -1 if not a jump
}

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

// ConstIndex returns the index of o in code's constants, appending it when
// it is not there (for bytecode rewrites that load a helper).
func ConstIndex(code *py.Code, o py.Object) int {
	for i, c := range code.Consts {
		if c == o {
			return i
		}
	}
	code.Consts = append(code.Consts, o)
	return len(code.Consts) - 1
}

// offsetMap maps old bytecode offsets to new ones (-1: none).
type offsetMap []int32

func (m offsetMap) get(off int) (int, bool) {
	if off < 0 || off >= len(m) || m[off] < 0 {
		return 0, false
	}
	return int(m[off]), true
}

// hasLoopOp reports whether bytecode has a FOR_ITER or GET_ITER.
func hasLoopOp(src string) bool {
	for i := 0; i < len(src); {
		op := src[i]
		if op == opForIter || op == opGetIter {
			return true
		}
		if op >= opHaveArgument {
			i += 3
		} else {
			i++
		}
	}
	return false
}

// countOps returns the number of instructions in bytecode and how many of
// them are FOR_ITER or GET_ITER (each gets at most three more).
func countOps(src string) (n, loopOps int) {
	for i := 0; i < len(src); n++ {
		op := src[i]
		if op == opForIter || op == opGetIter {
			loopOps++
		}
		if op >= opHaveArgument {
			i += 3
		} else {
			i++
		}
	}
	return n, loopOps
}

// fixForLoops rewrites code and its nested code objects.
func fixForLoops(code *py.Code) {
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			fixForLoops(sub)
		}
	}
	src := code.Code
	if !hasLoopOp(src) {
		return
	}
	n, loopOps := countOps(src)
	sc := loopScratches.Get().(*loopScratch)
	defer loopScratches.Put(sc)
	// a stub before each loop exit (a FOR_ITER's target), a call after
	// each GET_ITER
	ins, out := sc.instrs(n, n+3*loopOps)
	hasLoop := false
	for i := 0; i < len(src); {
		op := src[i]
		in := instr{op: op, old: int32(i), target: -1}
		if op >= opHaveArgument {
			if i+2 >= len(src) || op == opExtendedArg {
				return
			}
			in.arg = int32(src[i+1]) | int32(src[i+2])<<8
			if isRelJump(op) {
				in.target = int32(i+3) + in.arg
			} else if isAbsJump(op) {
				in.target = in.arg
			}
			i += 3
		} else {
			i++
		}
		if op == opForIter || op == opGetIter {
			hasLoop = true
		}
		ins = append(ins, in)
	}
	if !hasLoop {
		return
	}
	// Loop exits: targets of FOR_ITER.
	exits := sc.exitFlags(len(src) + 1)
	for _, in := range ins {
		if in.op == opForIter && in.target >= 0 && int(in.target) <= len(src) {
			exits[in.target] = true
		}
	}
	iterConst := int32(ConstIndex(code, loopIterFn))
	checkConst := int32(ConstIndex(code, loopCheckFn))
	for k, in := range ins {
		if exits[in.old] {
			// The stub takes over the original offset so every jump to
			// the exit runs it.
			out = append(out,
				instr{op: opLoadConst, arg: checkConst, old: in.old, target: -1},
				instr{op: opCallFunction, arg: 0, old: -1, target: -1},
				instr{op: opPopTop, old: -1, target: -1})
			in.old = -2 - in.old // keep the identity for nothing else
		}
		out = append(out, in)
		if in.op == opGetIter {
			// Not for "yield from" (GET_ITER; LOAD_CONST; YIELD_FROM).
			if k+2 < len(ins) && ins[k+1].op == opLoadConst && ins[k+2].op == opYieldFrom {
				continue
			}
			out = append(out,
				instr{op: opLoadConst, arg: iterConst, old: -1, target: -1},
				instr{op: opRotTwo, old: -1, target: -1},
				instr{op: opCallFunction, arg: 1, old: -1, target: -1})
		}
	}
	// New offsets.
	newOff := sc.offsets(len(src) + 1)
	off := int32(0)
	for _, in := range out {
		if in.old >= 0 {
			newOff[in.old] = off
		} else if in.old <= -2 {
			// The original instruction at an exit (its offset now maps to
			// the stub).
		}
		if in.op >= opHaveArgument {
			off += 3
		} else {
			off++
		}
	}
	newOff[len(src)] = off
	buf := sc.bytes(int(off))
	for _, in := range out {
		arg := int(in.arg)
		if in.target >= 0 {
			t, ok := newOff.get(int(in.target))
			if !ok {
				return
			}
			if isRelJump(in.op) {
				arg = t - (len(buf) + 3)
			} else {
				arg = t
			}
		}
		if arg < 0 || arg > 0xffff {
			return
		}
		buf = append(buf, in.op)
		if in.op >= opHaveArgument {
			buf = append(buf, byte(arg), byte(arg>>8))
		}
	}
	// Line table: map each address through newOff.
	var lnotab []byte
	addr, newAddr := 0, 0
	for i := 0; i+1 < len(code.Lnotab); i += 2 {
		addr += int(code.Lnotab[i])
		na, ok := newOff.get(addr)
		if !ok {
			return
		}
		da := na - newAddr
		dl := int(code.Lnotab[i+1])
		for da > 255 {
			lnotab = append(lnotab, 255, 0)
			da -= 255
		}
		lnotab = append(lnotab, byte(da), byte(dl))
		newAddr = na
	}
	code.Code = string(buf)
	code.Lnotab = string(lnotab)
	code.Stacksize += 2
}

var loopIterType = py.NewType("iterator", "iterator remembering its error for the loop")

// loopIter wraps the iterator of a for loop; an error other than
// StopIteration is remembered for the goroutine, so that the loop exit
// can raise it.
type loopIter struct {
	it py.Object
}

func (l *loopIter) Type() *py.Type                { return loopIterType }
func (l *loopIter) M__iter__() (py.Object, error) { return l, nil }
func (l *loopIter) M__next__() (py.Object, error) {
	r, err := py.Next(l.it)
	if err != nil {
		if isStopIteration(err) {
			return nil, py.StopIteration
		}
		setPending(err)
		return nil, err
	}
	return r, nil
}

var (
	pendingN  atomic.Int32
	pendingMu sync.Mutex
	pending   = map[uint64]error{}
)

func goid() uint64 {
	var b [64]byte
	n := runtime.Stack(b[:], false)
	f := bytes.Fields(b[:n])
	if len(f) < 2 {
		return 0
	}
	id, _ := strconv.ParseUint(string(f[1]), 10, 64)
	return id
}

func setPending(err error) {
	id := goid()
	pendingMu.Lock()
	if _, ok := pending[id]; !ok {
		pendingN.Add(1)
	}
	pending[id] = err
	pendingMu.Unlock()
}

func takePending() error {
	if pendingN.Load() == 0 {
		return nil
	}
	id := goid()
	pendingMu.Lock()
	defer pendingMu.Unlock()
	err, ok := pending[id]
	if ok {
		delete(pending, id)
		pendingN.Add(-1)
	}
	return err
}

var (
	loopIterFn = py.MustNewMethod("__pyshim_loopiter__", func(self py.Object, it py.Object) (py.Object, error) {
		// Iterators that can only end with StopIteration need no wrapper:
		// ranges and gpython's iterator over a tuple (list, tuple, set and
		// dict-view iteration).
		switch x := it.(type) {
		case *py.RangeIterator:
			return it, nil
		case *py.Iterator:
			if _, ok := x.Seq.(py.Tuple); ok {
				return it, nil
			}
		}
		return &loopIter{it: it}, nil
	}, 0, "wrap a for loop's iterator")
	loopCheckFn = py.MustNewMethod("__pyshim_loopcheck__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := takePending(); err != nil {
			return nil, err
		}
		return py.None, nil
	}, 0, "raise the error that ended a for loop")
)

// IsLoopHelper reports whether o is one of the calls fixForLoops puts into
// loops (read through by the traceback's position lines).
func IsLoopHelper(o py.Object) bool {
	return o == py.Object(loopIterFn) || o == py.Object(loopCheckFn)
}
