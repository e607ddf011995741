package gil

import (
	"sync"
	"sync/atomic"
)

// A coroutine driven by an asyncio Task runs on a goroutine of its own
// (pyshim/python/coro), with an ident of its own for its frame stack, but
// for Python it runs in the thread that drives it, as in CPython: that is
// the thread threading.get_ident, current_thread and RLock ownership see.

var (
	aliasOn atomic.Bool
	aliasMu sync.Mutex
	aliases = map[int64]int64{}
)

// SetAlias makes the goroutine with ident id count as Python thread as.
func SetAlias(id, as int64) {
	aliasMu.Lock()
	aliases[id] = as
	aliasMu.Unlock()
	aliasOn.Store(true)
}

// ClearAlias removes id's alias.
func ClearAlias(id int64) {
	aliasMu.Lock()
	delete(aliases, id)
	aliasMu.Unlock()
}

// ThreadIdent is the ident of the Python thread the calling goroutine runs
// for: Ident(), or the thread driving the coroutine it runs.
func ThreadIdent() int64 {
	id := Ident()
	if !aliasOn.Load() {
		return id
	}
	aliasMu.Lock()
	a, ok := aliases[id]
	aliasMu.Unlock()
	if ok {
		return a
	}
	return id
}
