package classes

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// (see package upstream for the index) gpython v0.2.0's unpacking
// (unpack_iterable, vm/eval.go) words its errors as CPython 3.3 did:
// "need more than 3 value(s) to unpack" for "a, b, c, d = (1, 2, 3)" and
// "need more than 1 values to unpack" for "a, *b, c = [1]", and a value
// that cannot be iterated raises the iterator's "'int' object is not
// iterable". CPython 3.11 says "not enough values to unpack (expected 4,
// got 3)", "not enough values to unpack (expected at least 2, got 1)" and
// "cannot unpack non-iterable int object". FixVMError rewords them from
// the UNPACK_SEQUENCE or UNPACK_EX that failed, whose argument gives the
// expected count.

// gpython's unpacking opcodes (vm/opcodes.go).
const (
	opUnpackSequence = 92
	opUnpackEx       = 94
)

var (
	unpackFewRe   = lazyRegexp(`^need more than (\d+) values? ?(?:\(s\) )?to unpack$`)
	notIterableRe = lazyRegexp(`^'([^']+)' object is not iterable$`)
)

// fixUnpackError rewords e (msg is its message) when the instruction that
// raised it is an unpacking, and reports whether it did.
func fixUnpackError(e *py.Exception, tb *py.Traceback, msg string) bool {
	var m []string
	switch e.Base {
	case py.ValueError:
		m = unpackFewRe().FindStringSubmatch(msg)
	case py.TypeError:
		m = notIterableRe().FindStringSubmatch(msg)
	}
	if m == nil {
		return false
	}
	_, ins, k := failedInstr(tb)
	if k < 0 || (ins[k].op != opUnpackSequence && ins[k].op != opUnpackEx) {
		return false
	}
	in := ins[k]
	var text string
	switch {
	case e.Base == py.TypeError:
		text = "cannot unpack non-iterable " + m[1] + " object"
	case in.op == opUnpackSequence:
		text = "not enough values to unpack (expected " + strconv.Itoa(in.arg) + ", got " + m[1] + ")"
	default:
		atLeast := in.arg&0xFF + in.arg>>8
		text = "not enough values to unpack (expected at least " + strconv.Itoa(atLeast) + ", got " + m[1] + ")"
	}
	e.Args = py.Tuple{py.String(text)}
	return true
}

// isUnpackErrorText reports whether msg may be one of the messages
// fixUnpackError rewords (a cheap test before the instruction is decoded).
func isUnpackErrorText(msg string) bool {
	return strings.HasPrefix(msg, "need more than ") || strings.HasSuffix(msg, " object is not iterable")
}
