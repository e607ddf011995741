package pyre

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// template is a parsed replacement string: literal pieces interleaved with
// group references.
type template struct {
	lits   []string // len(groups)+1 literals
	groups []int
}

func (t *template) expand(b *strings.Builder, text []rune, spans []int) {
	t.expandWith(b, spans, func(s, e int) {
		for _, r := range text[s:e] {
			b.WriteRune(r)
		}
	})
}

// expandWith writes the template, calling span to copy group text.
func (t *template) expandWith(b *strings.Builder, spans []int, span func(s, e int)) {
	for i, g := range t.groups {
		b.WriteString(t.lits[i])
		if s := spans[2*g]; s >= 0 {
			span(s, spans[2*g+1])
		}
	}
	b.WriteString(t.lits[len(t.lits)-1])
}

// runeCursor maps code point offsets of a string to byte offsets, cheaply
// for offsets that mostly increase.
type runeCursor struct {
	s      string
	ascii  bool
	ri, bi int
}

func newRuneCursor(s string) *runeCursor {
	c := &runeCursor{s: s, ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			c.ascii = false
			break
		}
	}
	return c
}

func (c *runeCursor) off(r int) int {
	if c.ascii {
		return r
	}
	if r < c.ri {
		c.ri, c.bi = 0, 0
	}
	for c.ri < r {
		_, sz := utf8.DecodeRuneInString(c.s[c.bi:])
		c.bi += sz
		c.ri++
	}
	return c.bi
}

// slice returns s[a:b] in code points.
func (c *runeCursor) slice(a, b int) string {
	start := c.off(a)
	return c.s[start:c.off(b)]
}

func (p *Pattern) subjectString(o py.Object, what string) (string, error) {
	if v, ok := o.(py.String); ok {
		if p.IsBytes {
			return "", py.ExceptionNewf(py.TypeError, "expected a bytes-like object, str found")
		}
		return string(v), nil
	}
	if v, ok := asBytes(o); ok {
		if !p.IsBytes {
			return "", py.ExceptionNewf(py.TypeError, "expected str instance, bytes found")
		}
		return latin1(v), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "expected str instance, %s found", o.Type().Name)
}

func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func (p *Pattern) templateError(msg string, pos int, tmpl string) error {
	return newError(&SyntaxError{Msg: msg, Pattern: tmpl, Pos: pos})
}

// parseTemplate parses a replacement template as re.sub does.
func (p *Pattern) parseTemplate(o py.Object) (*template, error) {
	s, err := p.subjectString(o, "template")
	if err != nil {
		return nil, err
	}
	src := []rune(s)
	t := &template{}
	var lit strings.Builder
	flush := func(g int) {
		t.lits = append(t.lits, lit.String())
		t.groups = append(t.groups, g)
		lit.Reset()
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '\\' {
			lit.WriteRune(c)
			continue
		}
		start := i
		if i+1 >= len(src) {
			return nil, p.templateError("bad escape (end of pattern)", start, s)
		}
		i++
		c = src[i]
		switch {
		case c == 'g':
			if i+1 >= len(src) || src[i+1] != '<' {
				return nil, p.templateError("missing <", i+1, s)
			}
			j := i + 2
			for j < len(src) && src[j] != '>' {
				j++
			}
			if j >= len(src) {
				return nil, p.templateError("missing >, unterminated name", i+2, s)
			}
			name := string(src[i+2 : j])
			if name == "" {
				return nil, p.templateError("missing group name", i+2, s)
			}
			var g int
			if isDigits(name) {
				g, _ = strconv.Atoi(name)
				if g > p.Tr.Groups {
					return nil, p.templateError("invalid group reference "+name, i+2, s)
				}
			} else {
				if !isIdent(name) {
					return nil, p.templateError("bad character in group name '"+name+"'", i+2, s)
				}
				n, ok := p.Tr.GroupIndex[name]
				if !ok {
					return nil, py.ExceptionNewf(py.IndexError, "unknown group name '%s'", name)
				}
				g = n
			}
			flush(g)
			i = j
		case c == '0':
			v := 0
			for k := 0; k < 2 && i+1 < len(src) && isOct(src[i+1]); k++ {
				i++
				v = v*8 + int(src[i]-'0')
			}
			lit.WriteRune(rune(v))
		case c >= '1' && c <= '9':
			if i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9' {
				if c <= '7' && isOct(src[i+1]) && i+2 < len(src) && isOct(src[i+2]) {
					v := int(c-'0')*64 + int(src[i+1]-'0')*8 + int(src[i+2]-'0')
					if v > 0o377 {
						return nil, p.templateError("octal escape value "+string(src[start:i+3])+" outside of range 0-0o377", start, s)
					}
					lit.WriteRune(rune(v))
					i += 2
					continue
				}
				g := int(c-'0')*10 + int(src[i+1]-'0')
				if g > p.Tr.Groups {
					return nil, p.templateError("invalid group reference "+strconv.Itoa(g), start+1, s)
				}
				flush(g)
				i++
				continue
			}
			g := int(c - '0')
			if g > p.Tr.Groups {
				return nil, p.templateError("invalid group reference "+strconv.Itoa(g), start+1, s)
			}
			flush(g)
		default:
			switch c {
			case 'a':
				lit.WriteRune(7)
			case 'b':
				lit.WriteRune(8)
			case 'f':
				lit.WriteRune('\f')
			case 'n':
				lit.WriteRune('\n')
			case 'r':
				lit.WriteRune('\r')
			case 't':
				lit.WriteRune('\t')
			case 'v':
				lit.WriteRune('\v')
			case '\\':
				lit.WriteRune('\\')
			default:
				if c < 128 && unicode.IsLetter(c) {
					return nil, p.templateError("bad escape \\"+string(c), start, s)
				}
				lit.WriteRune('\\')
				lit.WriteRune(c)
			}
		}
	}
	t.lits = append(t.lits, lit.String())
	return t, nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
