package python

import (
	"github.com/go-python/gpython/py"
)

// chainPrefix renders the exceptions chained to v as CPython prints them
// before v's own traceback: its __cause__ (raise ... from ...) or, unless
// __suppress_context__, its __context__, each with its traceback (stored
// when it was caught) and the line that links it to the next. seen stops
// cycles.
func chainPrefix(v py.Object, seen map[py.Object]bool) string {
	e, ok := v.(*py.Exception)
	if !ok || seen[v] {
		return ""
	}
	seen[v] = true
	link := ""
	var prev *py.Exception
	if c, ok := e.Cause.(*py.Exception); ok {
		prev, link = c, "\nThe above exception was the direct cause of the following exception:\n\n"
	} else if c, ok := e.Context.(*py.Exception); ok && !e.SuppressContext {
		prev, link = c, "\nDuring handling of the above exception, another exception occurred:\n\n"
	}
	if prev == nil || seen[prev] {
		return ""
	}
	tb, _ := prev.Traceback.(*py.Traceback)
	info := &py.ExceptionInfo{Type: prev.Type(), Value: prev, Traceback: tb}
	return formatTraceback(info, seen) + link
}
