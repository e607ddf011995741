package sysmods

import (
	"os"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// ctxOf returns the context of a module-level Go function's module.
func ctxOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

func sysGlobals(self py.Object) (py.StringDict, error) {
	ctx := ctxOf(self)
	if ctx == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "no interpreter context")
	}
	m, err := ctx.GetModule("sys")
	if err != nil {
		return nil, err
	}
	return m.Globals, nil
}

// isSubclass implements issubclass for Go and Python classes.
func isSubclass(a, b py.Object) (bool, error) {
	at, ok := a.(*py.Type)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
	}
	if t, ok := b.(py.Tuple); ok {
		for _, x := range t {
			r, err := isSubclass(a, x)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	bt, ok := b.(*py.Type)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	if at == bt {
		return true, nil
	}
	if at.IsSubtype(bt) {
		return true, nil
	}
	// Walk bases (Python classes built without an MRO).
	for _, base := range at.Bases {
		if r, _ := isSubclass(base, bt); r {
			return true, nil
		}
	}
	if at.Base != nil && at.Base != at {
		return isSubclass(at.Base, bt)
	}
	return false, nil
}

// The private helper module used by this package's Python-source modules.
func helperInit() {
	register("_gwb_sys", "gowikibot: helpers for the Python-written standard modules.", map[string]interface{}{
		// frame_get(depth, name) -> (bound, value) and frame_set(depth,
		// name[, value]) read and (un)bind a variable of a running frame
		// (the match statement's captures: _gwb_match).
		"frame_get": func(self py.Object, args py.Tuple) (py.Object, error) {
			var depth, name py.Object
			if err := py.UnpackTuple(args, nil, "frame_get", 2, 2, &depth, &name); err != nil {
				return nil, err
			}
			d, _ := depth.(py.Int)
			n, _ := name.(py.String)
			v, err := classes.FrameVar(int(d), string(n))
			if err != nil {
				return nil, err
			}
			if v == nil {
				return py.Tuple{py.False, py.None}, nil
			}
			return py.Tuple{py.True, v}, nil
		},
		"frame_set": func(self py.Object, args py.Tuple) (py.Object, error) {
			var depth, name, value py.Object
			if err := py.UnpackTuple(args, nil, "frame_set", 2, 3, &depth, &name, &value); err != nil {
				return nil, err
			}
			d, _ := depth.(py.Int)
			n, _ := name.(py.String)
			return py.None, classes.SetFrameVar(int(d), string(n), value)
		},
		"issubclass": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "issubclass", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			r, err := isSubclass(a, b)
			return py.NewBool(r), err
		},
		"isinstance": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "isinstance", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			r, err := isSubclass(a.Type(), b)
			return py.NewBool(r), err
		},
		"get_sys": func(self, name py.Object) (py.Object, error) {
			g, err := sysGlobals(self)
			if err != nil {
				return nil, err
			}
			s, _ := name.(py.String)
			if v, ok := g[string(s)]; ok {
				return v, nil
			}
			return py.None, nil
		},
		"set_sys": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "set_sys", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			g, err := sysGlobals(self)
			if err != nil {
				return nil, err
			}
			s, _ := a.(py.String)
			g[string(s)] = b
			return py.None, nil
		},
		"builtin": func(self, name py.Object) (py.Object, error) {
			ctx := ctxOf(self)
			s, _ := name.(py.String)
			if v, ok := ctx.Store().Builtins.Globals[string(s)]; ok {
				return v, nil
			}
			return py.None, nil
		},
		"join": func(self py.Object, args py.Tuple) (py.Object, error) {
			var sep, items py.Object
			if err := py.UnpackTuple(args, nil, "join", 2, 2, &sep, &items); err != nil {
				return nil, err
			}
			parts, err := toSlice(items)
			if err != nil {
				return nil, err
			}
			ss := make([]string, len(parts))
			for i, p := range parts {
				s, ok := p.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", i, typeName(p))
				}
				ss[i] = string(s)
			}
			return py.String(strings.Join(ss, string(sep.(py.String)))), nil
		},
		"lower": func(self, s py.Object) (py.Object, error) {
			return py.String(strings.ToLower(string(s.(py.String)))), nil
		},
		"upper": func(self, s py.Object) (py.Object, error) {
			return py.String(strings.ToUpper(string(s.(py.String)))), nil
		},
		"rjust": func(self py.Object, args py.Tuple) (py.Object, error) {
			s := string(args[0].(py.String))
			n := int(args[1].(py.Int))
			for len([]rune(s)) < n {
				s = " " + s
			}
			return py.String(s), nil
		},
		"ljust": func(self py.Object, args py.Tuple) (py.Object, error) {
			s := string(args[0].(py.String))
			n := int(args[1].(py.Int))
			for len([]rune(s)) < n {
				s += " "
			}
			return py.String(s), nil
		},
		"format_mapping": func(self py.Object, args py.Tuple) (py.Object, error) {
			var f, o py.Object
			if err := py.UnpackTuple(args, nil, "format_mapping", 2, 2, &f, &o); err != nil {
				return nil, err
			}
			s, err := formatMapping(string(f.(py.String)), o)
			return py.String(s), err
		},
		"exc_info": func(self py.Object) (py.Object, error) {
			return currentExcInfo(), nil
		},
		"class_names": func(self py.Object, args py.Tuple) (py.Object, error) {
			// class_names(filename, qualname): the names used in the class
			// body in first-use order (definition order of its members).
			if len(args) != 2 {
				return py.NewList(), nil
			}
			f, _ := args[0].(py.String)
			q, _ := args[1].(py.String)
			return py.NewListFromStrings(classBodyNames(string(f), string(q))), nil
		},
		"is_type": func(self, o py.Object) (py.Object, error) {
			_, ok := o.(*py.Type)
			return py.NewBool(ok), nil
		},
		"is_exception": func(self, o py.Object) (py.Object, error) {
			_, ok := o.(*py.Exception)
			return py.NewBool(ok), nil
		},
		"type_name": func(self, o py.Object) (py.Object, error) {
			if t, ok := o.(*py.Type); ok {
				return py.String(t.Name), nil
			}
			return py.String(o.Type().Name), nil
		},
		"exc_args": func(self, o py.Object) (py.Object, error) {
			if e, ok := o.(*py.Exception); ok {
				return e.Args, nil
			}
			return py.Tuple{}, nil
		},
		"format_exc_line": func(self, o py.Object) (py.Object, error) {
			return py.String(excLine(o)), nil
		},
		"frozen_source": func(self, name py.Object) (py.Object, error) {
			// frozen_source(module name): the source of a standard module
			// written in Python ("" for another), for inspect's source
			// functions on its classes and functions ("<frozen NAME>")
			s, ok := name.(py.String)
			if !ok {
				return py.String(""), nil
			}
			return py.String(pySourceOf(string(s))), nil
		},
		"source_line": func(self py.Object, args py.Tuple) (py.Object, error) {
			// source_line(filename, lineno): the stripped line a traceback
			// shows, embedded modules included
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "source_line(filename, lineno)")
			}
			file, ok1 := args[0].(py.String)
			n, ok2 := args[1].(py.Int)
			if !ok1 || !ok2 {
				return py.String(""), nil
			}
			return py.String(sourceLineOf(string(file), int(n))), nil
		},
		"tb_position": func(self, o py.Object) (py.Object, error) {
			// tb_position(tb): (colno, end_colno, position line) of a
			// traceback entry as traceback.py shows it, or None
			tb, ok := o.(*py.Traceback)
			if !ok || TracebackPosition == nil {
				return py.None, nil
			}
			col, end, carets, ok := TracebackPosition(tb)
			if !ok {
				return py.None, nil
			}
			return py.Tuple{py.Int(col), py.Int(end), py.String(carets)}, nil
		},
		"format_tb": func(self, o py.Object) (py.Object, error) {
			e, ok := o.(*py.Exception)
			if !ok {
				return py.String(""), nil
			}
			tb, _ := e.Traceback.(*py.Traceback)
			return py.String(formatTB(tb)), nil
		},
	}, py.StringDict{
		"ArgumentError":     ArgumentErrorType,
		"ArgumentTypeError": ArgumentTypeErrorType,
	})
}

