package gil

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The lock is process-wide and, once enabled, stays enabled: the tests run
// in order and leave it held by the test goroutine.

func TestInactiveIsFree(t *testing.T) {
	if Active() {
		t.Skip("lock already enabled by an earlier test")
	}
	ran := false
	Blocking(func() { ran = true })
	Acquire() // no-op while inactive: must not block
	Release()
	Switch()
	if !ran || Ident() != MainIdent {
		t.Fatalf("ran=%v ident=%d", ran, Ident())
	}
}

func TestOneHolderAtATime(t *testing.T) {
	var n atomic.Int32
	SetNotify(&n)
	Enable() // this goroutine now holds the lock, as the main thread
	var inside, maxInside atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int64) {
			defer wg.Done()
			Acquire()
			SetIdent(id)
			for j := 0; j < 3; j++ {
				if v := inside.Add(1); v > maxInside.Load() {
					maxInside.Store(v)
				}
				if Ident() != id {
					t.Errorf("ident %d while thread %d holds the lock", Ident(), id)
				}
				time.Sleep(time.Millisecond) // "running Python"
				inside.Add(-1)
				Blocking(func() { time.Sleep(time.Millisecond) })
			}
			Release()
		}(int64(10 + i))
	}
	// The holder releases the lock in a blocking call; the threads run.
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	Blocking(func() { <-done })
	if maxInside.Load() != 1 {
		t.Fatalf("%d goroutines held the lock at once, want 1", maxInside.Load())
	}
	if Ident() != MainIdent {
		t.Fatalf("ident after Blocking = %d, want the main thread's", Ident())
	}
}

func TestSwitchHandsOverToAWaiter(t *testing.T) {
	if !Active() {
		t.Skip("needs the enabled lock of the previous test")
	}
	got := make(chan struct{})
	go func() {
		Acquire()
		close(got)
		Release()
	}()
	deadline := time.Now().Add(5 * time.Second)
	for {
		select {
		case <-got:
			return
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("a waiting goroutine never got the lock from a holder calling Switch")
		}
		Switch() // what the runtime does at Python calls
	}
}

func TestPostedRunAtCallBoundary(t *testing.T) {
	var n atomic.Int32
	SetNotify(&n)
	var order []int
	Post(func() error { order = append(order, 1); return nil })
	Post(func() error { order = append(order, 2); return nil })
	if n.Load() != 2 {
		t.Fatalf("notify counter = %d, want 2", n.Load())
	}
	if err := RunPosted(); err != nil {
		t.Fatal(err)
	}
	if len(order) != 2 || order[0] != 1 || order[1] != 2 || n.Load() != 0 {
		t.Fatalf("order=%v counter=%d", order, n.Load())
	}
}
