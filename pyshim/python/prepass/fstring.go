package prepass

import (
	"fmt"
	"strings"
)

// fstr is a parsed f-string: literal chunks and replacement fields.
type fstr struct {
	parts []fpart
}

// fpart is either a literal chunk or a replacement field.
type fpart struct {
	field bool
	// lit is the chunk as the body of a double-quoted, non-raw Python string
	// literal (escapes normalised), for literal parts.
	lit string
	// nl is the number of source newlines the literal chunk spanned.
	nl int
	// exprS, exprE delimit the field's expression in the source.
	exprS, exprE int
	// conv is 'r', 's', 'a' or 0.
	conv byte
	// spec is the format spec, itself a sequence of parts; hasSpec tells an
	// empty spec from none.
	spec    []fpart
	hasSpec bool
	// selfDoc is true for the "=" form: the expression text and "=" are
	// output first (as a literal part before this field).
	selfDoc bool
}

type fscanner struct {
	src    string
	end    int
	quote  byte
	triple bool
	raw    bool
	lines  *lineIndex
	start  int
}

// scanFString parses the f-string whose opening quote is at q and returns
// it with the offset after its closing quote.
func scanFString(src string, q, end int, quote byte, triple, raw bool, li *lineIndex) (*fstr, int, error) {
	sc := &fscanner{src: src, end: end, quote: quote, triple: triple, raw: raw, lines: li, start: q}
	p := q + 1
	if triple {
		p = q + 3
	}
	parts, p, err := sc.body(p, false)
	if err != nil {
		return nil, 0, err
	}
	return &fstr{parts: parts}, p, nil
}

// atClose reports whether the closing quote is at p.
func (sc *fscanner) atClose(p int) bool {
	if sc.src[p] != sc.quote {
		return false
	}
	if !sc.triple {
		return true
	}
	return p+2 < sc.end && sc.src[p+1] == sc.quote && sc.src[p+2] == sc.quote
}

// body scans literal text and fields from p up to the closing quote (or,
// in a format spec, up to the '}' that ends the field). It returns the
// parts and the offset after the closing quote (or at the '}').
func (sc *fscanner) body(p int, inSpec bool) ([]fpart, int, error) {
	var parts []fpart
	var lit strings.Builder
	nl := 0
	flush := func() {
		if lit.Len() > 0 || nl > 0 {
			parts = append(parts, fpart{lit: lit.String(), nl: nl})
			lit.Reset()
			nl = 0
		}
	}
	src := sc.src
	for {
		if p >= sc.end {
			if sc.triple {
				return nil, 0, &synErr{"unterminated triple-quoted f-string literal", sc.start}
			}
			return nil, 0, &synErr{"unterminated f-string literal", sc.start}
		}
		c := src[p]
		switch {
		case sc.atClose(p):
			if inSpec {
				return nil, 0, &synErr{"f-string: expecting '}'", p}
			}
			flush()
			if sc.triple {
				return parts, p + 3, nil
			}
			return parts, p + 1, nil
		case c == '\n' && !sc.triple:
			return nil, 0, &synErr{"unterminated f-string literal", sc.start}
		case c == '{':
			if !inSpec && p+1 < sc.end && src[p+1] == '{' {
				lit.WriteByte('{')
				p += 2
				continue
			}
			flush()
			f, np, err := sc.field(p)
			if err != nil {
				return nil, 0, err
			}
			if f.selfDoc {
				parts = append(parts, fpart{lit: encodeRaw(src[f.exprS:f.selfDocEnd()])})
			}
			parts = append(parts, f.fpart)
			p = np
		case c == '}':
			if inSpec {
				flush()
				return parts, p, nil
			}
			if p+1 < sc.end && src[p+1] == '}' {
				lit.WriteByte('}')
				p += 2
				continue
			}
			return nil, 0, &synErr{"f-string: single '}' is not allowed", p}
		case c == '\\':
			if p+1 >= sc.end {
				p++
				continue
			}
			n := src[p+1]
			if n == '{' || n == '}' {
				lit.WriteString(`\\`)
				p++
				continue
			}
			if sc.raw {
				lit.WriteString(`\\`)
				switch n {
				case '\\':
					lit.WriteString(`\\`)
				case '"':
					lit.WriteString(`\"`)
				case '\n':
					lit.WriteString(`\n`)
					nl++
				case '\r':
				default:
					lit.WriteByte(n)
				}
				p += 2
				continue
			}
			switch n {
			case '\n':
				p += 2
				nl++
				continue
			case 'N':
				if p+2 < sc.end && src[p+2] == '{' {
					q := strings.IndexByte(src[p:sc.end], '}')
					if q > 0 {
						r, ok := namedRune(src[p+3 : p+q])
						if !ok {
							return nil, 0, &synErr{"(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", p}
						}
						fmt.Fprintf(&lit, `\U%08x`, r)
						p += q + 1
						continue
					}
				}
			case '\'', '"':
				lit.WriteByte('\\')
				lit.WriteByte(n)
				p += 2
				continue
			}
			lit.WriteByte('\\')
			lit.WriteByte(n)
			p += 2
		case c == '"':
			lit.WriteString(`\"`)
			p++
		case c == '\n':
			lit.WriteString(`\n`)
			nl++
			p++
		case c == '\r':
			if !(p+1 < sc.end && src[p+1] == '\n') {
				lit.WriteString(`\n`)
			}
			p++
		default:
			lit.WriteByte(c)
			p++
		}
	}
}

