package pyre

import (
	"sync"
	"unsafe"
)

// Subjects are converted to runes for regexp2 on every call; textlib-style
// code runs many patterns over the same text in a row (replaceExcept,
// removeDisabledParts), so the last few conversions are kept, keyed by the
// string's own memory (the same Go string, not just equal text: a cheap
// check that cannot be wrong, since the cache keeps the string alive).
// Callers must not modify the returned runes (regexp2 does not).

const (
	runeCacheMin     = 256 // shorter subjects are converted each time
	runeCacheEntries = 4
)

type runeCacheEntry struct {
	s     string
	runes []rune
}

var runeCache struct {
	sync.Mutex
	next    int
	entries [runeCacheEntries]runeCacheEntry
}

// subjectRunes returns the runes of s, from the cache when s was converted
// recently.
func subjectRunes(s string) []rune {
	if len(s) < runeCacheMin {
		return []rune(s)
	}
	data := unsafe.StringData(s)
	runeCache.Lock()
	for _, e := range runeCache.entries {
		if len(e.s) == len(s) && unsafe.StringData(e.s) == data {
			runeCache.Unlock()
			return e.runes
		}
	}
	runeCache.Unlock()
	r := []rune(s)
	runeCache.Lock()
	runeCache.entries[runeCache.next] = runeCacheEntry{s: s, runes: r}
	runeCache.next = (runeCache.next + 1) % runeCacheEntries
	runeCache.Unlock()
	return r
}
