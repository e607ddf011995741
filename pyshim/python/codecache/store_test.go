package codecache_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
	"github.com/gowikibot/gowikibot/pyshim/python/codecache"
)

// useCacheDir points the cache at a fresh directory for the test.
func useCacheDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv(codecache.EnvDir, dir)
	codecache.ResetDir()
	t.Cleanup(codecache.ResetDir)
	return dir
}

// counting returns a compile function that compiles through the layers and
// counts its calls.
func counting(t *testing.T) (codecache.CompileFunc, *atomic.Int32) {
	in := newInterp(t)
	var n atomic.Int32
	return func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
		n.Add(1)
		return in.Compile(src, "fresh/"+srcDesc)
	}, &n
}

// entries lists the cache's entry files (not temporary ones).
func entries(t *testing.T) []string {
	t.Helper()
	dir := codecache.Dir()
	if dir == "" {
		t.Fatal("cache is off")
	}
	ents, _ := os.ReadDir(dir)
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

const modSrc = "def f(x, *, y=2):\n    return x + y\nprint(f(1))\n"

func TestCacheHitAndInvalidation(t *testing.T) {
	useCacheDir(t)
	compile, n := counting(t)
	get := func(src, file string) *py.Code {
		t.Helper()
		c, err := codecache.Compile(compile, src, file, py.ExecMode, 0, true)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	first := get(modSrc, "<gowikibot>/m.py")
	if n.Load() != 1 || len(entries(t)) != 1 {
		t.Fatalf("first compile: %d compiles, entries %v", n.Load(), entries(t))
	}
	second := get(modSrc, "<gowikibot>/m.py")
	if n.Load() != 1 {
		t.Fatalf("second compile of the same source compiled again")
	}
	if second == first || second.Name != first.Name || second.Code != first.Code {
		t.Fatalf("second compile did not load an equal code object")
	}
	// a changed source, another file name or mode: their own entries
	get(modSrc+"print(2)\n", "<gowikibot>/m.py")
	get(modSrc, "<gowikibot>/other.py")
	if n.Load() != 3 || len(entries(t)) != 3 {
		t.Fatalf("changed source/name: %d compiles, entries %v", n.Load(), entries(t))
	}
	// another build of the binary never sees these entries
	restore := codecache.SetBinaryVersion("go:another-build")
	get(modSrc, "<gowikibot>/m.py")
	if n.Load() != 4 {
		t.Fatalf("another binary used this binary's entry")
	}
	otherDir := codecache.Dir()
	restore()
	if otherDir == codecache.Dir() {
		t.Fatalf("another binary uses the same directory %s", otherDir)
	}
	get(modSrc, "<gowikibot>/m.py")
	if n.Load() != 4 {
		t.Fatalf("back on this binary: compiled again")
	}
	// a compile error is returned as it is and not stored
	if _, err := codecache.Compile(compile, "def (:\n", "<gowikibot>/bad.py", py.ExecMode, 0, true); err == nil {
		t.Fatal("no error for a syntax error")
	}
	if _, err := codecache.Compile(compile, "def (:\n", "<gowikibot>/bad.py", py.ExecMode, 0, true); err == nil || n.Load() != 6 {
		t.Fatalf("syntax error: err %v after %d compiles (want the error each time)", err, n.Load())
	}
}

func TestBinaryVersionIsBuildID(t *testing.T) {
	v := codecache.BinaryVersion()
	if !strings.HasPrefix(v, "go:") || len(v) < 20 {
		t.Fatalf("binary version %q is not a Go build ID", v)
	}
	exe, _ := os.Executable()
	out, err := exec.Command("go", "tool", "buildid", exe).Output()
	if err != nil {
		t.Fatalf("go tool buildid: %v", err)
	}
	if want := "go:" + strings.TrimSpace(string(out)); v != want {
		t.Fatalf("binary version %q, go tool buildid says %q", v, want)
	}
}

func TestCorruptEntryIsReplaced(t *testing.T) {
	useCacheDir(t)
	compile, n := counting(t)
	if _, err := codecache.Compile(compile, modSrc, "<gowikibot>/m.py", py.ExecMode, 0, true); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(codecache.Dir(), entries(t)[0])
	good, _ := os.ReadFile(path)
	for _, bad := range [][]byte{good[:len(good)/2], []byte("GWBC\x01garbage"), []byte("not an entry"), {}} {
		if err := os.WriteFile(path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		before := n.Load()
		c, err := codecache.Compile(compile, modSrc, "<gowikibot>/m.py", py.ExecMode, 0, true)
		if err != nil || c == nil || n.Load() != before+1 {
			t.Fatalf("corrupt entry %q: err %v, compiled %d times", bad, err, n.Load()-before)
		}
		if now, _ := os.ReadFile(path); string(now) != string(good) {
			t.Fatalf("corrupt entry not replaced by a good one")
		}
	}
}

// Decoding any truncation or byte flip of an entry fails or succeeds, and
// never panics.
func TestDecodeDamagedNeverPanics(t *testing.T) {
	in := newInterp(t)
	code, err := in.Compile(modSrc+"class C:\n    x = (1, 2.5, b'x', None, ...)\n", "t.py")
	if err != nil {
		t.Fatal(err)
	}
	enc, err := codecache.Encode(code)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(enc); i++ {
		codecache.Decode(string(enc[:i]))
		for _, x := range []byte{0x01, 0x80, 0xff} {
			b := append([]byte{}, enc...)
			b[i] ^= x
			codecache.Decode(string(b))
		}
	}
}

// A cache directory that cannot be made or written means compiling as
// before, silently.
func TestUnwritableCacheDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{filepath.Join(file, "cache"), readOnlyDir(t)} {
		if base == "" {
			continue
		}
		t.Setenv(codecache.EnvDir, base)
		codecache.ResetDir()
		compile, n := counting(t)
		for i := 1; i <= 2; i++ {
			c, err := codecache.Compile(compile, modSrc, "<gowikibot>/m.py", py.ExecMode, 0, true)
			if err != nil || c == nil || n.Load() != int32(i) {
				t.Fatalf("%s: err %v, %d compiles", base, err, n.Load())
			}
		}
	}
	codecache.ResetDir()
}

// readOnlyDir is a directory this process cannot write ("" when running
// as root, where permissions do not stop writes).
func readOnlyDir(t *testing.T) string {
	if os.Geteuid() == 0 {
		return ""
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	return dir
}

// A code object with a constant no layer registered is compiled, used and
// not stored.
func TestUnencodableIsNotStored(t *testing.T) {
	useCacheDir(t)
	compile := func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
		return &py.Code{Name: "m", Consts: py.Tuple{py.NewList()}}, nil
	}
	c, err := codecache.Compile(compile, modSrc, "<gowikibot>/m.py", py.ExecMode, 0, true)
	if err != nil || c == nil {
		t.Fatal(err)
	}
	if _, err := codecache.Encode(c); err == nil || !strings.Contains(err.Error(), "*py.List") {
		t.Fatalf("Encode: %v", err)
	}
	if e := entries(t); len(e) != 0 {
		t.Fatalf("stored %v", e)
	}
}

// Runs writing and reading the same entries at once (goroutines and other
// processes) only ever see whole entries, and leave no temporary files.
func TestConcurrentWriters(t *testing.T) {
	dir := useCacheDir(t)
	srcs := make([]string, 4)
	for i := range srcs {
		srcs[i] = fmt.Sprintf("%sprint(%d)\n", modSrc, i)
	}
	// other processes: this test binary, running the helper below
	var procs []*exec.Cmd
	for i := 0; i < 3; i++ {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "CODECACHE_HELPER=1", codecache.EnvDir+"="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
	}
	compile, _ := counting(t)
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				src := srcs[i%len(srcs)]
				c, err := codecache.Compile(compile, src, "<gowikibot>/m.py", py.ExecMode, 0, true)
				if err != nil || c == nil || len(c.Consts) == 0 {
					t.Errorf("concurrent compile: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, p := range procs {
		if err := p.Wait(); err != nil {
			t.Fatalf("helper process: %v", err)
		}
	}
	e := entries(t)
	if len(e) != len(srcs) {
		t.Fatalf("entries %v, want %d (no temporary files left)", e, len(srcs))
	}
	for _, name := range e {
		data := codecache.Load(name)
		if _, err := codecache.Decode(data); err != nil {
			t.Fatalf("entry %s: %v", name, err)
		}
	}
}

// TestMain runs the other process of TestConcurrentWriters when this test
// binary is started as one.
func TestMain(m *testing.M) {
	if os.Getenv("CODECACHE_HELPER") == "1" {
		if err := helperWriter(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// helperWriter compiles the sources TestConcurrentWriters compiles,
// through the cache its environment names.
func helperWriter() error {
	in, err := python.New(python.Options{})
	if err != nil {
		return err
	}
	compile := func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
		return in.Compile(src, "fresh/"+srcDesc)
	}
	for i := 0; i < 40; i++ {
		src := fmt.Sprintf("%sprint(%d)\n", modSrc, i%4)
		if _, err := codecache.Compile(compile, src, "<gowikibot>/m.py", py.ExecMode, 0, true); err != nil {
			return err
		}
	}
	return nil
}
