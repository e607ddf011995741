package classes

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// (see package upstream for the index) gpython v0.2.0's frames have no
// f_back (py.Frame's Back field is commented out), and a Go function called
// from Python cannot reach the frame calling it: vm.EvalCode makes the
// frame and runs it inside itself. sys._getframe, inspect.currentframe,
// warnings' stacklevel and logging's %(filename)s/%(lineno)d need the
// caller's frame.
//
// The layer therefore keeps its own stack of running frames per Python
// thread. To get hold of a function's frame, every function code object
// (CO_NEWLOCALS, not a generator) is marked at compile time with
// CO_GENERATOR and coFramed: gpython's EvalCode then binds the arguments,
// builds the frame and returns it inside a generator without running it
// (the only place the VM looks at CO_GENERATOR), and the call wrapper
// (EvalFramed) pushes the frame, runs it with the VM's RunFrame and pops
// it. co_flags hides both bits. Generator frames are pushed for each
// resumption (PushFrame/PopFrame around py.VmRunFrame), module bodies by
// RunModuleCode.

// coFramed marks a code object whose calls EvalFramed runs (an unused
// CO_ bit; CPython's flags stop at 0x4000000).
const coFramed = 0x40000000

// FramedFlags are the bits the marking adds to a function's code flags.
const FramedFlags = coFramed | py.CO_GENERATOR

// markFramed marks the function code objects nested in code (recursively)
// for EvalFramed.
func markFramed(code *py.Code) {
	for _, c := range code.Consts {
		sub, ok := c.(*py.Code)
		if !ok {
			continue
		}
		if sub.Flags&py.CO_NEWLOCALS != 0 && sub.Flags&(py.CO_GENERATOR|coFramed) == 0 {
			sub.Flags |= FramedFlags
		}
		markFramed(sub)
	}
}

// IsFramed reports whether calls of code go through EvalFramed.
func IsFramed(code *py.Code) bool { return code.Flags&coFramed != 0 }

// VisibleFlags is code's co_flags as Python sees them (without the
// marking).
func VisibleFlags(code *py.Code) int32 {
	f := code.Flags
	if f&coFramed != 0 {
		f &^= FramedFlags | coAsync
	}
	return f
}

// EvalFramed finishes a call of a framed code object: gen is what
// gpython's EvalCode returned for it (a generator holding the ready
// frame); the frame is run by run (the VM's RunFrame) while it is on the
// thread's frame stack.
func EvalFramed(run func(*py.Frame) (py.Object, error), gen py.Object) (py.Object, error) {
	g, ok := gen.(*py.Generator)
	if !ok {
		return gen, nil
	}
	if g.Frame.Code.Flags&coAsync != 0 && AsyncCall != nil {
		return AsyncCall(g)
	}
	st := stackOf()
	st.frames = append(st.frames, g.Frame)
	n := len(st.frames)
	defer func() {
		// the slot is cleared: a popped frame left in the array would keep
		// its locals alive until a call as deep overwrote it
		st.frames[n-1] = nil
		st.frames = st.frames[:n-1]
	}()
	if pyProfiling {
		pyProfileEnter(g.Frame.Code)
		defer pyProfileExit()
	}
	return run(g.Frame)
}

// PushFrame puts f on the running thread's frame stack (a generator being
// resumed); PopFrame takes it off.
func PushFrame(f *py.Frame) {
	st := stackOf()
	st.frames = append(st.frames, f)
}

// PopFrame removes the innermost frame of the running thread.
func PopFrame() {
	st := stackOf()
	if n := len(st.frames); n > 0 {
		st.frames[n-1] = nil // as in EvalFramed
		st.frames = st.frames[:n-1]
	}
}

// RunModuleCode runs a module body as ctx.RunCode does, with its frame on
// the frame stack (sys._getframe at module level, f_back of the frames it
// calls). run is py.VmRunFrame.
func RunModuleCode(ctx py.Context, code *py.Code, globals, locals py.StringDict, run func(*py.Frame) (py.Object, error)) (py.Object, error) {
	return RunBodyCode(ctx, code, globals, locals, nil, run)
}

