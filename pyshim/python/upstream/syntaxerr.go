package upstream

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// FixSyntaxError gives a SyntaxError raised by compile the attributes
// CPython's has and scripts read: msg (the message) and text (the source
// line, with its newline).
//
// Workaround for gpython v0.2.0: py.MakeSyntaxError (py/exception.go,
// unchanged on upstream main) stores only filename, lineno, offset and a
// "line" attribute that CPython does not have, so `e.msg` and `e.text` raise
// AttributeError.
func FixSyntaxError(err error) {
	exc, ok := err.(*py.Exception)
	if !ok || !exc.Type().IsSubtype(py.SyntaxError) {
		return
	}
	if _, ok := exc.Dict["msg"]; !ok {
		if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
			if s, ok := args[0].(py.String); ok {
				exc.Dict["msg"] = s
			}
		}
	}
	if _, ok := exc.Dict["text"]; !ok {
		if line, ok := exc.Dict["line"].(py.String); ok {
			text := string(line)
			if text != "" && !strings.HasSuffix(text, "\n") {
				text += "\n"
			}
			exc.Dict["text"] = py.String(text)
		}
	}
}
