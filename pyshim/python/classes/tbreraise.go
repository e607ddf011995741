package classes

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// (see package upstream for the index) An exception that CPython re-raises
// without a traceback entry for the frame doing it (the end of a try
// statement with except* clauses: RERAISE skips PyTraceBack_Here) still
// gets one from gpython's VM, which adds an entry for the running frame to
// every exception raised in it.
// NoEntryFor records that e, raised from frame f, should not have that
// entry; ContinueTraceback, where the layer first sees the traceback,
// drops it.

var (
	noEntryMu sync.Mutex
	noEntry   = map[*py.Exception]*py.Frame{}
	// noEntries is len(noEntry), read without the lock
	noEntries atomic.Int32
)

// maxNoEntry bounds the records of exceptions nobody caught or printed.
const maxNoEntry = 256

// NoEntryFor records that the traceback entry the VM adds for frame f to
// e, raised now, is not CPython's.
func NoEntryFor(e *py.Exception, f *py.Frame) {
	noEntryMu.Lock()
	defer noEntryMu.Unlock()
	if len(noEntry) >= maxNoEntry {
		for k := range noEntry {
			delete(noEntry, k)
		}
	}
	noEntry[e] = f
	noEntries.Store(int32(len(noEntry)))
}

// dropNoEntry returns tb without the entry NoEntryFor recorded for e (the
// innermost entry, of that frame), and forgets the record.
func dropNoEntry(e *py.Exception, tb *py.Traceback) *py.Traceback {
	noEntryMu.Lock()
	f, ok := noEntry[e]
	if ok {
		delete(noEntry, e)
		noEntries.Store(int32(len(noEntry)))
	}
	noEntryMu.Unlock()
	if !ok || tb == nil {
		return tb
	}
	var prev *py.Traceback
	t := tb
	for t.Next != nil {
		prev, t = t, t.Next
	}
	if t.Frame != f {
		return tb
	}
	if prev == nil {
		return nil
	}
	prev.Next = nil
	return tb
}
