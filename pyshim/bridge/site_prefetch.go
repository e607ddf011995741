package bridge

// Prefetching page texts: while the script works on one batch of pages,
// the Go core loads the next one.
//
//	load_pages_start(titles) -> handle (int)
//	load_pages_wait(handle)  -> list of page dicts, as load_pages; None
//	                            when the prefetch was evicted (load again)
//	load_pages_cancel(handle)   forget a prefetch (its request is cancelled)
//
// Rules kept here:
//   - at most maxPrefetches loads are pending per process: starting one
//     more evicts the oldest, whose wait then answers None (bounded even
//     when a script drops its walks without closing them);
//   - a write to a site (edit, or an api call that is not a plain read)
//     waits until no prefetch of that site has a request in flight, and no
//     prefetch starts a request while a write is in flight: edits stay one
//     request in flight per wiki;
//   - a prefetched batch is never used stale: when a page of it (or, for
//     writes whose pages are unknown, any page) was written after the
//     prefetch started, load_pages_wait loads the batch again.

import (
	"context"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/site"
)

// maxPrefetches bounds the loads started and not yet waited for.
const maxPrefetches = 4

// prefetch is one background load.
type prefetch struct {
	site   *site.APISite
	titles []string
	gate   *writeGate
	seq    uint64 // the gate's write count when the load started
	cancel context.CancelFunc
	done   chan struct{}
	pages  []*site.Page
	err    error
}

// writeGate orders a site's writes and prefetches and remembers what was
// written.
type writeGate struct {
	rw     sync.RWMutex // prefetch requests hold it shared, writes exclusively
	mu     sync.Mutex
	seq    uint64            // writes so far
	edited map[string]uint64 // title -> seq of its last write
	anyAt  uint64            // seq of the last write whose pages are unknown
}

var (
	prefetchMu   sync.Mutex
	prefetches   = map[int64]*prefetch{}
	prefetchNext int64
	gates        = map[*site.APISite]*writeGate{}
)

func gateOf(s *site.APISite) *writeGate {
	prefetchMu.Lock()
	defer prefetchMu.Unlock()
	g := gates[s]
	if g == nil {
		g = &writeGate{edited: map[string]uint64{}}
		gates[s] = g
	}
	return g
}

// lockWrite takes the gate for a write, waiting with the interpreter lock
// released: the write in flight belongs to another Python thread (a
// pywikibot Put-Thread saving while the main thread saves too), which
// needs the interpreter lock back to finish and unlock the gate.
func (g *writeGate) lockWrite() { unlocked(g.rw.Lock) }

// wrote records a write of title ("" when the written pages are unknown).
func (g *writeGate) wrote(title string) {
	g.mu.Lock()
	g.seq++
	if title == "" {
		g.anyAt = g.seq
	} else {
		g.edited[title] = g.seq
	}
	g.mu.Unlock()
}

// staleSince reports whether any of titles was (or may have been) written
// after write number seq.
func (g *writeGate) staleSince(seq uint64, titles []string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.seq == seq {
		return false
	}
	if g.anyAt > seq {
		return true
	}
	for _, t := range titles {
		if g.edited[t] > seq {
			return true
		}
	}
	return false
}

// readActions are the api actions that never write.
var readActions = map[string]bool{"query": true, "parse": true, "expandtemplates": true,
	"compare": true, "help": true, "paraminfo": true, "opensearch": true, "feedrecentchanges": true}