type field struct {
	fpart
	docEnd int
}

func (f *field) selfDocEnd() int { return f.docEnd }

// field scans a replacement field whose '{' is at p and returns it with
// the offset after its '}'.
func (sc *fscanner) field(p int) (*field, int, error) {
	src := sc.src
	f := &field{fpart: fpart{field: true, exprS: p + 1}}
	// Scan the expression with Python's token rules, tracking brackets.
	q := p + 1
	depth := 0
	exprEnd := -1
	for exprEnd < 0 {
		if q >= sc.end {
			return nil, 0, &synErr{"f-string: expecting '}'", p}
		}
		c := src[q]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			q++
		case c == '\n':
			q++
		case c == '\\':
			return nil, 0, &synErr{"f-string expression part cannot include a backslash", q}
		case c == '#':
			return nil, 0, &synErr{"f-string expression part cannot include '#'", q}
		case c == '(' || c == '[' || c == '{':
			depth++
			q++
		case c == ')' || c == ']':
			depth--
			if depth < 0 {
				return nil, 0, &synErr{"f-string: unmatched '" + string(c) + "'", q}
			}
			q++
		case c == '}':
			if depth == 0 {
				exprEnd = q
				break
			}
			depth--
			q++
		case c == '!' && depth == 0 && !(q+1 < sc.end && src[q+1] == '='):
			exprEnd = q
		case c == ':' && depth == 0:
			exprEnd = q
		case c == '=' && depth == 0:
			// "==", "<=", ">=", "!=" and ":=" are scanned as operators below.
			r := q + 1
			if r < sc.end && src[r] == '=' {
				q += 2
				continue
			}
			for r < sc.end && (src[r] == ' ' || src[r] == '\t' || src[r] == '\n' || src[r] == '\r') {
				r++
			}
			if r < sc.end && (src[r] == '}' || src[r] == '!' || src[r] == ':') {
				f.selfDoc = true
				f.exprE = q
				f.docEnd = r
				exprEnd = r
				break
			}
			q++
		case c == '<' || c == '>' || c == '!':
			q++
			if q < sc.end && src[q] == '=' {
				q++
			}
		case c == '\'' || c == '"':
			// A nested string literal; its prefix letters were consumed as
			// identifier characters.
			s := q
			for s > f.exprS && isIdentChar(src[s-1]) {
				s--
			}
			pfx := strings.ToLower(src[s:q])
			triple := q+2 < sc.end && src[q+1] == c && src[q+2] == c
			var err error
			var e int
			if strings.IndexByte(pfx, 'f') >= 0 && isStrPrefix(pfx) {
				_, e, err = scanFString(src, q, sc.end, c, triple, strings.IndexByte(pfx, 'r') >= 0, sc.lines)
			} else {
				e, err = skipString(src, q, sc.end, c, triple)
			}
			if err != nil {
				if c == sc.quote {
					return nil, 0, &synErr{"f-string: expecting '}'", p}
				}
				return nil, 0, err
			}
			q = e
		default:
			q++
		}
	}
	if !f.selfDoc {
		f.exprE = exprEnd
	}
	if strings.TrimSpace(src[f.exprS:f.exprE]) == "" {
		return nil, 0, &synErr{"f-string: empty expression not allowed", p}
	}
	q = exprEnd
	if src[q] == '!' {
		if q+1 >= sc.end || strings.IndexByte("rsa", src[q+1]) < 0 {
			return nil, 0, &synErr{"f-string: invalid conversion character: expected 's', 'r', or 'a'", q}
		}
		f.conv = src[q+1]
		q += 2
		if q >= sc.end || src[q] != ':' && src[q] != '}' {
			return nil, 0, &synErr{"f-string: expecting '}'", p}
		}
	}
	if src[q] == ':' {
		f.hasSpec = true
		spec, np, err := sc.body(q+1, true)
		if err != nil {
			return nil, 0, err
		}
		f.spec = spec
		q = np
	}
	if q >= sc.end || src[q] != '}' {
		return nil, 0, &synErr{"f-string: expecting '}'", p}
	}
	if f.selfDoc && f.conv == 0 && !f.hasSpec {
		f.conv = 'r'
	}
	return f, q + 1, nil
}

// encodeRaw returns s as the body of a double-quoted Python literal.
func encodeRaw(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