// argparse's exception types (Go-defined so that they can be raised and
// caught whatever the class layer supports).
var (
	ArgumentErrorType     = newExceptionType("ArgumentError", "An error from creating or using an argument (optional or positional).", py.ExceptionType)
	ArgumentTypeErrorType = newExceptionType("ArgumentTypeError", "An error from trying to convert a command line string to a type.", py.ExceptionType)
)

var classCodeCache sync.Map // filename -> *py.Code

// TracebackPosition returns the columns (bytes of the line) of the
// expression a traceback entry's instruction evaluated and the position
// line ("^^^", "~~^~~", "" for none) traceback.py prints under its source
// line (set by the interpreter package, which works them out).
var TracebackPosition func(tb *py.Traceback) (col, endCol int, carets string, ok bool)

// RegisteredSource returns the source registered for a file name that is
// not on disk (an embedded module, "<gowikibot>/pywikibot/x.py"); set by
// package python. classBodyNames reads it so that an Enum of an embedded
// module keeps its members' definition order.
var RegisteredSource func(filename string) (string, bool)

// classBodyNames compiles filename and returns co_names of the body of the
// class named by qualname (nested classes by dotted path).
func classBodyNames(filename, qualname string) []string {
	var code *py.Code
	if c, ok := classCodeCache.Load(filename); ok {
		code = c.(*py.Code)
	} else {
		var src string
		if data, err := os.ReadFile(filename); err == nil {
			src = string(data)
		} else if text, ok := lookupRegisteredSource(filename); ok {
			src = text
		} else {
			return nil
		}
		var err error
		code, err = py.Compile(src, filename, py.ExecMode, 0, true)
		if err != nil {
			return nil
		}
		classCodeCache.Store(filename, code)
	}
	parts := strings.Split(qualname, ".")
	cur := code
	for _, p := range parts {
		if p == "<locals>" {
			continue
		}
		next := findCode(cur, p)
		if next == nil {
			return nil
		}
		cur = next
	}
	return append([]string{}, cur.Names...)
}

