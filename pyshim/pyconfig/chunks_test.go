package pyconfig

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// tricky is top-level code whose statements span lines in every way a
// chunk boundary must respect.
const tricky = `x%[1]d = 1
if x%[1]d:
    y%[1]d = 2
else:
    y%[1]d = 3
s%[1]d = """a
b = 1
c""" + '#' + "\"" + '''
'''
d%[1]d = {
'k': [1,
2],
}
t%[1]d = 1 + \
2
@staticmethod
def f%[1]d():
    return %[1]d
class C%[1]d:
    pass
try:
    z%[1]d = 1
except Exception:
    pass
finally:
    w%[1]d = 4
`

func run(t *testing.T, src string, chunked bool) (py.StringDict, error) {
	t.Helper()
	in, err := python.New(python.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	g := py.NewStringDict()
	if chunked {
		err = execSource(in, src, "/x/user-config.py", g)
	} else {
		err = in.Exec(src, "/x/user-config.py", g)
	}
	return g, err
}

// TestChunkedExecSameResult: a large file gives the same globals compiled
// in chunks as compiled whole, and errors name the file's own line.
func TestChunkedExecSameResult(t *testing.T) {
	defer func(m, s int) { chunkMinSize, chunkSize = m, s }(chunkMinSize, chunkSize)
	chunkMinSize, chunkSize = 2048, 1024
	var b strings.Builder
	for i := 0; b.Len() < 12*1024; i++ {
		fmt.Fprintf(&b, tricky, i)
	}
	src := b.String()
	starts := topLevelStarts(src, chunkSize)
	if len(starts) < 5 {
		t.Fatalf("only %d chunks", len(starts))
	}
	// Every chunk compiles on its own (no fallback to the whole file).
	in, _ := python.New(python.Options{})
	for i, st := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		if _, err := in.Compile(src[st:end], "chunk"); err != nil {
			t.Fatalf("chunk %d (%q...) does not compile: %v", i, src[st:min(end, st+40)], err)
		}
	}
	in.Close()
	whole, err := run(t, src, false)
	if err != nil {
		t.Fatal(err)
	}
	chunked, err := run(t, src, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole) != len(chunked) {
		t.Fatalf("%d globals whole, %d chunked", len(whole), len(chunked))
	}
	for k, v := range whole {
		if _, isCode := v.(*py.Function); isCode {
			continue
		}
		if k == "__builtins__" {
			continue
		}
		a, _ := py.ReprAsString(v)
		c, _ := py.ReprAsString(chunked[k])
		if strings.HasPrefix(a, "<") {
			continue
		}
		if a != c {
			t.Errorf("%s = %s whole, %s chunked", k, a, c)
		}
	}
	// An error late in the file names its line.
	lines := strings.Count(src, "\n")
	_, err = run(t, src+"\n\nboom = undefined_name\n", true)
	msg, line := traceback(err, "/x/user-config.py")
	if line != lines+3 || !strings.HasSuffix(msg, "NameError: name 'undefined_name' is not defined") {
		t.Errorf("error at line %d (want %d): %s", line, lines+3, msg)
	}
	// A function defined in a late chunk reports its own line too.
	_, err = run(t, src+"def g():\n    return 1 / 0\nv = g()\n", true)
	if _, line = traceback(err, "/x/user-config.py"); line != lines+2 {
		t.Errorf("error in a function at line %d, want %d", line, lines+2)
	}
	// A syntax error is reported as the whole file's.
	_, err = run(t, src+"x = (\n", true)
	if _, line = traceback(err, "/x/user-config.py"); line < lines {
		t.Errorf("syntax error at line %d", line)
	}
}
