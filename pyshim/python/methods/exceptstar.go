package methods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// The run time of except* (PEP 654). gpython v0.2.0's grammar is 3.4's,
// without except* (see package upstream for the index of gaps); the
// pre-pass (prepass/exceptstar.go) rewrites, on the same lines,
//
//	try:                       with __pyshim_exstar__(K, F) as ES:
//	    BODY                       BODY
//	except* T as e:            with ES, ES.match(T, 'e') as e:
//	    HANDLER                    HANDLER   (a bare raise: raise ES.reraise())
//	else:                      with ES, ES.orelse():
//	finally:                   with ES.final():
//
// (K except* clauses; F: 1 with else, 2 with finally). ES records the
// body's exception; each clause's guard takes the part of what is left
// that matches T (or skips the body with a private exception ES
// swallows) and makes it the handled exception (sys.exc_info()) while
// the handler runs; ES collects what handlers raise. After the last
// clause (with a finally: at its end) the exception CPython's
// _PyExc_PrepReraiseStar makes is raised. The group logic (split,
// wrapping a naked exception, the result) is star_match and star_result
// in lib/sysmods/pysrc/_gwb_excgroup.py.

// exStarType is the type of the state of one running try statement.
var exStarType = py.NewType("__pyshim_exstar__", "the state of a try statement with except* clauses (gowikibot)")

// exGuardType is the type of the context manager of one except* clause.
var exGuardType = py.NewType("__pyshim_exstar_guard__", "one except* clause (gowikibot)")

// exFinalType is the type of the context manager of the finally clause.
var exFinalType = py.NewType("__pyshim_exstar_final__", "the finally clause of a try statement with except* (gowikibot)")

// exSkip is raised by a guard whose clause matches nothing; the state
// swallows it.
var exSkip = py.ExceptionType.NewType("__pyshim_exstar_skip__", "no match (gowikibot)", nil, nil)

const (
	exHasElse    = 1
	exHasFinally = 2
)

// exStar is one running try statement with except* clauses.
type exStar struct {
	builtins py.StringDict
	clauses  int
	flags    int
	phase    int // 0: the body; 1: the clauses; 2: else
	seen     int // clauses left
	orig     py.Object
	rest     py.Object
	cur      py.Object // the match of the running handler
	bare     bool      // the running handler re-raised cur (bare raise)
	entered  bool      // the running clause's guard was entered
	raised   []py.Object
	reraised []py.Object
	pending  py.Object // raised at the end of the finally clause
}

// Type returns the state's type.
func (s *exStar) Type() *py.Type { return exStarType }

type exGuard struct {
	s      *exStar
	typ    py.Object
	target string // the handler's "as" name, unbound at its end ("" none)
}

// Type returns the guard's type.
func (g *exGuard) Type() *py.Type { return exGuardType }

type exFinal struct{ s *exStar }

// Type returns the finally manager's type.
func (f *exFinal) Type() *py.Type { return exFinalType }

// helper calls NAME of _gwb_excgroup.
func (s *exStar) helper(name string, args ...py.Object) (py.Object, error) {
	imp, ok := s.builtins["__import__"]
	if !ok {
		return nil, py.ExceptionNewf(py.ImportError, "__import__ not found")
	}
	mod, err := py.Call(imp, py.Tuple{py.String("_gwb_excgroup")}, nil)
	if err != nil {
		return nil, err
	}
	fn, err := py.GetAttrString(mod, name)
	if err != nil {
		return nil, err
	}
	return py.Call(fn, py.Tuple(args), nil)
}

// exValue returns the exception value of an __exit__ call, with its
// traceback attached, or nil for none.
func exValue(v, tb py.Object) py.Object {
	if v == nil || v == py.None {
		return nil
	}
	if e, ok := v.(*py.Exception); ok {
		if t, ok := tb.(*py.Traceback); ok && t != nil && (e.Traceback == nil || e.Traceback == py.None) {
			e.Traceback = t
		}
	}
	return v
}

