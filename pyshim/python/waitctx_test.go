package python

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
)

// TestWaitContextCancelledByInterrupt: Interrupt ends a Go wait under
// WaitContext at once; the KeyboardInterrupt is then delivered once and a
// later wait gets a live context again.
func TestWaitContextCancelledByInterrupt(t *testing.T) {
	in, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	ctx := WaitContext(in.Ctx)
	go func() {
		time.Sleep(20 * time.Millisecond)
		Interrupt(in)
	}()
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the wait was not cancelled by Interrupt")
	}
	// a wait starting before delivery ends at once too
	if WaitContext(in.Ctx).Err() != context.Canceled {
		t.Fatal("a new wait while the interrupt is pending is live")
	}
	ki := CheckInterrupt(in.Ctx)
	if e, ok := ki.(*py.Exception); !ok || e.Type() != py.KeyboardInterrupt {
		t.Fatalf("CheckInterrupt = %v, want KeyboardInterrupt", ki)
	}
	if CheckInterrupt(in.Ctx) != nil {
		t.Fatal("KeyboardInterrupt delivered twice")
	}
	if err := WaitContext(in.Ctx).Err(); err != nil {
		t.Fatalf("wait after delivery: %v", err)
	}
	if WaitContext(nil) != context.Background() {
		t.Fatal("no interpreter: want context.Background()")
	}
}

// TestInterruptEndsRequestsCall: Ctrl-C while requests.get waits for a
// server that does not answer raises KeyboardInterrupt in the script at
// once (the request is abandoned), so its finally block runs.
func TestInterruptEndsRequestsCall(t *testing.T) {
	hung := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(hung)
		<-r.Context().Done()
	}))
	defer srv.Close()
	var out bytes.Buffer
	in, err := New(Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	go func() {
		<-hung
		time.Sleep(100 * time.Millisecond)
		Interrupt(in)
	}()
	start := time.Now()
	_, err = in.RunSource(fmt.Sprintf(`import requests
try:
    requests.get(%q, timeout=60)
    print('answered')
finally:
    print('finally ran')
`, srv.URL), "<requests>", "__main__")
	if !IsKeyboardInterrupt(err) || out.String() != "finally ran\n" {
		t.Fatalf("err %v, output %q", err, out.String())
	}
	if took := time.Since(start); took > 1500*time.Millisecond {
		t.Fatalf("took %s", took)
	}
}

// TestInterruptEndsSubprocessWait: Ctrl-C while subprocess waits for a
// child that ignores SIGINT raises KeyboardInterrupt in the script at once.
func TestInterruptEndsSubprocessWait(t *testing.T) {
	var out bytes.Buffer
	in, err := New(Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	go func() {
		time.Sleep(300 * time.Millisecond)
		Interrupt(in)
	}()
	start := time.Now()
	_, err = in.RunSource(`import subprocess
p = subprocess.Popen(['sleep', '30'])
try:
    p.wait()
    print('waited')
finally:
    print('finally ran')
    p.kill()
    p.wait()
`, "<subprocess>", "__main__")
	if !IsKeyboardInterrupt(err) || out.String() != "finally ran\n" {
		t.Fatalf("err %v, output %q", err, out.String())
	}
	if took := time.Since(start); took > 1500*time.Millisecond {
		t.Fatalf("took %s", took)
	}
}
