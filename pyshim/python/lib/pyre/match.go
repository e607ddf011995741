package pyre

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// Match is a Python re.Match object.
type Match struct {
	Pat    *Pattern
	Str    py.Object // the subject as passed (str or bytes)
	Text   []rune    // the subject as code points (bytes as Latin-1), not cut at endpos
	Pos    int
	EndPos int
	Spans  []int
}

// MatchType is re.Match.
var MatchType = py.NewType("Match", "The result of re.match() and re.search().")

// Type returns re.Match.
func (m *Match) Type() *py.Type { return MatchType }

// mkstr builds a str (or bytes for a bytes pattern) from code points.
func (p *Pattern) mkstr(r []rune) py.Object {
	if p.IsBytes {
		b := make([]byte, len(r))
		for i, c := range r {
			b[i] = byte(c)
		}
		return p.newBytes(b)
	}
	return py.String(string(r))
}

func (m *Match) groupIndex(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		if int(v) >= 0 && int(v) <= m.Pat.Tr.Groups {
			return int(v), nil
		}
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case py.String:
		if n, ok := m.Pat.Tr.GroupIndex[string(v)]; ok {
			return n, nil
		}
	default:
		if n, err := py.IndexInt(o); err == nil && n >= 0 && n <= m.Pat.Tr.Groups {
			return n, nil
		}
	}
	return 0, py.ExceptionNewf(py.IndexError, "no such group")
}

// Group returns group n's text, or def when it did not take part.
func (m *Match) Group(n int, def py.Object) py.Object {
	s, e := m.Spans[2*n], m.Spans[2*n+1]
	if s < 0 {
		return def
	}
	return m.Pat.mkstr(m.Text[s:e])
}

func (m *Match) groupArg(args py.Tuple) (int, error) {
	if len(args) == 0 {
		return 0, nil
	}
	if len(args) > 1 {
		return 0, py.ExceptionNewf(py.TypeError, "expected at most 1 argument, got %d", len(args))
	}
	return m.groupIndex(args[0])
}

// M__getitem__ implements m[g].
func (m *Match) M__getitem__(key py.Object) (py.Object, error) {
	n, err := m.groupIndex(key)
	if err != nil {
		return nil, err
	}
	return m.Group(n, py.None), nil
}

// M__repr__ gives CPython's representation.
func (m *Match) M__repr__() (py.Object, error) {
	r, err := py.ReprAsString(m.Group(0, py.None))
	if err != nil {
		return nil, err
	}
	return py.String("<re.Match object; span=(" + itoa(m.Spans[0]) + ", " + itoa(m.Spans[1]) + "), match=" + r + ">"), nil
}

// M__bool__ is always true.
func (m *Match) M__bool__() (py.Object, error) { return py.True, nil }

func itoa(n int) string {
	return strconv.Itoa(n)
}

func (m *Match) lastIndex() int {
	best := -1
	bestEnd := -1
	for g := 1; g <= m.Pat.Tr.Groups; g++ {
		s, e := m.Spans[2*g], m.Spans[2*g+1]
		if s < 0 {
			continue
		}
		if e > bestEnd {
			best, bestEnd = g, e
			continue
		}
		if e == bestEnd {
			// the later group closes last unless it is nested in best
			if !m.isAncestor(best, g) {
				best = g
			}
		}
	}
	return best
}

func (m *Match) isAncestor(a, g int) bool {
	for p := m.Pat.Tr.Parent[g]; p != 0; p = m.Pat.Tr.Parent[p] {
		if p == a {
			return true
		}
	}
	return false
}

func matchSelf(self py.Object) *Match { return self.(*Match) }

