package methods

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
)

// syntaxErrAttrs are the attributes CPython's SyntaxError always has
// (None until given).
var syntaxErrAttrs = []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
// end_offset])) made from Python code gets CPython's attributes, and
// every SyntaxError (the compiler's too) CPython's str(): the message,
// then "(file, line N)" with the file's base name. gpython keeps the
// arguments only, so that str() was the args tuple; pywikibot's exit
// hook prints str() of a script's SyntaxError.
func init() {
	for _, t := range []*py.Type{py.SyntaxError, py.IndentationError, py.TabError} {
		t := t
		// gpython's exception types have no Init of their own: set both
		// (as for UnicodeDecodeError).
		t.Init = func(self py.Object, args py.Tuple, kw py.StringDict) error {
			return syntaxErrInit(t, self, args, kw)
		}
		t.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			// read from the class (a subclass's T.__init__(self, ...)),
			// gpython passes the module as self and the instance first
			self, args, err := classes.NormSelf(self, args, "__init__")
			if err != nil {
				return nil, err
			}
			return py.None, syntaxErrInit(t, self, args, kw)
		}, 0, "Initialize self.")
	}
	classes.RegisterExcStr(py.SyntaxError, syntaxErrStr)
}

// syntaxErrInit stores args and, as CPython, the message and the
// details tuple's fields as attributes.
func syntaxErrInit(t *py.Type, self py.Object, args py.Tuple, kw py.StringDict) error {
	e, ok := self.(*py.Exception)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a '%s' object but received a '%s'", t.Name, self.Type().Name)
	}
	if len(kw) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", e.Type().Name)
	}
	if e.Dict == nil {
		e.Dict = py.NewStringDict()
	}
	for _, name := range syntaxErrAttrs {
		if _, ok := e.Dict[name]; !ok {
			e.Dict[name] = py.None
		}
	}
	e.Args = append(py.Tuple{}, args...)
	if len(args) >= 1 {
		e.Dict["msg"] = args[0]
	}
	if len(args) == 2 {
		info, err := py.SequenceTuple(args[1])
		if err != nil {
			return err
		}
		if len(info) < 4 || len(info) > 6 {
			return py.ExceptionNewf(py.IndexError, "tuple index out of range")
		}
		for i, name := range syntaxErrAttrs[1 : 1+len(info)] {
			e.Dict[name] = info[i]
		}
	}
	return nil
}

// syntaxErrStr is CPython's SyntaxError.__str__: str(msg) with
// " (file, line N)", " (file)" or " (line N)" as the attributes allow
// (file is the base name). An exception without a message attribute
// falls back to BaseException's str (ok is false).
func syntaxErrStr(e *py.Exception) (py.Object, bool, error) {
	msg, ok := e.Dict["msg"]
	if !ok {
		return nil, false, nil
	}
	s, err := py.Str(msg)
	if err != nil {
		return nil, false, err
	}
	text, _ := s.(py.String)
	file := ""
	if f, ok := e.Dict["filename"].(py.String); ok {
		file = string(f)[strings.LastIndex(string(f), "/")+1:]
	}
	lineno, hasLine := e.Dict["lineno"].(py.Int)
	switch {
	case file != "" && hasLine:
		return py.String(fmt.Sprintf("%s (%s, line %d)", text, file, lineno)), true, nil
	case file != "":
		return py.String(fmt.Sprintf("%s (%s)", text, file)), true, nil
	case hasLine:
		return py.String(fmt.Sprintf("%s (line %d)", text, lineno)), true, nil
	}
	return text, true, nil
}