func init() {
	m := func(name string, required int, fn func(*bridge, *site.APISite, []py.Object) (py.Object, error), params ...param) {
		siteMethods[name] = siteMethod{sig: sig(name, required, params...), fn: fn}
	}
	m("load_pages_start", 1, siteLoadPagesStart, param{"pages", anyArg})
	m("load_pages_wait", 1, siteLoadPagesWait, param{"handle", anyArg})
	m("load_pages_cancel", 1, siteLoadPagesCancel, param{"handle", anyArg})

	// writes wait for the site's prefetches in flight and make the
	// prefetched batches they touch stale
	edit := siteMethods["edit"]
	edit.fn = func(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
		title := ""
		if e, err := editFromDict(a[0]); err == nil {
			title = e.Title
		}
		g := gateOf(s)
		g.lockWrite()
		defer g.rw.Unlock()
		defer g.wrote(title)
		return siteEdit(b, s, a)
	}
	siteMethods["edit"] = edit
	api := siteMethods["api"]
	api.fn = func(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
		write, _ := truth(a[1])
		if p, err := params(a[0]); err == nil && !readActions[p.Get("action")] {
			write = true
		}
		if a[2] != nil && a[2] != py.None {
			write = true
		}
		if !write {
			return siteAPI(b, s, a)
		}
		g := gateOf(s)
		g.lockWrite()
		defer g.rw.Unlock()
		defer g.wrote("")
		return siteAPI(b, s, a)
	}
	siteMethods["api"] = api
}

// siteLoadPagesStart is load_pages_start(titles) -> handle or None.
func siteLoadPagesStart(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
	var titles []string
	if err := py.Iterate(a[0], func(o py.Object) bool {
		titles = append(titles, str(o))
		return false
	}); err != nil {
		return nil, err
	}
	g := gateOf(s)
	prefetchMu.Lock()
	for len(prefetches) >= maxPrefetches {
		// the oldest was never waited for (its pages were dropped unread,
		// or will load again in the foreground): make room
		oldest := int64(-1)
		for id := range prefetches {
			if oldest < 0 || id < oldest {
				oldest = id
			}
		}
		prefetches[oldest].cancel()
		delete(prefetches, oldest)
	}
	prefetchNext++
	id := prefetchNext
	ctx, cancel := context.WithCancel(b.wait())
	g.mu.Lock()
	seq := g.seq
	g.mu.Unlock()
	pf := &prefetch{site: s, titles: titles, gate: g, seq: seq, cancel: cancel, done: make(chan struct{})}
	prefetches[id] = pf
	prefetchMu.Unlock()
	go func() {
		defer close(pf.done)
		g.rw.RLock()
		defer g.rw.RUnlock()
		pf.pages, pf.err = s.LoadPages(ctx, titles)
	}()
	return py.Int(id), nil
}

// take removes and returns the prefetch of handle o (an error when it is
// unknown: waited for, cancelled or evicted).
func take(o py.Object) (*prefetch, error) {
	n, ok := o.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "load_pages handle must be int, not %s", o.Type().Name)
	}
	prefetchMu.Lock()
	defer prefetchMu.Unlock()
	pf := prefetches[int64(n)]
	if pf == nil {
		return nil, py.ExceptionNewf(py.ValueError, "unknown load_pages handle %d", int64(n))
	}
	delete(prefetches, int64(n))
	return pf, nil
}

// siteLoadPagesWait is load_pages_wait(handle) -> list of page dicts.
func siteLoadPagesWait(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
	pf, err := take(a[0])
	if err != nil {
		return py.None, nil // evicted or cancelled: the caller loads in the foreground
	}
	ctx := b.wait()
	unlocked(func() {
		select {
		case <-pf.done:
		case <-ctx.Done():
			pf.cancel()
			<-pf.done
		}
	})
	pf.cancel()
	pages, err := pf.pages, pf.err
	if err != nil && ctx.Err() != nil {
		return nil, b.pyError(ctx.Err())
	}
	if err != nil || pf.gate.staleSince(pf.seq, pf.titles) {
		// a failed prefetch is retried in the foreground, so that its error
		// (or success) is the one a plain load would give
		unlocked(func() { pages, err = s.LoadPages(ctx, pf.titles) })
		if err != nil {
			return nil, b.pyError(err)
		}
	}
	return pageList(pages), nil
}

// siteLoadPagesCancel is load_pages_cancel(handle): the prefetch is
// dropped and its request cancelled.
func siteLoadPagesCancel(b *bridge, s *site.APISite, a []py.Object) (py.Object, error) {
	pf, err := take(a[0])
	if err != nil {
		return py.None, nil // already waited for or cancelled
	}
	pf.cancel()
	return py.None, nil
}