func init() {
	d := MatchType.Dict
	d["__module__"] = py.String("re")
	d["group"] = py.MustNewMethod("group", func(self py.Object, args py.Tuple) (py.Object, error) {
		m := matchSelf(self)
		if len(args) == 0 {
			return m.Group(0, py.None), nil
		}
		if len(args) == 1 {
			n, err := m.groupIndex(args[0])
			if err != nil {
				return nil, err
			}
			return m.Group(n, py.None), nil
		}
		out := make(py.Tuple, len(args))
		for i, a := range args {
			n, err := m.groupIndex(a)
			if err != nil {
				return nil, err
			}
			out[i] = m.Group(n, py.None)
		}
		return out, nil
	}, 0, "group([group1, ...]) -> str or tuple.")
	d["groups"] = py.MustNewMethod("groups", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("groups", args, kwargs, []string{"default"}, 0)
		if err != nil {
			return nil, err
		}
		def := a[0]
		if def == nil {
			def = py.None
		}
		m := matchSelf(self)
		out := make(py.Tuple, m.Pat.Tr.Groups)
		for g := 1; g <= m.Pat.Tr.Groups; g++ {
			out[g-1] = m.Group(g, def)
		}
		return out, nil
	}, 0, "Return a tuple containing all the subgroups of the match.")
	d["groupdict"] = py.MustNewMethod("groupdict", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("groupdict", args, kwargs, []string{"default"}, 0)
		if err != nil {
			return nil, err
		}
		def := a[0]
		if def == nil {
			def = py.None
		}
		m := matchSelf(self)
		names := m.Pat.groupNamesInOrder()
		vals := make([]py.Object, len(names))
		for i, name := range names {
			vals[i] = m.Group(m.Pat.Tr.GroupIndex[name], def)
		}
		return orderedDict(names, vals), nil
	}, 0, "Return a dictionary containing all the named subgroups of the match.")
	span := func(which int) func(self py.Object, args py.Tuple) (py.Object, error) {
		return func(self py.Object, args py.Tuple) (py.Object, error) {
			m := matchSelf(self)
			n, err := m.groupArg(args)
			if err != nil {
				return nil, err
			}
			s, e := m.Spans[2*n], m.Spans[2*n+1]
			switch which {
			case 0:
				return py.Int(s), nil
			case 1:
				return py.Int(e), nil
			}
			return py.Tuple{py.Int(s), py.Int(e)}, nil
		}
	}
	d["start"] = py.MustNewMethod("start", span(0), 0, "Return index of the start of the substring matched by group.")
	d["end"] = py.MustNewMethod("end", span(1), 0, "Return index of the end of the substring matched by group.")
	d["span"] = py.MustNewMethod("span", span(2), 0, "For match object m, return the 2-tuple (m.start(group), m.end(group)).")
	d["expand"] = py.MustNewMethod("expand", func(self py.Object, arg py.Object) (py.Object, error) {
		m := matchSelf(self)
		tmpl, err := m.Pat.parseTemplate(arg)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		tmpl.expand(&b, m.Text, m.Spans)
		return m.Pat.mkstrFromString(b.String()), nil
	}, 0, "Return the string obtained by doing backslash substitution on the string template.")
	d["__getitem__"] = py.MustNewMethod("__getitem__", func(self py.Object, arg py.Object) (py.Object, error) {
		return matchSelf(self).M__getitem__(arg)
	}, 0, "")
	prop := func(name string, fn func(m *Match) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return fn(matchSelf(self)), nil }}
	}
	prop("string", func(m *Match) py.Object { return m.Str })
	prop("re", func(m *Match) py.Object { return m.Pat })
	prop("pos", func(m *Match) py.Object { return py.Int(m.Pos) })
	prop("endpos", func(m *Match) py.Object { return py.Int(m.EndPos) })
	prop("lastindex", func(m *Match) py.Object {
		if li := m.lastIndex(); li > 0 {
			return py.Int(li)
		}
		return py.None
	})
	prop("lastgroup", func(m *Match) py.Object {
		li := m.lastIndex()
		if li > 0 && m.Pat.Tr.GroupNames[li] != "" {
			return py.String(m.Pat.Tr.GroupNames[li])
		}
		return py.None
	})
	prop("regs", func(m *Match) py.Object {
		out := make(py.Tuple, len(m.Spans)/2)
		for i := range out {
			out[i] = py.Tuple{py.Int(m.Spans[2*i]), py.Int(m.Spans[2*i+1])}
		}
		return out
	})
}

// mkstrFromString converts an expanded template (a Go string) to the
// pattern's string type.
func (p *Pattern) mkstrFromString(s string) py.Object {
	if p.IsBytes {
		return p.mkstr([]rune(s))
	}
	return py.String(s)
}
