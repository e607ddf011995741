package pyre

import (
	"fmt"
	"hash/fnv"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// ErrorType is re.error.
var ErrorType *py.Type

func init() {
	t := py.ExceptionType.NewType("error", "Exception raised for invalid regular expressions.", nil, nil)
	t.ObjectType = py.TypeType
	t.Base = py.ExceptionType
	t.Flags &^= py.TPFLAGS_READY
	t.Dict["__module__"] = py.String("re")
	if err := t.Ready(); err != nil {
		panic(err)
	}
	ErrorType = t
}

func newError(err error) error {
	if se, ok := err.(*SyntaxError); ok {
		e := py.ExceptionNewf(ErrorType, "%s", se.Error())
		e.Dict["msg"] = py.String(se.Msg)
		if se.Pos >= 0 {
			e.Dict["pos"] = py.Int(se.Pos)
			before := []rune(se.Pattern)
			if se.Pos <= len(before) {
				before = before[:se.Pos]
			}
			line, col := 1, se.Pos+1
			for i, r := range before {
				if r == '\n' {
					line++
					col = se.Pos - i
				}
			}
			e.Dict["lineno"] = py.Int(line)
			e.Dict["colno"] = py.Int(col)
			if strings.Contains(se.Pattern, "\n") {
				e.Args = py.Tuple{py.String(fmt.Sprintf("%s (line %d, column %d)", se.Error(), line, col))}
			}
		} else {
			e.Dict["pos"] = py.None
			e.Dict["lineno"] = py.None
			e.Dict["colno"] = py.None
		}
		e.Dict["pattern"] = py.String(se.Pattern)
		return e
	}
	return err
}

// compileObj compiles a pattern argument (str, bytes or a Pattern).
func compileObj(o py.Object, flagsObj py.Object) (*Pattern, error) {
	flags, err := intArg(flagsObj, 0)
	if err != nil {
		return nil, err
	}
	switch v := o.(type) {
	case *Pattern:
		if flags != 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return v, nil
	case py.String:
		p, err := Compile(string(v), false, flags)
		if err != nil {
			return nil, newError(err)
		}
		return p, nil
	}
	if b, ok := asBytes(o); ok {
		p, err := Compile(latin1(b), true, flags)
		if err != nil {
			return nil, newError(err)
		}
		if p.bytesType == nil {
			p.bytesType = reflect.TypeOf(o)
		}
		return p, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
}

// subject converts the string argument to code points.
func (p *Pattern) subject(o py.Object) ([]rune, error) {
	if _, ok := o.(py.String); !ok {
		if s, ok := pyobj.GoBase(o).(py.String); ok {
			// an instance of a str subclass (bs4's NavigableString)
			o = s
		}
	}
	switch v := o.(type) {
	case py.String:
		if p.IsBytes {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		return subjectRunes(string(v)), nil
	}
	if b, ok := asBytes(o); ok {
		if !p.IsBytes {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a string pattern on a bytes-like object")
		}
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return r, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "expected string or bytes-like object, got '%s'", o.Type().Name)
}

// cannotMatch reports that a str subject lacks the pattern's required
// literal, so no search can succeed (checked before converting to runes).
func (p *Pattern) cannotMatch(o py.Object) bool {
	if p.Tr.Required == "" || p.IsBytes {
		return false
	}
	s, ok := o.(py.String)
	return ok && !strings.Contains(string(s), p.Tr.Required)
}

// bounds applies Python's pos/endpos clamping.
func bounds(n int, posObj, endObj py.Object) (int, int, error) {
	pos, err := intArg(posObj, 0)
	if err != nil {
		return 0, 0, err
	}
	end, err := intArg(endObj, n)
	if err != nil {
		return 0, 0, err
	}
	if pos < 0 {
		pos = 0
	}
	if pos > n {
		pos = n
	}
	if end < 0 {
		end = 0
	}
	if end > n {
		end = n
	}
	return pos, end, nil
}

// Exec runs a search/match/fullmatch and returns a Match or None.
func (p *Pattern) exec(mode int, strObj, posObj, endObj py.Object) (py.Object, error) {
	if p.cannotMatch(strObj) {
		if _, _, err := bounds(0, posObj, endObj); err != nil {
			return nil, err
		}
		return py.None, nil
	}
	text, err := p.subject(strObj)
	if err != nil {
		return nil, err
	}
	pos, end, err := bounds(len(text), posObj, endObj)
	if err != nil {
		return nil, err
	}
	if end < pos {
		return py.None, nil
	}
	md, err := p.find(mode, text[:end], pos)
	if err != nil {
		return nil, err
	}
	if md == nil {
		return py.None, nil
	}
	return &Match{Pat: p, Str: strObj, Text: text, Pos: pos, EndPos: end, Spans: md.Spans}, nil
}

func (p *Pattern) findall(strObj, posObj, endObj py.Object) (py.Object, error) {
	if p.cannotMatch(strObj) {
		if _, _, err := bounds(0, posObj, endObj); err != nil {
			return nil, err
		}
		return py.NewList(), nil
	}
	text, err := p.subject(strObj)
	if err != nil {
		return nil, err
	}
	pos, end, err := bounds(len(text), posObj, endObj)
	if err != nil {
		return nil, err
	}
	out := py.NewList()
	if end < pos {
		return out, nil
	}
	empty := p.mkstr(nil)
	g := p.Tr.Groups
	err = p.each(text[:end], pos, func(md *MatchData) bool {
		s := md.Spans
		switch g {
		case 0:
			out.Append(p.mkstr(text[s[0]:s[1]]))
		case 1:
			if s[2] < 0 {
				out.Append(empty)
			} else {
				out.Append(p.mkstr(text[s[2]:s[3]]))
			}
		default:
			t := make(py.Tuple, g)
			for i := 1; i <= g; i++ {
				if s[2*i] < 0 {
					t[i-1] = empty
				} else {
					t[i-1] = p.mkstr(text[s[2*i]:s[2*i+1]])
				}
			}
			out.Append(t)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// MatchIterator is the lazy iterator returned by finditer.
type MatchIterator struct {
	sc       *scanner
	str      py.Object
	pos, end int
	text     []rune
}

// MatchIteratorType is the type of finditer's result.
var MatchIteratorType = py.NewType("callable_iterator", "")

// Type returns the iterator type.
func (it *MatchIterator) Type() *py.Type { return MatchIteratorType }

// M__iter__ returns the iterator.
func (it *MatchIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next Match.
func (it *MatchIterator) M__next__() (py.Object, error) {
	if it.sc == nil {
		return nil, py.StopIteration
	}
	md, err := it.sc.nextMatch()
	if err != nil {
		return nil, err
	}
	if md == nil {
		it.sc = nil
		return nil, py.StopIteration
	}
	return &Match{Pat: it.sc.p, Str: it.str, Text: it.text, Pos: it.pos, EndPos: it.end, Spans: md.Spans}, nil
}

func (p *Pattern) finditer(strObj, posObj, endObj py.Object) (py.Object, error) {
	text, err := p.subject(strObj)
	if err != nil {
		return nil, err
	}
	pos, end, err := bounds(len(text), posObj, endObj)
	if err != nil {
		return nil, err
	}
	it := &MatchIterator{str: strObj, pos: pos, end: end, text: text}
	if end >= pos {
		// compile errors surface now, as in CPython
		if _, err := p.regex(modeSearch); err != nil {
			return nil, err
		}
		it.sc = p.scan(text[:end], pos)
	}
	return it, nil
}

// Sub implements re.sub/subn.
func (p *Pattern) Sub(repl, strObj py.Object, count int) (py.Object, int, error) {
	if p.cannotMatch(strObj) || count < 0 {
		if _, err := p.subject(strObj); err != nil {
			return nil, 0, err
		}
		// the template is still checked, as CPython does
		if _, isStr := repl.(py.String); isStr {
			if _, err := p.parseTemplate(repl); err != nil {
				return nil, 0, err
			}
		}
		return strObj, 0, nil
	}
	if sv, ok := strObj.(py.String); ok && p.Tr.Literal != nil {
		if rs, ok := repl.(py.String); ok {
			tmpl, err := p.parseTemplate(rs)
			if err != nil {
				return nil, 0, err
			}
			if len(tmpl.groups) == 0 {
				lit := string(p.Tr.Literal)
				n := strings.Count(string(sv), lit)
				if count > 0 && n > count {
					n = count
				}
				if n == 0 {
					return strObj, 0, nil
				}
				return py.String(strings.Replace(string(sv), lit, tmpl.lits[0], n)), n, nil
			}
		}
	}
	text, err := p.subject(strObj)
	if err != nil {
		return nil, 0, err
	}
	var tmpl *template
	var fn py.Object
	_, replIsBytes := asBytes(repl)
	if _, ok := repl.(py.String); ok || replIsBytes {
		tmpl, err = p.parseTemplate(repl)
		if err != nil {
			return nil, 0, err
		}
	} else {
		fn = repl
	}
	var b strings.Builder
	// For str subjects, copy unchanged text and groups straight from the
	// Go string (byte offsets via cursors) rather than rune by rune.
	var copySpan, copyGroup func(s, e int)
	if sv, ok := strObj.(py.String); ok && !p.IsBytes {
		main, grp := newRuneCursor(string(sv)), newRuneCursor(string(sv))
		b.Grow(len(sv))
		copySpan = func(s, e int) { b.WriteString(main.slice(s, e)) }
		copyGroup = func(s, e int) { b.WriteString(grp.slice(s, e)) }
	} else {
		copySpan = func(s, e int) {
			for _, r := range text[s:e] {
				b.WriteRune(r)
			}
		}
		copyGroup = copySpan
	}
	last := 0
	n := 0
	pieces := 0 // items CPython would have joined so far
	badItem := ""
	var cbErr error
	err = p.each(text, 0, func(md *MatchData) bool {
		s := md.Spans
		if last < s[0] {
			pieces++
		}
		copySpan(last, s[0])
		if fn != nil {
			res, err := py.Call(fn, py.Tuple{&Match{Pat: p, Str: strObj, Text: text, Pos: 0, EndPos: len(text), Spans: s}}, nil)
			if err != nil {
				cbErr = err
				return false
			}
			if res != py.None {
				if sv, ok := res.(py.String); ok && !p.IsBytes {
					b.WriteString(string(sv))
				} else if bv, ok := asBytes(res); ok && p.IsBytes {
					b.WriteString(latin1(bv))
				} else if badItem == "" {
					want := "str"
					if p.IsBytes {
						want = "a bytes-like object"
						badItem = fmt.Sprintf("sequence item %d: expected %s, %s found", pieces, want, res.Type().Name)
					} else {
						badItem = fmt.Sprintf("sequence item %d: expected str instance, %s found", pieces, res.Type().Name)
					}
				}
				pieces++
			}
		} else {
			tmpl.expandWith(&b, s, copyGroup)
		}
		last = s[1]
		n++
		return count <= 0 || n < count
	})
	if cbErr != nil {
		return nil, 0, cbErr
	}
	if badItem != "" {
		return nil, 0, py.ExceptionNewf(py.TypeError, "%s", badItem)
	}
	if err != nil {
		return nil, 0, err
	}
	if n == 0 {
		return strObj, 0, nil
	}
	copySpan(last, len(text))
	return p.mkstrFromString(b.String()), n, nil
}

// Split implements re.split.
func (p *Pattern) Split(strObj py.Object, maxsplit int) (py.Object, error) {
	if p.cannotMatch(strObj) {
		out := py.NewList()
		out.Append(strObj)
		return out, nil
	}
	text, err := p.subject(strObj)
	if err != nil {
		return nil, err
	}
	out := py.NewList()
	last := 0
	n := 0
	if maxsplit < 0 {
		out.Append(p.mkstr(text))
		return out, nil
	}
	err = p.each(text, 0, func(md *MatchData) bool {
		s := md.Spans
		out.Append(p.mkstr(text[last:s[0]]))
		for g := 1; g <= p.Tr.Groups; g++ {
			if s[2*g] < 0 {
				out.Append(py.None)
			} else {
				out.Append(p.mkstr(text[s[2*g]:s[2*g+1]]))
			}
		}
		last = s[1]
		n++
		return maxsplit == 0 || n < maxsplit
	})
	if err != nil {
		return nil, err
	}
	out.Append(p.mkstr(text[last:]))
	return out, nil
}

var flagNames = []struct {
	f    int
	name string
}{
	{FlagTemplate, "re.TEMPLATE"}, {FlagIgnoreCase, "re.IGNORECASE"}, {FlagLocale, "re.LOCALE"},
	{FlagMultiline, "re.MULTILINE"}, {FlagDotAll, "re.DOTALL"}, {FlagUnicode, "re.UNICODE"},
	{FlagVerbose, "re.VERBOSE"}, {FlagDebug, "re.DEBUG"}, {FlagASCII, "re.ASCII"},
}

// M__repr__ gives re.compile('...', flags).
func (p *Pattern) M__repr__() (py.Object, error) {
	var src py.Object = py.String(p.Source)
	if p.IsBytes {
		src = p.mkstr([]rune(p.Source))
	}
	r, err := py.ReprAsString(src)
	if err != nil {
		return nil, err
	}
	f := p.Flags
	if !p.IsBytes {
		f &^= FlagUnicode
	}
	var parts []string
	for _, fn := range flagNames {
		if f&fn.f != 0 {
			parts = append(parts, fn.name)
			f &^= fn.f
		}
	}
	if f != 0 {
		parts = append(parts, "0x"+strconv.FormatInt(int64(f), 16))
	}
	if len(parts) == 0 {
		return py.String("re.compile(" + r + ")"), nil
	}
	return py.String("re.compile(" + r + ", " + strings.Join(parts, "|") + ")"), nil
}

// M__eq__ compares source and flags.
func (p *Pattern) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*Pattern)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(o.Source == p.Source && o.Flags == p.Flags && o.IsBytes == p.IsBytes), nil
}

func patSelf(self py.Object) *Pattern { return self.(*Pattern) }

type patMethod func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error)

func init() {
	d := PatternType.Dict
	d["__module__"] = py.String("re")
	add := func(name string, fn patMethod) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return fn(patSelf(self), args, kwargs)
		}, 0, "")
	}
	for _, mm := range []struct {
		name string
		mode int
	}{{"search", modeSearch}, {"match", modeMatch}, {"fullmatch", modeFull}} {
		mode, name := mm.mode, mm.name
		add(name, func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs(name, args, kwargs, []string{"string", "pos", "endpos"}, 1)
			if err != nil {
				return nil, err
			}
			return p.exec(mode, a[0], a[1], a[2])
		})
	}
	add("findall", func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("findall", args, kwargs, []string{"string", "pos", "endpos"}, 1)
		if err != nil {
			return nil, err
		}
		return p.findall(a[0], a[1], a[2])
	})
	add("finditer", func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("finditer", args, kwargs, []string{"string", "pos", "endpos"}, 1)
		if err != nil {
			return nil, err
		}
		return p.finditer(a[0], a[1], a[2])
	})
	add("sub", func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("sub", args, kwargs, []string{"repl", "string", "count"}, 2)
		if err != nil {
			return nil, err
		}
		count, err := intArg(a[2], 0)
		if err != nil {
			return nil, err
		}
		res, _, err := p.Sub(a[0], a[1], count)
		return res, err
	})
	add("subn", func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("subn", args, kwargs, []string{"repl", "string", "count"}, 2)
		if err != nil {
			return nil, err
		}
		count, err := intArg(a[2], 0)
		if err != nil {
			return nil, err
		}
		res, n, err := p.Sub(a[0], a[1], count)
		if err != nil {
			return nil, err
		}
		return py.Tuple{res, py.Int(n)}, nil
	})
	add("split", func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("split", args, kwargs, []string{"string", "maxsplit"}, 1)
		if err != nil {
			return nil, err
		}
		ms, err := intArg(a[1], 0)
		if err != nil {
			return nil, err
		}
		return p.Split(a[0], ms)
	})
	prop := func(name string, fn func(p *Pattern) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return fn(patSelf(self)), nil }}
	}
	prop("pattern", func(p *Pattern) py.Object {
		if p.IsBytes {
			return p.mkstr([]rune(p.Source))
		}
		return py.String(p.Source)
	})
	prop("flags", func(p *Pattern) py.Object { return py.Int(p.Flags) })
	prop("groups", func(p *Pattern) py.Object { return py.Int(p.Tr.Groups) })
	prop("groupindex", func(p *Pattern) py.Object {
		names := p.groupNamesInOrder()
		vals := make([]py.Object, len(names))
		for i, name := range names {
			vals[i] = py.Int(p.Tr.GroupIndex[name])
		}
		return orderedDict(names, vals)
	})
}

