package prepass

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is a token class.
type kind uint8

const (
	tName kind = iota
	tNum
	tStr
	tOp
	tNewline // end of a logical line
)

// tok is one token: src[s:e], starting at line (1-based) and col (0-based,
// in bytes). Comments, blank lines and newlines inside brackets are not
// tokens; the text between tokens is copied verbatim unless a rewrite
// replaces it.
type tok struct {
	kind kind
	s, e int
	line int
	col  int
	fs   *fstr // parsed f-string, for tStr tokens with an f prefix
}

// synErr is a SyntaxError found by the pre-pass, at a source offset.
type synErr struct {
	msg string
	off int
}

func (e *synErr) Error() string { return e.msg }

// lexer tokenizes Python source between two offsets.
type lexer struct {
	src   string
	pos   int
	end   int
	depth int
	toks  []tok
	// lineStarts lets offsets be turned into line and column numbers.
	lines *lineIndex
	// hasContent is true once the current logical line has a token.
	hasContent bool
	// line and lineStart track the position of pos (for scanned text
	// that holds no newline token).
	line, lineStart int
}

// lineIndex maps byte offsets to line numbers.
type lineIndex struct {
	starts []int
}

func newLineIndex(src string) *lineIndex {
	li := &lineIndex{starts: make([]int, 1, 64+len(src)/32)}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

// pos returns the 1-based line and 0-based byte column of off.
func (li *lineIndex) pos(off int) (int, int) {
	lo, hi := 0, len(li.starts)-1
	for lo < hi {
		m := (lo + hi + 1) / 2
		if li.starts[m] <= off {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo + 1, off - li.starts[lo]
}

func isIdentStart(c byte) bool {
	return c == '_' || (c|0x20) >= 'a' && (c|0x20) <= 'z' || c >= 0x80
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

// tokenize returns the tokens of src[from:to]. depth is the bracket depth
// at from (1 for an f-string replacement field, so newlines are ignored).
func tokenize(src string, from, to, depth int, li *lineIndex) ([]tok, error) {
	lx := &lexer{src: src, pos: from, end: to, depth: depth, lines: li}
	lx.line, lx.lineStart = li.pos(from)
	lx.lineStart = from - lx.lineStart
	// Room for a token every 3 bytes, so that the slice is not grown (and
	// copied) for dense code: about 4.9 bytes a token in real code, 3.1 in
	// bench/interp's generated 2,000-line file, whose tokens outgrew a
	// quarter of its length twice (1.8 of the pre-pass's 3 MB). The part
	// never filled is not touched.
	lx.toks = make([]tok, 0, (to-from)/3+4)
	if err := lx.run(); err != nil {
		return nil, err
	}
	return lx.toks, nil
}

func (lx *lexer) add(k kind, s, e int) *tok {
	lx.toks = append(lx.toks, tok{kind: k, s: s, e: e, line: lx.line, col: s - lx.lineStart})
	// A token may span lines (strings); move the line count past it.
	if k == tStr {
		if n := strings.Count(lx.src[s:e], "\n"); n > 0 {
			lx.line += n
			lx.lineStart = s + strings.LastIndexByte(lx.src[s:e], '\n') + 1
		}
	}
	lx.hasContent = true
	return &lx.toks[len(lx.toks)-1]
}

func (lx *lexer) run() error {
	src := lx.src
	for lx.pos < lx.end {
		c := src[lx.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\r':
			lx.pos++
		case c == '#':
			for lx.pos < lx.end && src[lx.pos] != '\n' {
				lx.pos++
			}
		case c == '\\':
			if lx.pos+1 < lx.end && src[lx.pos+1] == '\n' {
				lx.pos += 2
				lx.line, lx.lineStart = lx.line+1, lx.pos
			} else if lx.pos+2 < lx.end && src[lx.pos+1] == '\r' && src[lx.pos+2] == '\n' {
				lx.pos += 3
				lx.line, lx.lineStart = lx.line+1, lx.pos
			} else {
				return &synErr{"unexpected character after line continuation character", lx.pos}
			}
		case c == '\n':
			if lx.depth == 0 && lx.hasContent {
				lx.add(tNewline, lx.pos, lx.pos)
				lx.hasContent = false
			}
			lx.pos++
			lx.line, lx.lineStart = lx.line+1, lx.pos
		case isIdentStart(c):
			s := lx.pos
			for lx.pos < lx.end && isIdentChar(src[lx.pos]) {
				lx.pos++
			}
			if lx.pos < lx.end && (src[lx.pos] == '\'' || src[lx.pos] == '"') && lx.pos-s <= 2 && isStrPrefix(src[s:lx.pos]) {
				if err := lx.str(s, lx.pos-s); err != nil {
					return err
				}
				continue
			}
			if c >= 0x80 {
				r, _ := utf8.DecodeRuneInString(src[s:])
				if !unicode.IsLetter(r) && r != '_' {
					return &synErr{"invalid character '" + string(r) + "'", s}
				}
			}
			lx.add(tName, s, lx.pos)
		case c >= '0' && c <= '9' || c == '.' && lx.pos+1 < lx.end && src[lx.pos+1] >= '0' && src[lx.pos+1] <= '9':
			lx.num()
		case c == '\'' || c == '"':
			if err := lx.str(lx.pos, 0); err != nil {
				return err
			}
		default:
			s := lx.pos
			n := opLen(src[lx.pos:lx.end])
			lx.pos += n
			switch c {
			case '(', '[', '{':
				lx.depth++
			case ')', ']', '}':
				if lx.depth > 0 {
					lx.depth--
				}
			}
			lx.add(tOp, s, lx.pos)
		}
	}
	if lx.hasContent && lx.depth == 0 {
		lx.add(tNewline, lx.end, lx.end)
	}
	return nil
}

func isStrPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

var ops3 = []string{"**=", "//=", ">>=", "<<=", "..."}
var ops2 = []string{"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="}

func opLen(s string) int {
	switch s[0] {
	case '(', ')', '[', ']', '{', '}', ',', ';', '~':
		return 1
	}
	if len(s) >= 3 {
		for _, o := range ops3 {
			if s[:3] == o {
				return 3
			}
		}
	}
	if len(s) >= 2 {
		for _, o := range ops2 {
			if s[:2] == o {
				return 2
			}
		}
	}
	if s[0] >= 0x80 {
		_, n := utf8.DecodeRuneInString(s)
		return n
	}
	return 1
}

func (lx *lexer) num() {
	src := lx.src
	s := lx.pos
	p := s
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' || c == '_' }
	if src[p] == '0' && p+1 < lx.end && strings.IndexByte("xXoObB", src[p+1]) >= 0 {
		p += 2
		for p < lx.end && (isDigit(src[p]) || (src[p]|0x20) >= 'a' && (src[p]|0x20) <= 'f') {
			p++
		}
	} else {
		for p < lx.end && isDigit(src[p]) {
			p++
		}
		if p < lx.end && src[p] == '.' {
			p++
			for p < lx.end && isDigit(src[p]) {
				p++
			}
		}
		if p < lx.end && (src[p] == 'e' || src[p] == 'E') {
			q := p + 1
			if q < lx.end && (src[q] == '+' || src[q] == '-') {
				q++
			}
			if q < lx.end && src[q] >= '0' && src[q] <= '9' {
				p = q
				for p < lx.end && isDigit(src[p]) {
					p++
				}
			}
		}
		if p < lx.end && (src[p] == 'j' || src[p] == 'J') {
			p++
		}
	}
	lx.pos = p
	lx.add(tNum, s, p)
}

// str scans a string literal whose prefix starts at s and is plen long.
func (lx *lexer) str(s, plen int) error {
	src := lx.src
	prefix := strings.ToLower(src[s : s+plen])
	q := s + plen
	quote := src[q]
	triple := q+2 < lx.end && src[q+1] == quote && src[q+2] == quote
	raw := strings.IndexByte(prefix, 'r') >= 0
	if strings.IndexByte(prefix, 'f') >= 0 {
		if err := check311(src, s, q, lx.end, quote, triple, raw, lx.depth); err != nil {
			return err
		}
		fs, end, err := scanFString(src, q, lx.end, quote, triple, raw, lx.lines)
		if err != nil {
			return err
		}
		lx.pos = end
		t := lx.add(tStr, s, end)
		t.fs = fs
		return nil
	}
	end, err := skipString(src, q, lx.end, quote, triple)
	if err != nil {
		return err
	}
	lx.pos = end
	lx.add(tStr, s, end)
	return nil
}

// skipString returns the offset after the string literal whose opening
// quote is at q.
func skipString(src string, q, end int, quote byte, triple bool) (int, error) {
	p := q + 1
	if triple {
		p = q + 3
	}
	for p < end {
		c := src[p]
		switch {
		case c == '\\':
			p += 2
			continue
		case c == quote:
			if !triple {
				return p + 1, nil
			}
			if p+2 < end && src[p+1] == quote && src[p+2] == quote {
				return p + 3, nil
			}
		case c == '\n' && !triple:
			return 0, &synErr{"unterminated string literal", q}
		}
		p++
	}
	if triple {
		return 0, &synErr{"unterminated triple-quoted string literal", q}
	}
	return 0, &synErr{"unterminated string literal", q}
}
