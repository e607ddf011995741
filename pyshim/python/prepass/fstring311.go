package prepass

import "strings"

// The pre-pass reads f-strings as Python 3.12 does (PEP 701: a replacement
// field may reuse the string's own quote, hold a backslash or a comment),
// but gowikibot runs Python 3.11 programs, and CPython 3.11 refuses those
// f-strings: its tokenizer ends the literal at the first unescaped closing
// quote, and its f-string parser (Parser/string_parser.c,
// fstring_find_expr) rejects a backslash or '#' in an expression. No
// script of pywikibot 11 (3.8+) uses the 3.12 forms, so a program that
// does gets CPython 3.11's SyntaxError: check311 finds it, with 3.11's
// message and location (the first token after the run of adjacent string
// literals as 3.11 tokenizes them: where 3.11's parser stood when it
// parsed the f-string).

// check311 returns CPython 3.11's SyntaxError for the f-string literal
// whose prefix starts at s and opening quote is at q (triple-quoted or
// not, raw or not), or nil when 3.11 accepts it. depth is the bracket
// depth around the literal.
func check311(src string, s, q, end int, quote byte, triple, raw bool, depth int) error {
	qlen := 1
	if triple {
		qlen = 3
	}
	closeAt := scan311(src, q, end, quote, triple)
	if closeAt == -2 {
		// a newline in a replacement field of a one-line literal
		return &synErr{msg: "unterminated string literal", off: s}
	}
	if closeAt < 0 {
		return nil
	}
	msg := fstring311(src[q+qlen:closeAt], raw)
	if msg == "" {
		return nil
	}
	at := after311(src, closeAt+qlen, end, depth)
	return &spanErr{synErr{msg: msg, off: at}, tokenLen311(src, at, end)}
}

// spanErr is a synErr marking n characters from its offset (CPython's
// end_offset).
type spanErr struct {
	synErr
	n int
}

// tokenLen311 is the length of the token at p: a name, a number, an
// operator (NEWLINE and the end have none).
func tokenLen311(src string, p, end int) int {
	if p >= end || src[p] == '\n' {
		return 0
	}
	k := p
	for k < end && (isIdentStart(src[k]) || src[k] >= '0' && src[k] <= '9') {
		k++
	}
	if k > p {
		return k - p
	}
	for _, op := range []string{"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="} {
		if strings.HasPrefix(src[p:end], op) {
			return len(op)
		}
	}
	return 1
}

// scan311 returns the offset of the closing quote of the string literal
// whose opening quote is at q, as CPython 3.11's tokenizer finds it
// (backslash escapes the next character); -2 when a one-line literal
// meets a newline first, -1 when it has no end.
func scan311(src string, q, end int, quote byte, triple bool) int {
	i := q + 1
	if triple {
		i = q + 3
	}
	for i < end {
		c := src[i]
		switch {
		case c == '\\':
			i += 2
			continue
		case c == '\n' && !triple:
			return -2
		case c == quote:
			if !triple {
				return i
			}
			if i+2 < end && src[i+1] == quote && src[i+2] == quote {
				return i
			}
		}
		i++
	}
	return -1
}

// after311 returns the offset of the first token at or after p that is not
// a string literal continuing the run (3.11's tokenization): blank space,
// comments, line continuations and, inside brackets, newlines are skipped;
// a newline outside brackets (the NEWLINE token) or the end is returned.
func after311(src string, p, end, depth int) int {
	for p < end {
		c := src[p]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\r':
			p++
		case c == '\\' && p+1 < end && (src[p+1] == '\n' || src[p+1] == '\r'):
			p += 2
		case c == '#':
			for p < end && src[p] != '\n' {
				p++
			}
		case c == '\n':
			if depth == 0 {
				return p
			}
			p++
		default:
			k := p
			for k < end && k-p < 3 && strings.IndexByte("rRbBuUfF", src[k]) >= 0 {
				k++
			}
			if k >= end || (src[k] != '"' && src[k] != '\'') {
				return p
			}
			qc := src[k]
			triple := k+2 < end && src[k+1] == qc && src[k+2] == qc
			c := scan311(src, k, end, qc, triple)
			if c < 0 {
				return p
			}
			p = c + 1
			if triple {
				p = c + 3
			}
		}
	}
	return p
}

