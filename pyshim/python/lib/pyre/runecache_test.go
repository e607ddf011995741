package pyre

import (
	"strings"
	"testing"
)

func TestSubjectRunesCache(t *testing.T) {
	s := strings.Repeat("Käse über [[Link]] ", 40) // longer than runeCacheMin
	a := subjectRunes(s)
	b := subjectRunes(s)
	if string(a) != s || &a[0] != &b[0] {
		t.Fatalf("same string not served from the cache")
	}
	// equal text in other memory is converted anew (and still correct)
	other := strings.Clone(s)
	c := subjectRunes(other)
	if string(c) != s || &c[0] == &a[0] {
		t.Fatalf("equal text in other memory shared the cached runes")
	}
	// a substring sharing the memory but shorter is not confused with it
	sub := s[:len(s)-5]
	d := subjectRunes(sub)
	if string(d) != sub {
		t.Fatalf("substring: got %q", string(d))
	}
	short := "short"
	if string(subjectRunes(short)) != short {
		t.Fatal("short string")
	}
}