// raiseHere returns the error that raises exception object o from the
// running frame at the end of the try statement as CPython re-raises it:
// with its own traceback, whose entry for this frame (the exception was
// raised or caught in it) keeps its line; the VM adds an entry for the
// running frame at its last instruction, so that entry is taken off o's
// traceback and the frame's last instruction set back to it. A new group
// (no traceback) gets no entry for this frame, as in CPython.
func raiseHere(o py.Object) error {
	e, ok := o.(*py.Exception)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
	}
	tb, _ := e.Traceback.(*py.Traceback)
	f := classes.CurrentFrame()
	if f != nil && tb == nil {
		// a new group: no entry for this frame
		classes.NoEntryFor(e, f)
	}
	if f != nil && tb != nil && tb.Frame == f {
		f.Lasti = tb.Lasti
		tb = tb.Next
		if tb == nil {
			e.Traceback = nil
		} else {
			e.Traceback = tb
		}
	}
	return py.ExceptionInfo{Type: e.Type(), Value: e, Traceback: tb}
}

func isSkip(v py.Object) bool {
	return v != nil && v != py.None && v.Type() == exSkip
}

// exit is the state's __exit__.
func (s *exStar) exit(t, v, tb py.Object) (py.Object, error) {
	val := exValue(v, tb)
	switch s.phase {
	case 0:
		s.phase = 1
		s.orig, s.rest = val, val
		return py.NewBool(val != nil), nil
	case 2:
		if val == nil || isSkip(val) {
			return py.NewBool(val != nil), nil
		}
		if s.flags&exHasFinally != 0 {
			s.pending = val
			return py.True, nil
		}
		return py.False, nil
	}
	s.seen++
	if val != nil && !isSkip(val) && !s.entered {
		// raised by the clause's header (its type expression, or the
		// check of the type): goes on as it is, as in CPython, raised
		// while the body's exception was handled
		if e, ok := val.(*py.Exception); ok && s.orig != nil && (e.Context == nil || e.Context == py.None) && val != s.orig {
			e.Context = s.orig
		}
		return py.False, nil
	}
	s.entered = false
	if val != nil && !isSkip(val) {
		if s.bare && val == s.cur {
			s.reraised = append(s.reraised, val)
		} else {
			s.raised = append(s.raised, val)
		}
	}
	s.cur, s.bare = nil, false
	if s.seen < s.clauses || s.orig == nil {
		return py.True, nil
	}
	res, err := s.helper("star_result", s.orig, py.NewListFromItems(s.raised), py.NewListFromItems(s.reraised), noneIfNil(s.rest))
	if err != nil {
		return nil, err
	}
	if res == py.None {
		return py.True, nil
	}
	if s.flags&exHasFinally != 0 {
		s.pending = res
		return py.True, nil
	}
	return nil, raiseHere(res)
}

func noneIfNil(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// enter is a guard's __enter__: the match, made the handled exception, or
// exSkip.
func (g *exGuard) enter() (py.Object, error) {
	s := g.s
	if s.rest == nil {
		return nil, py.ExceptionNewf(exSkip, "")
	}
	r, err := s.helper("star_match", s.rest, g.typ)
	if err != nil {
		return nil, err
	}
	pair, ok := r.(py.Tuple)
	if !ok || len(pair) != 2 {
		return nil, py.ExceptionNewf(py.SystemError, "star_match returned %s", r.Type().Name)
	}
	if pair[1] == py.None {
		s.rest = nil
	} else {
		s.rest = pair[1]
	}
	if pair[0] == py.None {
		return nil, py.ExceptionNewf(exSkip, "")
	}
	s.cur = pair[0]
	s.entered = true
	if e, ok := s.cur.(*py.Exception); ok {
		classes.EnterHandled(e)
	}
	return s.cur, nil
}

// exit is a guard's __exit__: the match is no longer handled.
func (g *exGuard) exit() (py.Object, error) {
	if e, ok := g.s.cur.(*py.Exception); ok {
		classes.LeaveHandled(e)
	}
	if g.target != "" {
		unbind(classes.CurrentFrame(), g.target)
	}
	return py.False, nil
}

// unbind deletes the variable name of frame f, as CPython deletes an
// except handler's target at the handler's end.
func unbind(f *py.Frame, name string) {
	if f == nil {
		return
	}
	if f.Code.Flags&py.CO_NEWLOCALS != 0 {
		for i, v := range f.Code.Varnames {
			if v == name && i < len(f.LocalVars) {
				f.LocalVars[i] = nil
				return
			}
		}
		return
	}
	delete(f.Locals, name)
}

// exit is the finally manager's __exit__: an exception of the finally
// body goes on (after what was pending, as its context); else what was
// pending is raised.
func (f *exFinal) exit(t, v, tb py.Object) (py.Object, error) {
	s := f.s
	if e, ok := s.pending.(*py.Exception); ok {
		classes.LeaveHandled(e)
	}
	if val := exValue(v, tb); val != nil {
		if e, ok := val.(*py.Exception); ok && s.pending != nil && (e.Context == nil || e.Context == py.None) {
			e.Context = s.pending
		}
		return py.False, nil
	}
	if s.pending != nil {
		p := s.pending
		s.pending = nil
		return nil, raiseHere(p)
	}
	return py.False, nil
}

func exitArgs(args py.Tuple) (t, v, tb py.Object, err error) {
	if len(args) != 3 {
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "__exit__ expected 3 arguments, got %d", len(args))
	}
	return args[0], args[1], args[2], nil
}