// fstring311 parses the body of an f-string literal as CPython 3.11 does
// and returns its error message, or "".
func fstring311(body string, raw bool) string {
	f := &f311{s: body, raw: raw}
	return f.parse(0)
}

// f311 is the state of fstring311: the body and the position in it.
type f311 struct {
	s   string
	i   int
	raw bool
}

// parse reads literal text and replacement fields until the end or, in a
// format spec (level > 0), the '}' ending it.
func (f *f311) parse(level int) string {
	n := len(f.s)
	for {
		for f.i < n {
			ch := f.s[f.i]
			f.i++
			if !f.raw && ch == '\\' && f.i < n {
				ch = f.s[f.i]
				f.i++
				if ch == 'N' {
					// \N{name}: its braces are not a field
					if f.i < n {
						c := f.s[f.i]
						f.i++
						if c == '{' {
							for f.i < n {
								c = f.s[f.i]
								f.i++
								if c == '}' {
									break
								}
							}
						}
					}
					continue
				}
			}
			if ch == '{' || ch == '}' {
				if level == 0 {
					if f.i < n && f.s[f.i] == ch {
						f.i++
						continue
					}
					if ch == '}' {
						return "f-string: single '}' is not allowed"
					}
				}
				f.i--
				break
			}
		}
		if f.i >= n || f.s[f.i] == '}' {
			return ""
		}
		if msg := f.expr(level); msg != "" {
			return msg
		}
	}
}

// expr reads the replacement field starting at the '{' at f.i.
func (f *f311) expr(level int) string {
	const expecting = "f-string: expecting '}'"
	if level >= 2 {
		return "f-string: expressions nested too deeply"
	}
	s, n := f.s, len(f.s)
	f.i++
	start := f.i
	var quote byte
	tripleStr := false
	var stack []byte
loop:
	for ; f.i < n; f.i++ {
		ch := s[f.i]
		if ch == '\\' {
			return "f-string expression part cannot include a backslash"
		}
		if quote != 0 {
			if ch == quote {
				if !tripleStr {
					quote = 0
				} else if f.i+2 < n && s[f.i+1] == ch && s[f.i+2] == ch {
					f.i += 2
					quote, tripleStr = 0, false
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			if f.i+2 < n && s[f.i+1] == ch && s[f.i+2] == ch {
				tripleStr = true
				f.i += 2
			}
			quote = ch
		case '[', '{', '(':
			stack = append(stack, ch)
		case '#':
			return "f-string expression part cannot include '#'"
		case ']', '}', ')':
			if ch == '}' && len(stack) == 0 {
				break loop
			}
			if len(stack) == 0 {
				return "f-string: unmatched '" + string(ch) + "'"
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				return "f-string: closing parenthesis '" + string(ch) + "' does not match opening parenthesis '" + string(open) + "'"
			}
		case '!', ':', '=', '<', '>':
			if len(stack) > 0 {
				continue
			}
			if f.i+1 < n && s[f.i+1] == '=' && ch != ':' {
				f.i++
				continue
			}
			if ch == '<' || ch == '>' {
				continue
			}
			break loop
		}
	}
	if quote != 0 {
		return "f-string: unterminated string"
	}
	if len(stack) > 0 {
		return "f-string: unmatched '" + string(stack[len(stack)-1]) + "'"
	}
	if f.i >= n {
		return expecting
	}
	if strings.Trim(s[start:f.i], " \t\n\f") == "" {
		return "f-string: empty expression not allowed"
	}
	if s[f.i] == '=' {
		f.i++
		for f.i < n && strings.IndexByte(" \t\n\r\v\f", s[f.i]) >= 0 {
			f.i++
		}
		if f.i >= n {
			return expecting
		}
	}
	if s[f.i] == '!' {
		f.i++
		if f.i >= n {
			return expecting
		}
		conv := s[f.i]
		f.i++
		if conv != 's' && conv != 'r' && conv != 'a' {
			return "f-string: invalid conversion character: expected 's', 'r', or 'a'"
		}
	}
	if f.i < n && s[f.i] == ':' {
		f.i++
		if f.i >= n {
			return expecting
		}
		if msg := f.parse(level + 1); msg != "" {
			return msg
		}
	}
	if f.i >= n || s[f.i] != '}' {
		return expecting
	}
	f.i++
	return ""
}
