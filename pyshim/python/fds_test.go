package python

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// runtimeFDs returns the Go runtime's own descriptors (epoll, eventfd).
func runtimeFDs(t *testing.T) []int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	var fds []int
	for _, e := range ents {
		link, _ := os.Readlink("/proc/self/fd/" + e.Name())
		if strings.HasPrefix(link, "anon_inode:") {
			n, _ := strconv.Atoi(e.Name())
			fds = append(fds, n)
		}
	}
	return fds
}

// TestOSCloseRefusesDescriptorsGoOwns: os.close on the runtime's epoll
// descriptor, or on one a Go file holds, raises OSError(EBADF) instead of
// killing the process or pulling the descriptor from under Go; the
// descriptors mkstemp hands out survive garbage collection until the
// script closes them, and os.fdopen takes them over.
func TestOSCloseRefusesDescriptorsGoOwns(t *testing.T) {
	rt := runtimeFDs(t)
	if len(rt) == 0 {
		t.Fatal("found no epoll descriptor in /proc/self/fd")
	}
	held, err := os.Open("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	var fds []string
	for _, fd := range append(rt, int(held.Fd()), 1<<20) {
		fds = append(fds, strconv.Itoa(fd))
	}
	dir := t.TempDir()
	src := fmt.Sprintf(`import os, tempfile
for fd in [%s]:
    try:
        os.close(fd)
        print('closed', fd)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e))
fd, name = tempfile.mkstemp(suffix='.txt', dir=%q)
GC()
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print('twice:', e)
os.unlink(name)
fd, name = tempfile.mkstemp(prefix='p-', dir=%q)
print(os.path.basename(name).startswith('p-'), os.path.isabs(name))
GC()
f = os.fdopen(fd, 'w')
f.write('written')
f.close()
try:
    os.close(fd)
except OSError as e:
    print('after fdopen:', e)
print(open(name).read())
`, strings.Join(fds, ", "), dir, dir)
	var out bytes.Buffer
	in, err := New(Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	gc := py.MustNewMethod("GC", func(self py.Object, args py.Tuple) (py.Object, error) {
		runtime.GC()
		runtime.GC()
		return py.None, nil
	}, 0, "")
	if err := in.Exec(src, filepath.Join(dir, "fds.py"), py.StringDict{"__name__": py.String("__main__"), "GC": gc}); err != nil {
		t.Fatal(err)
	}
	want := strings.Repeat("OSError 9 [Errno 9] Bad file descriptor\n", len(fds)) +
		"twice: [Errno 9] Bad file descriptor\nTrue True\nafter fdopen: [Errno 9] Bad file descriptor\nwritten\n"
	if out.String() != want {
		t.Fatalf("output:\n%s\nwant:\n%s", out.String(), want)
	}
	if got := runtimeFDs(t); len(got) != len(rt) {
		t.Fatalf("runtime descriptors %v, were %v", got, rt)
	}
	if _, err := held.Seek(0, 0); err != nil {
		t.Fatalf("the Go file's descriptor was closed: %v", err)
	}
}
