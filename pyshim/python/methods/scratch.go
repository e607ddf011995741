package methods

import "sync"

// patchScratch is the working memory of one PatchCode call: the decoded
// instructions, the index of their old offsets, the jump targets and the
// new bytecode. PatchCode rewrites code objects one after the other (a
// module's nested code first), so one scratch serves them all: a large
// file's thousands of functions reuse the same few kilobytes instead of
// each allocating its own (on bench/interp's 2,000-line file, 1 MB of
// fresh heap a run, whose first touch was page faults).
type patchScratch struct {
	slab    []instr
	ins     []*instr
	index   []int32
	targets []int
	out     []byte
}

var patchScratches = sync.Pool{New: func() any { return new(patchScratch) }}

// instrs returns the scratch's instruction slab and pointer slice, empty,
// with room for n instructions. The slab is not grown past n (the
// pointers into it stay valid).
func (s *patchScratch) instrs(n int) ([]instr, []*instr) {
	if cap(s.slab) < n {
		s.slab = make([]instr, 0, n)
		s.ins = make([]*instr, 0, n)
	}
	return s.slab[:0], s.ins[:0]
}

// ints returns the scratch's target slice with length n (contents
// undefined).
func (s *patchScratch) ints(n int) []int {
	if cap(s.targets) < n {
		s.targets = make([]int, n)
	}
	return s.targets[:n]
}

// bytes returns the scratch's output buffer, empty, with room for n bytes.
func (s *patchScratch) bytes(n int) []byte {
	if cap(s.out) < n {
		s.out = make([]byte, 0, n)
	}
	return s.out[:0]
}
