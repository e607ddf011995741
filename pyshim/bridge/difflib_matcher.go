package bridge

import "slices"

// blockMatcher finds difflib's matching blocks (SequenceMatcher's
// get_matching_blocks) over sequences already turned into small integer
// ids. It keeps its slices between searches: a diff of one page runs the
// character search for hundreds of line pairs, and allocating the index
// for each was most of replace's garbage. It is not safe for concurrent
// use; take one with getBlockMatcher and give it back with put.
type blockMatcher struct {
	ai, bi []int32 // the two sequences as ids
	isJunk []bool  // by id: difflib junk (never starts a match)
	// b2j by id as one slice: the positions in b of id x, ascending, are
	// pos[start[x]:start[x+1]]; an id that is junk or popular has none.
	start, pos, ends     []int32
	j2len, next          []int32
	touched, touchedNext []int32
	found, merged        [][3]int
	todo                 [][4]int
	// runes → ids: ASCII through a table, the rest through a map
	ascii [128]int32
	other map[rune]int32
}

// matcherPool holds idle blockMatchers.
var matcherPool = make(chan *blockMatcher, 4)

// getBlockMatcher returns an idle matcher or a new one.
func getBlockMatcher() *blockMatcher {
	select {
	case m := <-matcherPool:
		return m
	default:
		m := &blockMatcher{}
		for i := range m.ascii {
			m.ascii[i] = -1
		}
		return m
	}
}

// put gives m back for reuse.
func (m *blockMatcher) put() {
	select {
	case matcherPool <- m:
	default:
	}
}

// grow32 returns s with length n, reusing its array when large enough.
func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n, n+n/4)
	}
	return s[:n]
}

// internRunes sets m.ai and m.bi to the ids of the runes of a and b and
// m.isJunk to whether each id is a blank or a tab (when junkBlanks), and
// returns the number of ids.
func (m *blockMatcher) internRunes(a, b []rune, junkBlanks bool) int {
	n := int32(0)
	id := func(r rune) int32 {
		if r >= 0 && r < 128 {
			x := m.ascii[r]
			if x < 0 {
				x = n
				m.ascii[r] = x
				n++
			}
			return x
		}
		if m.other == nil {
			m.other = map[rune]int32{}
		}
		x, ok := m.other[r]
		if !ok {
			x = n
			m.other[r] = x
			n++
		}
		return x
	}
	m.bi = grow32(m.bi, len(b))
	for i, r := range b {
		m.bi[i] = id(r)
	}
	m.ai = grow32(m.ai, len(a))
	for i, r := range a {
		m.ai[i] = id(r)
	}
	m.isJunk = slices.Grow(m.isJunk[:0], int(n))[:n]
	clear(m.isJunk)
	if junkBlanks {
		for _, r := range []rune{' ', '\t'} {
			if x := m.ascii[r]; x >= 0 {
				m.isJunk[x] = true
			}
		}
	}
	// reset the rune table for the next search
	for _, r := range b {
		if r >= 0 && r < 128 {
			m.ascii[r] = -1
		}
	}
	for _, r := range a {
		if r >= 0 && r < 128 {
			m.ascii[r] = -1
		}
	}
	clear(m.other)
	return int(n)
}

// runeBlocks is matchBlocks over the characters of a and b, with blanks
// and tabs as junk when junkBlanks (difflib.IS_CHARACTER_JUNK). The result
// is m's own slice, valid until m's next search.
func (m *blockMatcher) runeBlocks(a, b []rune, junkBlanks bool) [][3]int {
	n := m.internRunes(a, b, junkBlanks)
	return m.blocks(n)
}

