package classes

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// gpython's YIELD_FROM leaves the sub-iterator, not its return value, as
// the value of "yield from". Assignments "x = yield from E" and
// "return (yield from E)" are rewritten (on the same line) to
// "x = (yield from __pyshim_yf__(E)).value": the wrapper runs the
// sub-generator itself and keeps the value it returns.

var (
	yfAssignRe = lazyRegexp(`^([ \t]*[A-Za-z_][A-Za-z_0-9.\[\], \t]*?=[ \t]*)yield[ \t]+from[ \t]+(.+?)([ \t]*(?:#.*)?)$`)
	yfReturnRe = lazyRegexp(`^([ \t]*return[ \t]+)\([ \t]*yield[ \t]+from[ \t]+(.+?)\)([ \t]*(?:#.*)?)$`)
)

func rewriteYieldFrom(src string) string {
	if !strings.Contains(src, "yield from") {
		return src
	}
	lines := strings.Split(src, "\n")
	changed := false
	for i, line := range lines {
		if !strings.Contains(line, "yield from") {
			continue
		}
		cr := ""
		if strings.HasSuffix(line, "\r") {
			line, cr = line[:len(line)-1], "\r"
		}
		var m []string
		if m = yfAssignRe().FindStringSubmatch(line); m == nil {
			m = yfReturnRe().FindStringSubmatch(line)
		}
		if m == nil || strings.Contains(m[2], "#") {
			continue
		}
		if e := strings.TrimRight(m[2], " \t"); strings.HasSuffix(e, "\\") && m[3] == "" && m[1] != "" && !strings.HasPrefix(strings.TrimLeft(m[1], " \t"), "return") {
			// E goes on over backslash continuations: close the
			// wrapper on its last line
			j, expr := i, m[2]
			for j+1 < len(lines) && strings.HasSuffix(strings.TrimRight(lines[j], " \t\r"), "\\") {
				j++
				expr += "\n" + lines[j]
			}
			last := strings.TrimRight(lines[j], "\r")
			if j == i || strings.Contains(last, "#") || !balanced(strings.ReplaceAll(expr, "\\\n", "")) {
				continue
			}
			lines[i] = m[1] + "(yield from __pyshim_yf__(" + m[2] + cr
			lines[j] = last + ")).value" + lines[j][len(last):]
			changed = true
			continue
		}
		if !balanced(m[2]) {
			continue
		}
		lines[i] = m[1] + "(yield from __pyshim_yf__(" + m[2] + ")).value" + m[3] + cr
		changed = true
	}
	if !changed {
		return src
	}
	return strings.Join(lines, "\n")
}

func balanced(s string) bool {
	depth := 0
	var quote rune
	for _, c := range s {
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0 && quote == 0
}

var yieldFromType = py.NewType("yield_from", "sub-iterator of a yield from expression")

func init() {
	yieldFromType.Dict["value"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return orNone(self.(*yieldFrom).value), nil
	}}
}

// yieldFrom delegates to a sub-iterator and records its return value.
type yieldFrom struct {
	it    py.Object
	value py.Object
	done  bool
}

func (y *yieldFrom) Type() *py.Type                { return yieldFromType }
func (y *yieldFrom) M__iter__() (py.Object, error) { return y, nil }
func (y *yieldFrom) M__next__() (py.Object, error) { return y.Send(py.None) }

// Send resumes the sub-iterator with v.
func (y *yieldFrom) Send(v py.Object) (py.Object, error) {
	if y.done {
		return nil, py.StopIteration
	}
	if g, ok := y.it.(*py.Generator); ok {
		if g.Running {
			return nil, pyErr(py.ValueError, "generator already executing")
		}
		if g.Frame.Lasti == 0 {
			if v != py.None {
				return nil, pyErr(py.TypeError, "can't send non-None value to a just-started generator")
			}
		} else {
			if !g.Frame.Yielded {
				y.done = true
				return nil, py.StopIteration
			}
			g.Frame.Stack = append(g.Frame.Stack, v)
		}
		g.Running = true
		res, err := py.VmRunFrame(g.Frame)
		g.Running = false
		if err != nil {
			y.done = true
			return nil, err
		}
		if g.Frame.Yielded {
			return res, nil
		}
		y.done = true
		y.value = res
		return nil, py.StopIteration
	}
	var res py.Object
	var err error
	if v == py.None {
		res, err = py.Next(y.it)
	} else {
		res, err = py.Send(y.it, v)
	}
	if err != nil {
		y.done = true
		if e, ok := exceptionOf(err).(*py.Exception); ok && isStopIteration(err) {
			if a := excArgs(e); len(a) > 0 {
				y.value = a[0]
			}
			if val, ok := dictOf(e)["value"]; ok {
				y.value = val
			}
		}
		if isStopIteration(err) {
			return nil, py.StopIteration
		}
		return nil, err
	}
	return res, nil
}

func newYieldFrom(o py.Object) (py.Object, error) {
	it, err := py.Iter(o)
	if err != nil {
		return nil, err
	}
	return &yieldFrom{it: it}, nil
}
