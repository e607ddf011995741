package classes

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// gpython workarounds still needed on upstream main (see package upstream
// for the index): CPython's wording of VM errors, and dotted decorators.

// qualnames maps code objects to their CPython __qualname__, used to put
// the qualified name in argument errors ("A.f() missing 1 required ...").
var qualnames sync.Map

func recordQualnames(code *py.Code, prefix string, inFunc bool) {
	for _, c := range code.Consts {
		sub, ok := c.(*py.Code)
		if !ok {
			continue
		}
		q := sub.Name
		if prefix != "" {
			if inFunc {
				q = prefix + ".<locals>." + sub.Name
			} else {
				q = prefix + "." + sub.Name
			}
		}
		if q != sub.Name {
			qualnames.Store(sub, q)
		}
		recordQualnames(sub, q, sub.Flags&py.CO_NEWLOCALS != 0)
	}
}

var noAttrRe = lazyRegexp(`^'([^']+)' has no attribute '([^']*)'$`)

// patchError rewrites gpython's wording of errors raised by the VM into
// CPython's: AttributeError "'int' has no attribute 'x'" gets "object",
// and argument errors name the function by its qualified name.
func patchError(code *py.Code, err error) {
	var exc *py.Exception
	direct := false
	switch e := err.(type) {
	case *py.Exception:
		exc, direct = e, true
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	case *py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	}
	if exc == nil {
		return
	}
	args, ok := exc.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return
	}
	msg, ok := args[0].(py.String)
	if !ok {
		return
	}
	switch exc.Base {
	case py.AttributeError:
		if m := noAttrRe().FindStringSubmatch(string(msg)); m != nil {
			exc.Args = py.Tuple{py.String("'" + m[1] + "' object has no attribute '" + m[2] + "'")}
		}
	case py.TypeError:
		if direct && code != nil && strings.HasPrefix(string(msg), code.Name+"() ") {
			if q, ok := qualnames.Load(code); ok {
				exc.Args = py.Tuple{py.String(q.(string) + string(msg[len(code.Name):]))}
			}
		}
	}
}

var decoRe = lazyRegexp(`^([ \t]*)@([A-Za-z_][A-Za-z_0-9]*(?:[ \t]*\.[ \t]*[A-Za-z_][A-Za-z_0-9]*)+)`)

// rewriteDottedDecorators works around gpython's compiler, which looks a
// dotted decorator (@prop.setter, @mod.deco(args)) up as a single name:
// "@a.b(args)" becomes "@__pyshim_deco__(a.b(args))" on the same lines.
func rewriteDottedDecorators(src string) string {
	if !strings.Contains(src, "@") {
		return src
	}
	lines := strings.SplitAfter(src, "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		m := decoRe().FindStringSubmatchIndex(lines[i])
		if m == nil {
			continue
		}
		indent := lines[i][m[2]:m[3]]
		name := lines[i][m[4]:m[5]]
		rest := lines[i][m[1]:]
		trimmed := strings.TrimLeft(rest, " \t")
		if strings.HasPrefix(trimmed, "(") {
			// Find the closing parenthesis, possibly on a later line.
			depth := 0
			var quote byte
			done := false
			for j := i; j < len(lines) && !done; j++ {
				line := lines[j]
				start := 0
				if j == i {
					start = m[1]
				}
				for k := start; k < len(line); k++ {
					c := line[k]
					if quote != 0 {
						if c == '\\' {
							k++
						} else if c == quote {
							quote = 0
						}
						continue
					}
					switch c {
					case '\'', '"':
						quote = c
					case '#':
						k = len(line)
					case '(', '[', '{':
						depth++
					case ')', ']', '}':
						depth--
						if depth == 0 {
							lines[j] = line[:k+1] + ")" + line[k+1:]
							done = true
						}
					}
					if done {
						break
					}
				}
			}
			if !done {
				continue
			}
			lines[i] = indent + "@__pyshim_deco__(" + name + lines[i][m[1]:]
		} else {
			body := strings.TrimRight(rest, "\r\n")
			nl := rest[len(body):]
			comment := ""
			if k := strings.Index(body, "#"); k >= 0 {
				comment = " " + body[k:]
				body = body[:k]
			}
			if strings.TrimSpace(body) != "" {
				continue
			}
			lines[i] = indent + "@__pyshim_deco__(" + name + ")" + comment + nl
		}
		changed = true
	}
	if !changed {
		return src
	}
	return strings.Join(lines, "")
}
