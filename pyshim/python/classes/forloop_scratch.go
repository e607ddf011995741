package classes

import "sync"

// loopScratch is the working memory of one fixForLoops call: the decoded
// and the rewritten instructions, the loop exits, the offset map and the
// new bytecode. Code objects are rewritten one after the other (nested
// code first), so one scratch serves a whole module: a large file's
// thousands of loops reuse the same buffers instead of each allocating
// its own (bench/interp's 2,000-line file: 0.6 MB of fresh heap a run).
type loopScratch struct {
	ins, out []instr
	exits    []bool
	newOff   offsetMap
	buf      []byte
}

var loopScratches = sync.Pool{New: func() any { return new(loopScratch) }}

// instrs returns the decoded and rewritten instruction slices, empty, with
// room for n and m instructions.
func (s *loopScratch) instrs(n, m int) ([]instr, []instr) {
	if cap(s.ins) < n {
		s.ins = make([]instr, 0, n)
	}
	if cap(s.out) < m {
		s.out = make([]instr, 0, m)
	}
	return s.ins[:0], s.out[:0]
}

// exitFlags returns n flags, all false.
func (s *loopScratch) exitFlags(n int) []bool {
	if cap(s.exits) < n {
		s.exits = make([]bool, n)
	}
	e := s.exits[:n]
	clear(e)
	return e
}

// offsets returns an offset map of n entries, all -1 (none).
func (s *loopScratch) offsets(n int) offsetMap {
	if cap(s.newOff) < n {
		s.newOff = make(offsetMap, n)
	}
	m := s.newOff[:n]
	for i := range m {
		m[i] = -1
	}
	return m
}

// bytes returns the output buffer, empty, with room for n bytes.
func (s *loopScratch) bytes(n int) []byte {
	if cap(s.buf) < n {
		s.buf = make([]byte, 0, n)
	}
	return s.buf[:0]
}