func init() {
	d := exStarType.Dict
	d["__enter__"] = py.MustNewMethod("__enter__", func(self py.Object) (py.Object, error) { return self, nil }, 0, "")
	d["__exit__"] = py.MustNewMethod("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		t, v, tb, err := exitArgs(args)
		if err != nil {
			return nil, err
		}
		return self.(*exStar).exit(t, v, tb)
	}, 0, "")
	d["match"] = py.MustNewMethod("match", func(self py.Object, args py.Tuple) (py.Object, error) {
		g := &exGuard{s: self.(*exStar)}
		if len(args) == 0 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "match expected 1 or 2 arguments, got %d", len(args))
		}
		g.typ = args[0]
		if len(args) == 2 {
			if n, ok := args[1].(py.String); ok {
				g.target = string(n)
			}
		}
		return g, nil
	}, 0, "")
	d["orelse"] = py.MustNewMethod("orelse", func(self py.Object) (py.Object, error) {
		s := self.(*exStar)
		s.phase = 2
		return &exGuard{s: s}, nil
	}, 0, "")
	d["final"] = py.MustNewMethod("final", func(self py.Object) (py.Object, error) {
		return &exFinal{s: self.(*exStar)}, nil
	}, 0, "")
	d["reraise"] = py.MustNewMethod("reraise", func(self py.Object) (py.Object, error) {
		s := self.(*exStar)
		if s.cur == nil {
			return nil, py.ExceptionNewf(py.RuntimeError, "No active exception to reraise")
		}
		s.bare = true
		return s.cur, nil
	}, 0, "")
	g := exGuardType.Dict
	g["__enter__"] = py.MustNewMethod("__enter__", func(self py.Object) (py.Object, error) {
		gd := self.(*exGuard)
		if gd.typ == nil {
			// else: runs when the body raised nothing
			if gd.s.orig != nil {
				return nil, py.ExceptionNewf(exSkip, "")
			}
			return py.None, nil
		}
		return gd.enter()
	}, 0, "")
	g["__exit__"] = py.MustNewMethod("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		gd := self.(*exGuard)
		if gd.typ == nil {
			return py.False, nil
		}
		return gd.exit()
	}, 0, "")
	f := exFinalType.Dict
	f["__enter__"] = py.MustNewMethod("__enter__", func(self py.Object) (py.Object, error) {
		// the exception to re-raise is the handled one meanwhile
		if e, ok := self.(*exFinal).s.pending.(*py.Exception); ok {
			classes.EnterHandled(e)
		}
		return py.None, nil
	}, 0, "")
	f["__exit__"] = py.MustNewMethod("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		t, v, tb, err := exitArgs(args)
		if err != nil {
			return nil, err
		}
		return self.(*exFinal).exit(t, v, tb)
	}, 0, "")
}

// installExceptStar adds __pyshim_exstar__(K, F), the state of a try
// statement with K except* clauses (F: 1 with else, 2 with finally).
func installExceptStar(b py.StringDict) {
	b["__pyshim_exstar__"] = py.MustNewMethod("__pyshim_exstar__", func(self py.Object, args py.Tuple) (py.Object, error) {
		var k, f py.Object
		if err := py.UnpackTuple(args, nil, "__pyshim_exstar__", 2, 2, &k, &f); err != nil {
			return nil, err
		}
		ki, _ := k.(py.Int)
		fi, _ := f.(py.Int)
		return &exStar{builtins: b, clauses: int(ki), flags: int(fi)}, nil
	}, 0, "__pyshim_exstar__(K, F): a try statement with except* clauses (gowikibot)")
}