// RunBodyCode runs a module or class body (code without CO_NEWLOCALS) as
// ctx.RunCode does, with its frame on the frame stack.
func RunBodyCode(ctx py.Context, code *py.Code, globals, locals py.StringDict, closure py.Tuple, run func(*py.Frame) (py.Object, error)) (py.Object, error) {
	if code.Flags&py.CO_GENERATOR != 0 {
		return ctx.RunCode(code, globals, locals, closure)
	}
	c := *code
	c.Flags |= py.CO_GENERATOR
	gen, err := ctx.RunCode(&c, globals, locals, closure)
	if err != nil {
		return nil, err
	}
	g, ok := gen.(*py.Generator)
	if !ok {
		return gen, nil
	}
	moduleCodes[g.Frame] = code
	defer delete(moduleCodes, g.Frame)
	return run(g.Frame)
}

// moduleCodes maps the frame of a running module body to its code object
// (the frame holds a marked copy).
var moduleCodes = map[*py.Frame]*py.Code{}

// frameStack is one Python thread's running frames, innermost last.
type frameStack struct {
	frames []*py.Frame
	// handling is the exceptions being handled (handling.go).
	handling []handledExc
}

var (
	mainStack = &frameStack{}
	// stacks holds the stacks of the threads (while the interpreter lock
	// is active; it guards the map).
	stacks          = map[int64]*frameStack{}
	lastIdent int64 = gil.MainIdent
	lastStack       = mainStack
)

// stackOf returns the running thread's frame stack.
func stackOf() *frameStack {
	if !gil.Active() {
		return mainStack
	}
	id := gil.Ident()
	if id == lastIdent {
		return lastStack
	}
	st := stacks[id]
	if st == nil {
		if id == gil.MainIdent {
			st = mainStack
		} else {
			st = &frameStack{}
		}
		stacks[id] = st
	}
	lastIdent, lastStack = id, st
	return st
}

// FrameType is the type of frame objects (sys._getframe()).
var FrameType = py.NewType("frame", "A frame of running Python code.")

// Frame is a Python frame object: a running frame of the thread's stack,
// with the frames below it (its f_back chain) as they were when it was
// taken.
type Frame struct {
	f     *py.Frame
	below []*py.Frame
}

// Type returns frame.
func (fr *Frame) Type() *py.Type { return FrameType }

// GetFrame is sys._getframe(depth): the depth-th frame below the innermost
// one, or a ValueError when the stack is not that deep.
func GetFrame(depth int) (py.Object, error) {
	frames := stackOf().frames
	if depth < 0 {
		depth = 0
	}
	if depth >= len(frames) {
		return nil, py.ExceptionNewf(py.ValueError, "call stack is not deep enough")
	}
	k := len(frames) - 1 - depth
	below := append([]*py.Frame(nil), frames[:k]...)
	return &Frame{f: frames[k], below: below}, nil
}

// code is the frame's code object.
func (fr *Frame) code() *py.Code {
	if c, ok := moduleCodes[fr.f]; ok {
		return c
	}
	return fr.f.Code
}

// Lineno is the line the frame is executing.
func (fr *Frame) Lineno() int {
	lasti := fr.f.Lasti - 1
	if lasti < 0 {
		lasti = 0
	}
	return int(fr.f.Code.Addr2Line(lasti))
}

// callerLocals is locals() of the innermost running frame: the scope that
// called dir() or vars() without an argument.
func callerLocals() (py.Object, error) {
	f := CurrentFrame()
	if f == nil {
		return nil, pyErr(py.SystemError, "no current frame")
	}
	return (&Frame{f: f}).Locals(), nil
}

// Locals returns the frame's local variables as a dict.
func (fr *Frame) Locals() py.Object {
	f := fr.f
	if f.Code.Flags&py.CO_NEWLOCALS == 0 || len(f.LocalVars) == 0 && len(f.CellAndFreeVars) == 0 {
		if f.Locals != nil {
			return f.Locals
		}
		return py.NewStringDict()
	}
	d := py.NewStringDict()
	for i, v := range f.LocalVars {
		if v != nil && i < len(f.Code.Varnames) {
			d[f.Code.Varnames[i]] = v
		}
	}
	names := append(append([]string(nil), f.Code.Cellvars...), f.Code.Freevars...)
	for i, c := range f.CellAndFreeVars {
		if cell, ok := c.(*py.Cell); ok && i < len(names) {
			if v := cell.Get(); v != nil {
				d[names[i]] = v
			}
		}
	}
	return d
}

