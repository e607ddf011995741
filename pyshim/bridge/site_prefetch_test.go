package bridge

import "testing"

func TestWriteGateStaleness(t *testing.T) {
	g := &writeGate{edited: map[string]uint64{}}
	seq := g.seq
	if g.staleSince(seq, []string{"A", "B"}) {
		t.Fatal("stale without any write")
	}
	g.wrote("C")
	if g.staleSince(seq, []string{"A", "B"}) {
		t.Fatal("a write of another page made the batch stale")
	}
	if !g.staleSince(seq, []string{"A", "C"}) {
		t.Fatal("a write of a page of the batch did not make it stale")
	}
	later := g.seq
	if g.staleSince(later, []string{"A", "C"}) {
		t.Fatal("a write before the prefetch started made it stale")
	}
	g.wrote("")
	if !g.staleSince(later, []string{"A"}) {
		t.Fatal("a write of unknown pages did not make the batch stale")
	}
}
