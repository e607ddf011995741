package methods

import (
	"io"
	"os"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

func init() {
	sysmods.StrPercent = func(f string, v py.Object) (string, error) { return PercentFormat(f, v, false) }
}

// Install adds this layer's builtins to ctx: format, round, input, open
// and bytearray. Process-wide additions (methods on gpython's built-in
// types, the bytecode rewrite) are made once, in init functions.
func Install(ctx py.Context) error {
	b := ctx.Store().Builtins.Globals
	b["format"] = py.MustNewMethod("format", builtinFormat, 0, "format(value, format_spec='') -> str")
	b["round"] = py.MustNewMethod("round", builtinRound, 0, "round(number, ndigits=None)")
	b["open"] = py.MustNewMethod("open", Open, 0, "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)")
	b["bytearray"] = ByteArrayType
	b[depthKey] = &depthCounter{ctx: ctx, limit: RecursionLimit}
	if _, ok := b["RecursionError"]; !ok {
		b["RecursionError"] = RecursionErrorType
	}
	installKeywordForms(b)
	installBoolDivmod(b)
	installIndexRadix(b)
	installExceptStar(b)
	installInternalBuiltins(ctx, b)
	if r, ok := b["repr"]; ok && r != nil {
		reprBuiltin.CompareAndSwap(nil, &r)
	}
	b["input"] = py.MustNewMethod("input", func(self py.Object, args py.Tuple) (py.Object, error) {
		return builtinInput(ctx, args)
	}, 0, "input(prompt='') -> str")
	return nil
}

func builtinFormat(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var v, spec py.Object = nil, py.String("")
	if err := py.ParseTupleAndKeywords(args, kw, "O|O:format", []string{"value", "format_spec"}, &v, &spec); err != nil {
		return nil, err
	}
	s, ok := spec.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "format() argument 2 must be str, not %s", spec.Type().Name)
	}
	out, err := FormatValue(v, string(s))
	if err != nil {
		return nil, err
	}
	return py.String(out), nil
}

func sysAttr(ctx py.Context, name string) py.Object {
	m, err := ctx.GetModule("sys")
	if err != nil || m == nil {
		return nil
	}
	return m.Globals[name]
}

// builtinInput writes the prompt to sys.stdout and reads a line from
// sys.stdin (through its readline when it has one, else from the process's
// standard input, one byte at a time so nothing is read ahead).
func builtinInput(ctx py.Context, args py.Tuple) (py.Object, error) {
	if err := nargs("input", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		p, err := py.StrAsString(args[0])
		if err != nil {
			return nil, err
		}
		if out := sysAttr(ctx, "stdout"); out != nil {
			if _, err := callMethod(out, "write", py.String(p)); err != nil {
				return nil, err
			}
			if fl, err := py.GetAttrString(out, "flush"); err == nil {
				_, _ = py.Call(fl, nil, nil)
			}
		} else {
			_, _ = os.Stdout.WriteString(p)
		}
	}
	var line string
	in := sysAttr(ctx, "stdin")
	done := false
	if st, ok := in.(*sysmods.Stream); ok && sysmods.WaitContext != nil && sysmods.InterruptCheck != nil {
		// Ctrl-C ends the wait for the line at once, as at CPython's
		// prompt, so the script's except and finally blocks run.
		l, interrupted, err := st.ReadLineInterruptible(sysmods.WaitContext(ctx).Done())
		if err != nil {
			return nil, err
		}
		if interrupted {
			if err := sysmods.InterruptCheck(ctx); err != nil {
				return nil, err
			}
			return nil, py.ExceptionNewf(py.KeyboardInterrupt, "")
		}
		line, done = l, true
	}
	if in != nil && !done {
		if _, isGo := in.(*py.File); !isGo {
			if rl, err := py.GetAttrString(in, "readline"); err == nil {
				r, err := py.Call(rl, nil, nil)
				if err != nil {
					return nil, err
				}
				s, ok := r.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "object.readline() returned non-string")
				}
				line, done = string(s), true
			}
		}
	}
	if !done {
		var sb strings.Builder
		buf := make([]byte, 1)
		var src io.Reader = os.Stdin
		if f, ok := in.(*py.File); ok && f.File != nil {
			src = f.File
		}
		for {
			n, err := src.Read(buf)
			if n == 1 {
				sb.WriteByte(buf[0])
				if buf[0] == '\n' {
					break
				}
			}
			if err != nil {
				break
			}
		}
		line = sb.String()
	}
	if line == "" {
		return nil, py.ExceptionNewf(py.EOFError, "EOF when reading a line")
	}
	line = strings.TrimSuffix(line, "\n")
	line = strings.TrimSuffix(line, "\r")
	return py.String(line), nil
}

// reprBuiltin is the repr builtin of the first context this layer was
// installed into (the class layer's, which knows instances and
// containers); ReprOf uses it for objects it does not format itself.
var reprBuiltin atomic.Pointer[py.Object]

// StrOf returns str(o) as CPython computes it: str, int and float
// directly, anything else through the str type (whose constructor the
// other layers extend for instances, containers and exceptions).
func StrOf(o py.Object) (string, error) {
	switch x := o.(type) {
	case py.String:
		return string(x), nil
	case py.Int:
		return strconv.FormatInt(int64(x), 10), nil
	case py.Float:
		return ReprFloat(float64(x)), nil
	}
	r, err := py.Call(py.StringType, py.Tuple{o}, nil)
	if err != nil {
		return "", err
	}
	if s, ok := r.(py.String); ok {
		return string(s), nil
	}
	return py.StrAsString(o)
}

// ReprOf returns repr(o) as CPython computes it.
func ReprOf(o py.Object) (string, error) {
	switch x := o.(type) {
	case py.String:
		return py.ReprAsString(x)
	case py.Int:
		return strconv.FormatInt(int64(x), 10), nil
	case py.Float:
		return ReprFloat(float64(x)), nil
	}
	if r := reprBuiltin.Load(); r != nil {
		res, err := py.Call(*r, py.Tuple{o}, nil)
		if err != nil {
			return "", err
		}
		if s, ok := res.(py.String); ok {
			return string(s), nil
		}
		return "", py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", res.Type().Name)
	}
	return py.ReprAsString(o)
}