// Escape escapes the characters Python 3.7+ re.escape escapes.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func modFn(name string, names []string, required int, fn func(p *Pattern, a []py.Object) (py.Object, error), flagsIdx int) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs(name, args, kwargs, names, required)
		if err != nil {
			return nil, err
		}
		var f py.Object
		if flagsIdx >= 0 {
			f = a[flagsIdx]
		}
		p, err := compileObj(a[0], f)
		if err != nil {
			return nil, err
		}
		return fn(p, a)
	}, 0, "")
}

func init() {
	methods := []*py.Method{
		modFn("compile", []string{"pattern", "flags"}, 1, func(p *Pattern, a []py.Object) (py.Object, error) { return p, nil }, 1),
		modFn("search", []string{"pattern", "string", "flags"}, 2, func(p *Pattern, a []py.Object) (py.Object, error) {
			return p.exec(modeSearch, a[1], nil, nil)
		}, 2),
		modFn("match", []string{"pattern", "string", "flags"}, 2, func(p *Pattern, a []py.Object) (py.Object, error) {
			return p.exec(modeMatch, a[1], nil, nil)
		}, 2),
		modFn("fullmatch", []string{"pattern", "string", "flags"}, 2, func(p *Pattern, a []py.Object) (py.Object, error) {
			return p.exec(modeFull, a[1], nil, nil)
		}, 2),
		modFn("findall", []string{"pattern", "string", "flags"}, 2, func(p *Pattern, a []py.Object) (py.Object, error) {
			return p.findall(a[1], nil, nil)
		}, 2),
		modFn("finditer", []string{"pattern", "string", "flags"}, 2, func(p *Pattern, a []py.Object) (py.Object, error) {
			return p.finditer(a[1], nil, nil)
		}, 2),
		modFn("sub", []string{"pattern", "repl", "string", "count", "flags"}, 3, func(p *Pattern, a []py.Object) (py.Object, error) {
			count, err := intArg(a[3], 0)
			if err != nil {
				return nil, err
			}
			res, _, err := p.Sub(a[1], a[2], count)
			return res, err
		}, 4),
		modFn("subn", []string{"pattern", "repl", "string", "count", "flags"}, 3, func(p *Pattern, a []py.Object) (py.Object, error) {
			count, err := intArg(a[3], 0)
			if err != nil {
				return nil, err
			}
			res, n, err := p.Sub(a[1], a[2], count)
			if err != nil {
				return nil, err
			}
			return py.Tuple{res, py.Int(n)}, nil
		}, 4),
		modFn("split", []string{"pattern", "string", "maxsplit", "flags"}, 2, func(p *Pattern, a []py.Object) (py.Object, error) {
			ms, err := intArg(a[2], 0)
			if err != nil {
				return nil, err
			}
			return p.Split(a[1], ms)
		}, 3),
		py.MustNewMethod("escape", func(self py.Object, arg py.Object) (py.Object, error) {
			switch v := arg.(type) {
			case py.String:
				return py.String(Escape(string(v))), nil
			}
			if v, ok := asBytes(arg); ok {
				var out py.Bytes
				for _, c := range v {
					if c < 128 && strings.IndexByte("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) >= 0 {
						out = append(out, '\\')
					}
					out = append(out, c)
				}
				return reflect.ValueOf([]byte(out)).Convert(reflect.TypeOf(arg)).Interface().(py.Object), nil
			}
			return nil, py.ExceptionNewf(py.TypeError, "expected str or bytes, got '%s'", arg.Type().Name)
		}, 0, "Escape special characters in a string."),
		py.MustNewMethod("purge", func(self py.Object, args py.Tuple) (py.Object, error) {
			Purge()
			return py.None, nil
		}, 0, "Clear the regular expression cache."),
	}
	globals := py.StringDict{
		"error":      ErrorType,
		"Pattern":    PatternType,
		"Match":      MatchType,
		"NOFLAG":     py.Int(0),
		"T":          py.Int(FlagTemplate),
		"TEMPLATE":   py.Int(FlagTemplate),
		"I":          py.Int(FlagIgnoreCase),
		"IGNORECASE": py.Int(FlagIgnoreCase),
		"L":          py.Int(FlagLocale),
		"LOCALE":     py.Int(FlagLocale),
		"M":          py.Int(FlagMultiline),
		"MULTILINE":  py.Int(FlagMultiline),
		"S":          py.Int(FlagDotAll),
		"DOTALL":     py.Int(FlagDotAll),
		"U":          py.Int(FlagUnicode),
		"UNICODE":    py.Int(FlagUnicode),
		"X":          py.Int(FlagVerbose),
		"VERBOSE":    py.Int(FlagVerbose),
		"DEBUG":      py.Int(FlagDebug),
		"A":          py.Int(FlagASCII),
		"ASCII":      py.Int(FlagASCII),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "re", Doc: "Support for regular expressions (RE)."},
		Methods: methods,
		Globals: globals,
	})
}

// M__hash__ is consistent with M__eq__ (source, flags and kind).
func (p *Pattern) M__hash__() (py.Object, error) {
	h := fnv.New64a()
	h.Write([]byte(p.Source))
	h.Write([]byte{byte(p.Flags), byte(p.Flags >> 8)})
	if p.IsBytes {
		h.Write([]byte{1})
	}
	return py.Int(int64(h.Sum64() >> 2)), nil
}
