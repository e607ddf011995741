package codecache_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
	"github.com/gowikibot/gowikibot/pyshim/pywikibot"
	"github.com/gowikibot/gowikibot/scripts"
)

// newInterp returns an interpreter whose compiles go through the whole
// compatibility layer.
func newInterp(t *testing.T) *python.Interp {
	t.Helper()
	in, err := python.New(python.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(in.Close)
	return in
}

// roundTrip compiles src (under a file name the cache does not keep, so
// that it is a fresh compile), encodes it, decodes the encoding and
// checks that the decoded code object encodes to the same bytes: every
// field of every nested code object, every constant (registered helpers
// by name, per-use helpers by their fields) and every side-table entry,
// restored on the decoded objects, survive.
func roundTrip(t *testing.T, in *python.Interp, name, src string) bool {
	t.Helper()
	code, err := in.Compile(src, "roundtrip/"+name)
	if err != nil {
		return false
	}
	enc, err := codecache.Encode(code)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return false
	}
	dec, err := codecache.Decode(string(enc))
	if err != nil {
		t.Errorf("%s: decode: %v", name, err)
		return false
	}
	if dec == code {
		t.Fatalf("%s: decode returned the original object", name)
	}
	enc2, err := codecache.Encode(dec)
	if err != nil {
		t.Errorf("%s: encoding the decoded code: %v", name, err)
		return false
	}
	if !bytes.Equal(enc, enc2) {
		i := 0
		for i < len(enc) && i < len(enc2) && enc[i] == enc2[i] {
			i++
		}
		t.Errorf("%s: the decoded code encodes differently (first difference at byte %d of %d/%d)", name, i, len(enc), len(enc2))
		return false
	}
	return true
}

// Every module embedded in the binary (the pywikibot package, the standard
// library written in Python, the bundled scripts) survives the round trip.
func TestRoundTripEmbeddedModules(t *testing.T) {
	in := newInterp(t)
	pywikibot.Register()
	names := lazymod.Names()
	sort.Strings(names)
	n := 0
	for _, name := range names {
		impl := lazymod.ModuleImpl(name)
		if impl == nil || impl.CodeSrc == "" {
			continue
		}
		if !codecache.Embedded(impl.Info.FileDesc) {
			t.Errorf("%s: file %q is not recognised as embedded", name, impl.Info.FileDesc)
		}
		if roundTrip(t, in, name, impl.CodeSrc) {
			n++
		} else if !t.Failed() {
			t.Errorf("%s: embedded module does not compile", name)
		}
	}
	for _, name := range scripts.Names() {
		src, _ := scripts.Source(name)
		if roundTrip(t, in, "scripts/"+name, src) {
			n++
		}
	}
	if n < 150 {
		t.Fatalf("only %d embedded modules round-tripped; the walk missed some", n)
	}
	t.Logf("%d embedded modules round-trip", n)
}

// Every program of the conformance corpus that compiles survives the round
// trip (the corpus covers the language features the layers rewrite).
func TestRoundTripConformanceCorpus(t *testing.T) {
	in := newInterp(t)
	cases, _ := filepath.Glob("../../../tests/conformance/cases/*.py")
	if len(cases) < 100 {
		t.Fatalf("conformance corpus not found (%d cases)", len(cases))
	}
	n := 0
	for _, c := range cases {
		src, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		if roundTrip(t, in, filepath.Base(c), string(src)) {
			n++
		}
	}
	if n < len(cases)*9/10 {
		t.Fatalf("only %d of %d cases compiled", n, len(cases))
	}
	t.Logf("%d of %d conformance cases round-trip", n, len(cases))
}

// A decoded module runs as the freshly compiled one: same output, same
// tracebacks (file and line numbers), and the layers' side tables
// (keyword-only defaults, qualified names) in force.
func TestDecodedCodeRuns(t *testing.T) {
	src := `def kw(a, *, b, c=3, d):
    return (a, b, c, d)

class Outer:
    def method(self):
        def inner():
            return 1
        return inner

def gen():
    x = yield 1
    yield x + 1

print(kw(1, b=2, d=4))
print(Outer().method().__qualname__, Outer.method.__qualname__)
g = gen(); next(g); print(g.send(41))
print('%s-%d' % ('a', 5), (1, 2) < (1, 3), b'ab' + b'c', {1, 2} | {3})
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
d = {}
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
for i in range(3):
    if i == 1:
        break
else:
    print('no')
print(i)
1 / 0
`
	run := func(code *py.Code) string {
		var out bytes.Buffer
		in, err := python.New(python.Options{Stdout: &out, Stderr: &out})
		if err != nil {
			t.Fatal(err)
		}
		defer in.Close()
		python.RegisterSource("<gowikibot>/t/run.py", src)
		mod := py.StringDict{"__name__": py.String("__main__")}
		if b, e := in.Ctx.GetModule("builtins"); e == nil {
			mod["__builtins__"] = b
		}
		_, err = in.Ctx.RunCode(code, mod, mod, nil)
		if err != nil {
			out.WriteString(python.FormatTraceback(sysmods.ExceptionInfoOf(err)))
		}
		return out.String()
	}
	in := newInterp(t)
	fresh, err := in.Compile(src, "<gowikibot>/t/run.py")
	if err != nil {
		t.Fatal(err)
	}
	enc, err := codecache.Encode(fresh)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := codecache.Decode(string(enc))
	if err != nil {
		t.Fatal(err)
	}
	want := run(fresh)
	got := run(dec)
	if !strings.Contains(want, "(1, 2, 3, 4)") || !strings.Contains(want, "Outer.method.<locals>.inner Outer.method") ||
		!strings.Contains(want, `line 29, in <module>`) || !strings.Contains(want, "ZeroDivisionError") {
		t.Fatalf("unexpected output of the fresh compile:\n%s", want)
	}
	if got != want {
		t.Fatalf("decoded code behaves differently\n--- fresh\n%s\n--- decoded\n%s", want, got)
	}
}
