package classes

import "strings"

// needsAST reports whether a compile must also parse src to an AST for
// this layer's source analyses: keyword-only defaults (analyseKwOnly: a
// def or lambda whose keyword-only parameters have some defaults but not
// all) and decorated defaults (rewriteDecoratedDefaults: a decorated def
// with a default value). It is a cheap, conservative scan — true whenever
// such a construct may be there, also inside strings — so that most code
// is parsed once, not twice.
func needsAST(src string) bool {
	return hasDecoratedDefaults(src) || mayHaveKwOnly(src)
}

// hasDecoratedDefaults reports whether a line of src starting with '@'
// (after its indentation) may decorate a def with a default value or an
// annotation: the
// next line that starts with "def" or "async" (after the decorator lines)
// has a parameter list with '=' outside brackets. A decorated class, or no
// def found, is not; anything unclear is.
func hasDecoratedDefaults(src string) bool {
	for i := 0; i < len(src); {
		j := i
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		nl := strings.IndexByte(src[j:], '\n')
		if j < len(src) && src[j] == '@' {
			if decoratedDefHasDefault(src[j:]) {
				return true
			}
		}
		if nl < 0 {
			return false
		}
		i = j + nl + 1
	}
	return false
}

// decoratedDefHasDefault looks from a decorator at the definition it
// decorates (see hasDecoratedDefaults).
func decoratedDefHasDefault(s string) bool {
	for i := 0; i < len(s); {
		nl := strings.IndexByte(s[i:], '\n')
		line := s[i:]
		if nl >= 0 {
			line = s[i : i+nl]
		}
		t := strings.TrimLeft(line, " \t")
		switch {
		case strings.HasPrefix(t, "class ") || strings.HasPrefix(t, "class("):
			return false
		case strings.HasPrefix(t, "def ") || strings.HasPrefix(t, "async "):
			k := strings.Index(s[i:], "def")
			if k < 0 {
				return true
			}
			return paramsHaveDefault(s[i+k+3:])
		}
		if nl < 0 {
			return true
		}
		i += nl + 1
	}
	return true
}

// paramsHaveDefault reports whether the parameter list that follows (up to
// its closing parenthesis) has an '=' or an annotation's ':' outside
// brackets and strings, or is followed by a return annotation.
func paramsHaveDefault(s string) bool {
	p := strings.IndexByte(s, '(')
	if p < 0 {
		return true
	}
	depth := 0
	for i := p + 1; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'', '"':
			end := strings.IndexByte(s[i+1:], c)
			if end < 0 {
				return true
			}
			i += end + 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				// a return annotation
				return strings.HasPrefix(strings.TrimLeft(s[i+1:], " \t\\\n"), "->")
			}
			depth--
		case '=', ':':
			// a default value or an annotation (compiled before the
			// decorators too)
			if depth == 0 {
				return true
			}
		}
	}
	return true
}

// mayHaveKwOnly reports whether some "def" or "lambda" of src may have a
// keyword-only parameter: a parameter after a bare '*' or '*args'.
func mayHaveKwOnly(src string) bool {
	for _, kw := range []string{"def", "lambda"} {
		for off := 0; ; {
			k := strings.Index(src[off:], kw)
			if k < 0 {
				break
			}
			start := off + k
			off = start + len(kw)
			if start > 0 && isIdentByte(src[start-1]) || off < len(src) && isIdentByte(src[off]) {
				continue // part of a longer name
			}
			if kwOnlyParams(src[off:], kw == "lambda") {
				return true
			}
		}
	}
	return false
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// kwOnlyParams scans the parameters that follow "def" (up to the closing
// parenthesis of its list) or "lambda" (up to the ':' outside brackets) and
// reports whether the keyword-only ones (after a '*' parameter) have some
// default values but not all: the only case analyseKwOnly fixes.
func kwOnlyParams(s string, lambda bool) bool {
	i := 0
	if !lambda {
		p := strings.IndexByte(s, '(')
		if p < 0 {
			return false
		}
		i = p + 1
	}
	depth := 0
	star := false     // a '*' parameter has been seen
	itemStart := true // at the start of a parameter
	kwOnly, withDefault := 0, 0
	inKwOnly := false // the current parameter is keyword-only
	done := func() bool { return withDefault > 0 && withDefault < kwOnly }
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '"':
			// skip a string literal (a default value); triple quotes too
			q := s[i : i+1]
			if strings.HasPrefix(s[i:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			end := strings.Index(s[i+len(q):], q)
			if end < 0 {
				return true // unterminated: be conservative
			}
			i += len(q) + end + len(q) - 1
			itemStart = false
		case c == '(' || c == '[' || c == '{':
			depth++
			itemStart = false
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				return done() // end of a def's parameter list
			}
			depth--
		case c == ':' && depth == 0 && lambda:
			return done()
		case c == ',' && depth == 0:
			itemStart, inKwOnly = true, false
		case c == '=' && depth == 0 && inKwOnly:
			withDefault++
			inKwOnly = false
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\':
		case c == '#':
			nl := strings.IndexByte(s[i:], '\n')
			if nl < 0 {
				return true
			}
			i += nl
		default:
			if itemStart && depth == 0 {
				if c == '*' {
					if i+1 < len(s) && s[i+1] == '*' {
						return done() // **kwargs ends the list
					}
					if star {
						return true
					}
					star = true
				} else if c == '/' {
					// positional-only marker
				} else if star {
					kwOnly++
					inKwOnly = true
				}
			}
			itemStart = false
		}
	}
	return true // no end found: be conservative
}
