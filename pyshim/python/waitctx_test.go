package python

import (
	"context"
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
