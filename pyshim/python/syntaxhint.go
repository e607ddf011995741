package python

import (
	"regexp"
	"sync"

	"github.com/go-python/gpython/py"
)

// legacyCall matches a Python 2 print or exec statement: the name at the
// start of a line, then (after spaces) what cannot follow a name in an
// expression: a string, a number or another name.
var legacyCall = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\s*)(print|exec)\s+[\w"'\\]`)
})

// hintLegacyCall gives the "invalid syntax" of a Python 2 print or exec
// statement CPython 3.11's message, "Missing parentheses in call to
// 'print'. Did you mean print(...)?", with the offset at the name (public
// Python 2 scripts meet it first).
func hintLegacyCall(err error) {
	exc, ok := err.(*py.Exception)
	if !ok || !exc.Type().IsSubtype(py.SyntaxError) {
		return
	}
	if msg, _ := exc.Dict["msg"].(py.String); msg != "invalid syntax" {
		return
	}
	text, _ := exc.Dict["text"].(py.String)
	m := legacyCall().FindStringSubmatch(string(text))
	if m == nil {
		return
	}
	hint := py.String("Missing parentheses in call to '" + m[2] + "'. Did you mean " + m[2] + "(...)?")
	exc.Dict["msg"] = hint
	if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
		args = append(py.Tuple{hint}, args[1:]...)
		exc.Args = args
	}
	exc.Dict["offset"] = py.Int(len(m[1]) + 1)
}
