package prepass

import "strings"

// fixRawLiterals rewrites every raw string or bytes literal (not f-strings,
// whose parser already handles raw text) that holds a backslash-newline
// into the equivalent non-raw literal, so that gpython, which takes the
// backslash-newline in a raw literal as a line continuation, keeps the
// backslash and the newline as CPython does. The result has the same
// lines; ok is false when no literal needed a change (src is returned).
func fixRawLiterals(src string, toks []tok) (string, bool) {
	var b strings.Builder
	last := 0
	for _, t := range toks {
		if t.kind != tStr || t.fs != nil {
			continue
		}
		text := src[t.s:t.e]
		q := strings.IndexAny(text, `'"`)
		if q <= 0 || !strings.ContainsAny(text[:q], "rR") || !rawHasBackslashNewline(text, q) {
			continue
		}
		if last == 0 {
			b.Grow(len(src) + 64)
		}
		b.WriteString(src[last:t.s])
		b.WriteString(unrawLiteral(text, q))
		last = t.e
	}
	if last == 0 {
		return src, false
	}
	b.WriteString(src[last:])
	return b.String(), true
}

// rawHasBackslashNewline reports whether the raw literal text, whose
// opening quote is at q, has a backslash that escapes a line break.
func rawHasBackslashNewline(text string, q int) bool {
	for p := q + 1; p < len(text)-1; p++ {
		if text[p] == '\\' {
			if text[p+1] == '\n' || text[p+1] == '\r' {
				return true
			}
			p++
		}
	}
	return false
}

// unrawLiteral returns the raw literal text (opening quote at q) as a
// non-raw literal with the same value and the same line breaks: its prefix
// without r, every backslash doubled, a quote after a backslash escaped,
// and a backslash-newline kept as an escaped backslash followed by the
// newline (in a one-line literal: "\\\n" and a continuation).
func unrawLiteral(text string, q int) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	for _, c := range []byte(text[:q]) {
		if c != 'r' && c != 'R' {
			b.WriteByte(c)
		}
	}
	quote := text[q]
	open := 1
	if len(text) >= q+6 && text[q+1] == quote && text[q+2] == quote {
		open = 3
	}
	triple := open == 3
	body := text[q+open : len(text)-open]
	b.WriteString(text[q : q+open])
	for p := 0; p < len(body); p++ {
		c := body[p]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		b.WriteString(`\\`)
		if p+1 >= len(body) {
			break
		}
		p++
		switch n := body[p]; n {
		case '\\':
			b.WriteString(`\\`)
		case '\'', '"':
			b.WriteByte('\\')
			b.WriteByte(n)
		case '\r', '\n':
			nl := "\n"
			if n == '\r' && p+1 < len(body) && body[p+1] == '\n' {
				nl = "\r\n"
				p++
			} else if n == '\r' {
				nl = "\r"
			}
			if triple {
				b.WriteString(nl)
			} else {
				// The value's newline as an escape, the source line break
				// as a continuation inside the literal.
				b.WriteString(`\n\` + nl)
			}
		default:
			b.WriteByte(n)
		}
	}
	b.WriteString(text[len(text)-open:])
	return b.String()
}
