package python

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// tbContext is CPython's _ExceptionPrintContext (traceback.py; the same
// layout as pythonrun.c's print_exception_group): the depth of exception
// groups being printed, whose lines get a margin, and whether the
// innermost group's box still needs its closing line.
type tbContext struct {
	depth     int
	needClose bool
}

// CPython's limits of a printed exception group (TracebackException's
// max_group_width and max_group_depth).
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// indent is the margin's indentation.
func (c *tbContext) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text, each of its lines with the margin (margin char mc:
// '|', or '+' for the header of an outermost group) when inside a group.
func (c *tbContext) emit(b *bytes.Buffer, text string, mc byte) {
	if c.depth == 0 {
		b.WriteString(text)
		return
	}
	prefix := c.indent() + string(mc) + " "
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			b.WriteString(prefix + line)
		}
	}
}

// writeChain writes the exceptions chained to v as CPython prints them
// before v's own traceback: its __cause__ (raise ... from ...) or, unless
// __suppress_context__, its __context__, each with its traceback (stored
// when it was caught) and the line that links it to the next. seen stops
// cycles.
func writeChain(b *bytes.Buffer, c *tbContext, v py.Object, seen map[py.Object]bool) {
	e, ok := v.(*py.Exception)
	if !ok || seen[v] {
		return
	}
	seen[v] = true
	link := ""
	var prev *py.Exception
	if x, ok := e.Cause.(*py.Exception); ok {
		prev, link = x, "\nThe above exception was the direct cause of the following exception:\n\n"
	} else if x, ok := e.Context.(*py.Exception); ok && !e.SuppressContext {
		prev, link = x, "\nDuring handling of the above exception, another exception occurred:\n\n"
	}
	if prev == nil || seen[prev] {
		return
	}
	tb, _ := prev.Traceback.(*py.Traceback)
	writeException(b, c, &py.ExceptionInfo{Type: prev.Type(), Value: prev, Traceback: tb}, seen)
	c.emit(b, link, '|')
}

// groupMembers returns the exceptions of an exception group (an instance
// of the builtin BaseExceptionGroup), or ok false.
func groupMembers(v py.Object) (py.Tuple, bool) {
	e, ok := v.(*py.Exception)
	if !ok {
		return nil, false
	}
	isGroup := false
	for _, m := range e.Type().Mro {
		if t, ok := m.(*py.Type); ok && t.Name == "BaseExceptionGroup" {
			if mod, _ := t.Dict["__module__"].(py.String); mod == "builtins" {
				isGroup = true
				break
			}
		}
	}
	if !isGroup {
		return nil, false
	}
	x, err := py.GetAttrString(v, "exceptions")
	if err != nil {
		return nil, false
	}
	t, ok := x.(py.Tuple)
	return t, ok
}

// writeException writes an exception as CPython prints it: its chain,
// its traceback and its last line; an exception group as its box of
// numbered members, each printed the same way inside it.
func writeException(b *bytes.Buffer, c *tbContext, info *py.ExceptionInfo, seen map[py.Object]bool) {
	if s, ok := syntaxErrorBlock(info); ok {
		c.emit(b, s, '|')
		return
	}
	writeChain(b, c, info.Value, seen)
	members, group := groupMembers(info.Value)
	if !group {
		if info.Traceback != nil {
			var fb bytes.Buffer
			fb.WriteString("Traceback (most recent call last):\n")
			writeFrames(&fb, info.Traceback)
			c.emit(b, fb.String(), '|')
		}
		c.emit(b, exceptionLine(info)+suggestion(info)+"\n", '|')
		return
	}
	if c.depth > maxGroupDepth {
		c.emit(b, fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
		return
	}
	top := c.depth == 0
	if top {
		c.depth++
	}
	if info.Traceback != nil {
		mc := byte('|')
		if top {
			mc = '+'
		}
		c.emit(b, "Exception Group Traceback (most recent call last):\n", mc)
		var fb bytes.Buffer
		writeFrames(&fb, info.Traceback)
		c.emit(b, fb.String(), '|')
	}
	c.emit(b, exceptionLine(info)+"\n", '|')
	n := len(members)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	c.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			c.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := fmt.Sprint(i + 1)
		if truncated {
			title = "..."
		}
		open := "  "
		if i == 0 {
			open = "+-"
		}
		b.WriteString(c.indent() + open + "+---------------- " + title + " ----------------\n")
		c.depth++
		if !truncated {
			sub := members[i]
			var tb *py.Traceback
			if e, ok := sub.(*py.Exception); ok {
				tb, _ = e.Traceback.(*py.Traceback)
			}
			writeException(b, c, &py.ExceptionInfo{Type: sub.Type(), Value: sub, Traceback: tb}, seen)
		} else {
			rest := len(members) - maxGroupWidth
			plural := ""
			if rest > 1 {
				plural = "s"
			}
			c.emit(b, fmt.Sprintf("and %d more exception%s\n", rest, plural), '|')
		}
		if last && c.needClose {
			b.WriteString(c.indent() + "+------------------------------------\n")
			c.needClose = false
		}
		c.depth--
	}
	if top {
		c.depth = 0
	}
}