func lookupRegisteredSource(filename string) (string, bool) {
	if RegisteredSource == nil {
		return "", false
	}
	return RegisteredSource(filename)
}

func findCode(c *py.Code, name string) *py.Code {
	for _, k := range c.Consts {
		if sub, ok := k.(*py.Code); ok {
			if sub.Name == name {
				return sub
			}
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*py.Code); ok {
			if r := findCode(sub, name); r != nil {
				return r
			}
		}
	}
	return nil
}

// excLine is "Type: message" as CPython's last traceback line.
func excLine(o py.Object) string {
	for _, m := range o.Type().Mro {
		if t, ok := m.(*py.Type); ok && t.Name == "BaseExceptionGroup" {
			// its __str__ (message and count) and args of any kind
			return classes.FormatExceptionLine(o)
		}
	}
	name := o.Type().Name
	msg := ""
	if e, ok := o.(*py.Exception); ok {
		if args, ok := e.Args.(py.Tuple); ok {
			switch len(args) {
			case 0:
			case 1:
				if e.Type().IsSubtype(py.KeyError) {
					msg, _ = repr(args[0])
				} else {
					msg, _ = str(args[0])
				}
			default:
				msg, _ = str(args)
			}
		}
	} else {
		msg, _ = str(o)
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

func formatTB(tb *py.Traceback) string {
	out := ""
	for ; tb != nil; tb = tb.Next {
		name, file := "<module>", "<unknown>"
		if tb.Frame != nil && tb.Frame.Code != nil {
			name, file = tb.Frame.Code.Name, tb.Frame.Code.Filename
		}
		lineno := classes.TracebackLine(tb)
		out += "  File \"" + file + "\", line " + itoa(lineno) + ", in " + name + "\n"
		if l := sourceLineOf(file, lineno); l != "" {
			out += "    " + l + "\n"
			if TracebackPosition != nil {
				if _, _, carets, ok := TracebackPosition(tb); ok && carets != "" {
					out += "    " + carets + "\n"
				}
			}
		}
	}
	return out
}

func init() { helperInit() }
