package methods

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestHandlerHooksInLargeCode: in a function whose rewritten code is larger
// than 64 KB, the finally and with prologues lose their jump over the hook
// (its 16-bit target would not fit) and still run as in small code: the
// bodies entered normally, an exception raised in a finally body chained to
// the propagating one.
func TestHandlerHooksInLargeCode(t *testing.T) {
	for _, n := range []int{10, 6000} {
		var b strings.Builder
		b.WriteString("class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return True\n")
		b.WriteString("def big():\n    x = 0\n")
		for i := 0; i < n; i++ {
			b.WriteString("    x = x + 1\n")
		}
		b.WriteString("    try:\n        x = x + 1\n    finally:\n        x = x + 1\n")
		b.WriteString("    with CM():\n        x = x + 1\n")
		b.WriteString("    with CM():\n        raise KeyError('suppressed')\n")
		b.WriteString("    try:\n        raise KeyError('first')\n    finally:\n        int('second')\n")
		b.WriteString("r = None\ntry:\n    big()\nexcept ValueError as e:\n    r = (type(e.__context__).__name__, str(e.__context__))\n")
		g, err := run(t, b.String())
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		r, _ := g["r"].(py.Tuple)
		if len(r) != 2 || r[0] != py.String("KeyError") || r[1] != py.String("'first'") {
			t.Errorf("n=%d: context %v, want KeyError 'first'", n, g["r"])
		}
		f, _ := g["big"].(*py.Function)
		if f == nil {
			t.Fatalf("n=%d: no function", n)
		}
		if size := len(f.Code.Code); n > 1000 && size <= 0xffff {
			t.Errorf("n=%d: code is %d bytes, not beyond 64 KB", n, size)
		}
	}
}
