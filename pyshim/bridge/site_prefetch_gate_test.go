package bridge

import (
	"testing"
	"time"

	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// TestWriteGateWaitsUnlocked: a Python thread whose write waits for the
// gate does not hold the interpreter lock meanwhile, so the thread whose
// write is in flight (its request made with the lock released) can take
// the lock back, finish and open the gate. Before, the main thread's save
// waited for the gate holding the lock while a pywikibot Put-Thread's save
// waited for the lock holding the gate.
//
// The interpreter lock is process-wide and stays enabled once enabled: this
// goroutine holds it at the end, as the gil package's tests leave it.
func TestWriteGateWaitsUnlocked(t *testing.T) {
	gil.Enable()
	g := &writeGate{edited: map[string]uint64{}}
	inFlight := make(chan struct{})
	done := make(chan string, 2)
	go func() { // the Put-Thread: its save is in flight
		gil.Acquire()
		defer gil.Release()
		g.lockWrite()
		close(inFlight)
		unlocked(func() { time.Sleep(100 * time.Millisecond) }) // the request
		g.rw.Unlock()
		done <- "put"
	}()
	go func() { // the main thread saves too
		gil.Acquire()
		defer gil.Release()
		unlocked(func() { <-inFlight })
		g.lockWrite()
		g.rw.Unlock()
		done <- "main"
	}()
	var order []string
	gil.Blocking(func() {
		timeout := time.After(10 * time.Second)
		for len(order) < 2 {
			select {
			case who := <-done:
				order = append(order, who)
			case <-timeout:
				t.Errorf("deadlock: the two writes did not end (ended: %v)", order)
				gil.Release() // free the stuck threads, so the run goes on
				return
			}
		}
	})
	if len(order) == 2 && (order[0] != "put" || order[1] != "main") {
		t.Errorf("writes ended in order %v, want the one in flight first", order)
	}
}
