package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// FuzzJSON checks that loads never panics and that what it accepts
// round-trips through dumps to an equal value.
func FuzzJSON(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5, null]}`, `"\ud83d\ude00"`, `[1e400, -0, "x\n"]`, `{"a":`, `[`, `"\u12`, `NaN`, "\"\x01\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := JSONLoads(py.String(s), nil)
		if err != nil {
			if !py.IsException(py.ValueError, err) {
				t.Fatalf("loads(%q): non-ValueError %v", s, err)
			}
			return
		}
		out, err := JSONDumps(v, nil)
		if err != nil {
			t.Fatalf("dumps(loads(%q)): %v", s, err)
		}
		w, err := JSONLoads(py.String(out), nil)
		if err != nil {
			t.Fatalf("loads(dumps(loads(%q))) = %q: %v", s, out, err)
		}
		out2, _ := JSONDumps(w, nil)
		if out2 != out {
			t.Fatalf("round trip of %q: %q != %q", s, out2, out)
		}
	})
}