func init() {
	get := func(name string, fn func(fr *Frame) py.Object) {
		FrameType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			fr, ok := self.(*Frame)
			if !ok {
				return nil, noAttr(self, name)
			}
			return fn(fr), nil
		}}
	}
	get("f_code", func(fr *Frame) py.Object { return fr.code() })
	get("f_lineno", func(fr *Frame) py.Object { return py.Int(fr.Lineno()) })
	get("f_lasti", func(fr *Frame) py.Object { return py.Int(fr.f.Lasti) })
	get("f_globals", func(fr *Frame) py.Object { return fr.f.Globals })
	get("f_builtins", func(fr *Frame) py.Object { return fr.f.Builtins })
	get("f_locals", func(fr *Frame) py.Object { return fr.Locals() })
	get("f_trace", func(fr *Frame) py.Object { return py.None })
	get("f_back", func(fr *Frame) py.Object {
		if len(fr.below) == 0 {
			return py.None
		}
		k := len(fr.below) - 1
		return &Frame{f: fr.below[k], below: fr.below[:k]}
	})
	FrameType.Dict["clear"] = py.MustNewMethod("clear", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.None, nil
	}, 0, "Clear all references held by the frame.")
	FrameType.Dict["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		fr, ok := self.(*Frame)
		if !ok {
			return nil, noAttr(self, "__repr__")
		}
		c := fr.code()
		return py.String(fmt.Sprintf("<frame at %p, file '%s', line %d, code %s>", fr.f, c.Filename, fr.Lineno(), c.Name)), nil
	}, 0, "Return repr(self).")
}

// frameAt returns the frame depth levels below the innermost one.
func frameAt(depth int) (*py.Frame, error) {
	frames := stackOf().frames
	if depth < 0 || depth >= len(frames) {
		return nil, py.ExceptionNewf(py.ValueError, "call stack is not deep enough")
	}
	return frames[len(frames)-1-depth], nil
}

// FrameVar reads the variable name of the frame depth levels down (a
// fast local, a cell or a name of its namespace); nil when it is unbound.
func FrameVar(depth int, name string) (py.Object, error) {
	f, err := frameAt(depth)
	if err != nil {
		return nil, err
	}
	for i, n := range f.Code.Varnames {
		if n == name && i < len(f.LocalVars) {
			return f.LocalVars[i], nil
		}
	}
	if c := frameCell(f, name); c != nil {
		return c.Get(), nil
	}
	if f.Code.Flags&py.CO_NEWLOCALS == 0 && f.Locals != nil {
		return f.Locals[name], nil
	}
	return nil, py.ExceptionNewf(py.SystemError, "no variable '%s' in the frame of %s()", name, f.Code.Name)
}

// SetFrameVar binds (value not nil) or unbinds the variable name of the
// frame depth levels down: the match statement's captures (the pre-pass
// makes every capture name a variable of the function).
func SetFrameVar(depth int, name string, value py.Object) error {
	f, err := frameAt(depth)
	if err != nil {
		return err
	}
	for i, n := range f.Code.Varnames {
		if n == name && i < len(f.LocalVars) {
			f.LocalVars[i] = value
			return nil
		}
	}
	if c := frameCell(f, name); c != nil {
		if value == nil {
			c.Delete()
		} else {
			c.Set(value)
		}
		return nil
	}
	if f.Code.Flags&py.CO_NEWLOCALS == 0 && f.Locals != nil {
		if value == nil {
			delete(f.Locals, name)
		} else {
			f.Locals[name] = value
		}
		return nil
	}
	return py.ExceptionNewf(py.SystemError, "no variable '%s' in the frame of %s()", name, f.Code.Name)
}

// frameCell returns the cell of a cell or free variable of f, or nil.
func frameCell(f *py.Frame, name string) *py.Cell {
	names := append(append([]string(nil), f.Code.Cellvars...), f.Code.Freevars...)
	for i, n := range names {
		if n == name && i < len(f.CellAndFreeVars) {
			c, _ := f.CellAndFreeVars[i].(*py.Cell)
			return c
		}
	}
	return nil
}
