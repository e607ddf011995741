package pyconfig

import (
	"encoding/json"
	"math"
	"math/big"
	"os"
	"os/exec"
	"testing"

	"github.com/gowikibot/gowikibot/userconfig"
)

// cpython returns Debian's python3 (the one pywikibot runs with); under
// CI=true its absence fails the test.
func cpython(t testing.TB) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("/usr/bin/python3 is missing (apt-get install python3)")
	}
	t.Skip("/usr/bin/python3 is missing")
	return ""
}

var reprStrings = []string{
	"", "plain", `C:\it's`, `it's "quoted"`, `both ' and "`, "tab\tnl\ncr\r", "nul\x00bell\x07esc\x1b del\x7f",
	"nbsp\u00a0soft\u00ad", "é ü ß ñ", "日本語", "emoji 😀", "zero width\u200b joiner\u200d", "line sep\u2028para\u2029",
	"private\ue000", "bom\ufeff", "\\", "'", `"`, "'\"", "{braces} %s", "tag \U000e0041", "combining e\u0301",
	"arabic \u0627\u0644", "replacement \ufffd",
}

// TestReprAgreesWithCPython: userconfig.Repr (Go, no interpreter), Repr
// (the interpreter's) and CPython's repr() give the same text.
func TestReprAgreesWithCPython(t *testing.T) {
	py := cpython(t)
	values := []any{nil, true, false, int64(0), int64(-42), big.NewInt(0).Lsh(big.NewInt(1), 80),
		0.1, 1.0, math.Copysign(0, -1), 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 2.5e-300, math.Inf(1),
		userconfig.Tuple{}, userconfig.Tuple{"a"}, userconfig.Tuple{6.05, int64(45)}, []any{"x", []any{}, map[string]any{}},
		map[string]any{"b": int64(1), "a": userconfig.Tuple{"k", "s"}, "c:\\it's": "v"}}
	for _, s := range reprStrings {
		values = append(values, s)
	}
	// CPython reads each value back from JSON (tuples and big ints by tag).
	var enc []any
	for _, v := range values {
		enc = append(enc, tagged(v))
	}
	data, _ := json.Marshal(enc)
	cmd := exec.Command(py, "-c", `
import json, sys
def untag(v):
    if isinstance(v, dict):
        if '__tuple__' in v: return tuple(untag(x) for x in v['__tuple__'])
        if '__int__' in v: return int(v['__int__'])
        if '__float__' in v: return float(v['__float__'])
        return {k: untag(x) for k, x in sorted(v.items())}
    if isinstance(v, list): return [untag(x) for x in v]
    return v
for v in json.loads(sys.stdin.read()):
    print(json.dumps(repr(untag(v))))
`)
	cmd.Stdin = bytesReader(data)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	want := splitJSONLines(t, out)
	if len(want) != len(values) {
		t.Fatalf("python3 printed %d values, want %d", len(want), len(values))
	}
	for i, v := range values {
		if got := userconfig.Repr(v); got != want[i] {
			t.Errorf("userconfig.Repr(%#v) = %s, CPython %s", v, got, want[i])
		}
		if got := Repr(v); got != want[i] {
			t.Errorf("pyconfig.Repr(%#v) = %s, CPython %s", v, got, want[i])
		}
	}
}

// FuzzRepr: for any string the Go repr and the interpreter's agree and
// the interpreter reads it back as the same string.
func FuzzRepr(f *testing.F) {
	for _, s := range reprStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		goRepr, pyRepr := userconfig.Repr(s), Repr(s)
		if goRepr != pyRepr {
			t.Fatalf("Go %s, interpreter %s", goRepr, pyRepr)
		}
		back, err := evalLiteral(goRepr)
		if err != nil {
			t.Fatalf("%s: %v", goRepr, err)
		}
		want := []rune(s) // invalid UTF-8 reads as U+FFFD
		if string(want) != back {
			t.Fatalf("%q read back as %q", s, back)
		}
	})
}
