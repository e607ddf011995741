package prepass

import (
	"fmt"
	"strings"

	"github.com/gowikibot/gowikibot/pyshim/python/lib/pyre"
)

// (see package upstream for the index) gpython v0.2.0's string literals
// have no \N{name} escape (its lexer leaves "\N{EM DASH}" as those
// characters). The pre-pass writes each as the \UXXXXXXXX escape of the
// named character, in plain and f-string literals; an unknown name is
// CPython's SyntaxError.

// hasNamedEscape reports whether the string literal token text (prefix
// and quotes included) has a \N{...} escape that the rewrite replaces: not
// in raw or bytes literals.
func hasNamedEscape(text string) bool {
	if !strings.Contains(text, `\N{`) {
		return false
	}
	q := strings.IndexAny(text, `'"`)
	if q < 0 {
		return false
	}
	prefix := strings.ToLower(text[:q])
	return !strings.ContainsAny(prefix, "rb")
}

// namedEscapes rewrites the \N{name} escapes of the non-raw string literal
// text; off is the text's offset in the source (for errors).
func namedEscapes(text string, off int) (string, error) {
	var b strings.Builder
	i := 0
	for {
		k := strings.IndexByte(text[i:], '\\')
		if k < 0 {
			break
		}
		k += i
		if k+1 >= len(text) {
			break
		}
		if text[k+1] != 'N' || k+2 >= len(text) || text[k+2] != '{' {
			b.WriteString(text[i : k+2])
			i = k + 2
			continue
		}
		e := strings.IndexByte(text[k:], '}')
		if e < 0 {
			return "", namedEscapeError(text, k, len(text)-1, off, "malformed \\N character escape")
		}
		e += k
		r, ok := namedRune(text[k+3 : e])
		if !ok {
			return "", namedEscapeError(text, k, e, off, "unknown Unicode character name")
		}
		b.WriteString(text[i:k])
		fmt.Fprintf(&b, `\U%08x`, r)
		i = e + 1
	}
	b.WriteString(text[i:])
	return b.String(), nil
}

// namedRune is the character called name.
func namedRune(name string) (rune, bool) {
	if name == "" {
		return 0, false
	}
	return pyre.LookupName(name)
}

// namedEscapeError is CPython's SyntaxError for a bad \N escape spanning
// text[k:e+1]: positions counted in the literal's body.
func namedEscapeError(text string, k, e, off int, why string) error {
	body := strings.IndexAny(text, `'"`)
	q := text[body]
	body++
	if body+1 < len(text) && text[body] == q && text[body+1] == q {
		body += 2
	}
	return &synErr{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", k-body, e-body, why), off}
}
