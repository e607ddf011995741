package python

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer the interpreter writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestStdinReadReleasesLock: a thread waiting in sys.stdin.readline() (or
// read()) lets the other threads run, as CPython's reads release the GIL
// (a pywikibot script's Put-Thread waiting for input must not stop the
// main thread). The test types the lines only after the main thread has
// printed while the readers wait.
func TestStdinReadReleasesLock(t *testing.T) {
	var out, errb syncBuffer
	r, w := io.Pipe()
	in, err := New(Options{Stdout: &out, Stderr: &errb, Stdin: r})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	src := `import sys, threading
got = []
t = threading.Thread(target=lambda: got.append(sys.stdin.readline()))
t.start()
print('main runs while a thread waits for a line', flush=True)
t.join()
t = threading.Thread(target=lambda: got.append(sys.stdin.read(4)))
t.start()
print('main runs while a thread waits in read', flush=True)
t.join()
print(got)
`
	done := make(chan error, 1)
	go func() {
		_, err := in.RunSource(src, "<test>", "__main__")
		done <- err
	}()
	for _, step := range []struct{ wait, send string }{
		{"main runs while a thread waits for a line\n", "typed\n"},
		{"main runs while a thread waits in read\n", "more"},
	} {
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(out.String(), step.wait) {
			if time.Now().After(deadline) {
				w.Close() // the reader ends, so does the program
				<-done
				t.Fatalf("the main thread did not run while a thread read stdin; stdout %q", out.String())
			}
			time.Sleep(10 * time.Millisecond)
		}
		if _, err := io.WriteString(w, step.send); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		w.Close()
		t.Fatal("the program did not end")
	}
	if !strings.HasSuffix(out.String(), "['typed\\n', 'more']\n") {
		t.Fatalf("stdout %q", out.String())
	}
}
