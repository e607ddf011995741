package classes

import "strings"

// needsAST reports whether a compile must also parse src to an AST for
// this layer's source analyses: keyword-only defaults (analyseKwOnly:
// a def or lambda with a keyword-only parameter) and decorated defaults
// (rewriteDecoratedDefaults: a line starting with '@'). It is a cheap,
// conservative scan — true whenever such a construct may be there, also
// inside strings — so that plain code is parsed once, not twice.
func needsAST(src string) bool {
	return hasDecoratorLine(src) || mayHaveKwOnly(src)
}

// hasDecoratorLine reports whether a line of src starts with '@' after
// its indentation.
func hasDecoratorLine(src string) bool {
	for i := 0; i < len(src); {
		j := i
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j < len(src) && src[j] == '@' {
			return true
		}
		nl := strings.IndexByte(src[j:], '\n')
		if nl < 0 {
			return false
		}
		i = j + nl + 1
	}
	return false
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
// reports whether a parameter follows a '*' one.
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
				return false // end of a def's parameter list
			}
			depth--
		case c == ':' && depth == 0 && lambda:
			return false
		case c == ',' && depth == 0:
			itemStart = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\':
		case c == '#':
			nl := strings.IndexByte(s[i:], '\n')
			if nl < 0 {
				return false
			}
			i += nl
		default:
			if itemStart && depth == 0 {
				if c == '*' {
					if i+1 < len(s) && s[i+1] == '*' {
						return false // **kwargs ends the list
					}
					if star {
						return true
					}
					star = true
				} else if c == '/' {
					// positional-only marker
				} else if star {
					return true
				}
			}
			itemStart = false
		}
	}
	return true // no end found: be conservative
}
