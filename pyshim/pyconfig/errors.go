package pyconfig

import (
	"errors"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// errorAt returns the traceback text of err (a Python error) and the last
// line of file it passed through (a SyntaxError's line for a file that did
// not compile); 0 when err never ran in file.
func errorAt(err error, file string) (msg string, line int) {
	var pe *python.PyError
	if !errors.As(err, &pe) {
		return err.Error(), 0
	}
	if pe.Info != nil {
		line = python.LastLineIn(pe.Info.Traceback, file)
		if line == 0 {
			line = syntaxErrorLine(pe.Info.Value)
		}
	}
	return pe.Error(), line
}

// syntaxErrorLine digs the line number out of a SyntaxError value.
func syntaxErrorLine(v py.Object) int {
	exc, ok := v.(*py.Exception)
	if !ok {
		return 0
	}
	if ln, ok := exc.Dict["lineno"].(py.Int); ok {
		return int(ln)
	}
	if args, ok := exc.Args.(py.Tuple); ok && len(args) == 2 {
		if t, ok := args[1].(py.Tuple); ok && len(t) >= 2 {
			if ln, ok := t[1].(py.Int); ok {
				return int(ln)
			}
		}
	}
	return 0
}

// lastLine is the last line of a traceback: "ValueError: message".
func lastLine(s string) string {
	for len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '\n' {
			return s[i+1:]
		}
	}
	return s
}