// blocks runs the search over m.ai, m.bi (ids below nids) and returns the
// merged blocks with the sentinel, as matchBlocksJunk documents; the slice
// is m's own, valid until m's next search.
func (m *blockMatcher) blocks(nids int) [][3]int {
	ai, bi := m.ai, m.bi
	nb := len(bi)
	// b2j: count, then fill in order of j
	m.start = grow32(m.start, nids+1)
	clear(m.start)
	for _, x := range bi {
		m.start[x+1]++
	}
	for x := 0; x < nids; x++ {
		m.start[x+1] += m.start[x]
	}
	m.pos = grow32(m.pos, nb)
	m.next = grow32(m.next, nids) // fill cursor per id, reused below
	copy(m.next, m.start[:nids])
	for j, x := range bi {
		m.pos[m.next[x]] = int32(j)
		m.next[x]++
	}
	limit := int32(-1)
	if nb >= 200 {
		limit = int32(nb/100 + 1)
	}
	// ends[x] closes id x's positions; a dead id (junk, or popular under
	// difflib's autojunk rule) has none
	m.ends = grow32(m.ends, nids)
	ends := m.ends
	for x := 0; x < nids; x++ {
		ends[x] = m.start[x+1]
		if m.isJunk[x] || (limit >= 0 && m.start[x+1]-m.start[x] > limit) {
			ends[x] = m.start[x]
		}
	}
	m.j2len = grow32(m.j2len, nb+1)
	clear(m.j2len)
	m.next = grow32(m.next, nb+1)
	clear(m.next)
	j2len, next := m.j2len, m.next
	touched, touchedNext := m.touched[:0], m.touchedNext[:0]
	isJunk := m.isJunk
	longest := func(alo, ahi, blo, bhi int) (int, int, int) {
		besti, bestj, best := alo, blo, 0
		for i := alo; i < ahi; i++ {
			touchedNext = touchedNext[:0]
			{
				x := ai[i]
				for _, jj := range m.pos[m.start[x]:ends[x]] {
					j := int(jj)
					if j < blo {
						continue
					}
					if j >= bhi {
						break
					}
					k := j2len[j] + 1
					next[j+1] = k
					touchedNext = append(touchedNext, int32(j+1))
					if int(k) > best {
						besti, bestj, best = i-int(k)+1, j-int(k)+1, int(k)
					}
				}
			}
			for _, t := range touched {
				j2len[t] = 0
			}
			j2len, next = next, j2len
			touched, touchedNext = touchedNext, touched
		}
		for _, t := range touched {
			j2len[t] = 0
		}
		touched = touched[:0]
		for _, isj := range [2]bool{false, true} {
			for besti > alo && bestj > blo && isJunk[bi[bestj-1]] == isj && ai[besti-1] == bi[bestj-1] {
				besti, bestj, best = besti-1, bestj-1, best+1
			}
			for besti+best < ahi && bestj+best < bhi && isJunk[bi[bestj+best]] == isj && ai[besti+best] == bi[bestj+best] {
				best++
			}
		}
		return besti, bestj, best
	}
	found := m.found[:0]
	todo := append(m.todo[:0], [4]int{0, len(ai), 0, nb})
	for len(todo) > 0 {
		q := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		alo, ahi, blo, bhi := q[0], q[1], q[2], q[3]
		i, j, k := longest(alo, ahi, blo, bhi)
		if k > 0 {
			found = append(found, [3]int{i, j, k})
			if alo < i && blo < j {
				todo = append(todo, [4]int{alo, i, blo, j})
			}
			if i+k < ahi && j+k < bhi {
				todo = append(todo, [4]int{i + k, ahi, j + k, bhi})
			}
		}
	}
	slices.SortFunc(found, func(x, y [3]int) int {
		for k := range 3 {
			if x[k] != y[k] {
				return x[k] - y[k]
			}
		}
		return 0
	})
	merged := m.merged[:0]
	i1, j1, k1 := 0, 0, 0
	for _, f := range found {
		if i1+k1 == f[0] && j1+k1 == f[1] {
			k1 += f[2]
		} else {
			if k1 > 0 {
				merged = append(merged, [3]int{i1, j1, k1})
			}
			i1, j1, k1 = f[0], f[1], f[2]
		}
	}
	if k1 > 0 {
		merged = append(merged, [3]int{i1, j1, k1})
	}
	merged = append(merged, [3]int{len(ai), nb, 0})
	m.found, m.todo, m.merged = found, todo, merged
	m.j2len, m.next = j2len, next
	m.touched, m.touchedNext = touched[:0], touchedNext[:0]
	return merged
}
