package pyshim

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// matchBlocks is difflib's SequenceMatcher.get_matching_blocks for two
// sequences compared by equality, with no junk function and difflib's
// "autojunk" rule (in b of 200 or more items, an item occurring in more
// than 1% of positions + 1 does not start matches). It returns the
// matching blocks (i, j, n) sorted, adjacent blocks merged, ending with
// the sentinel (len(a), len(b), 0) — the same blocks difflib finds, so that
// diffs built on them are pywikibot's.
func matchBlocks(a, b []string) [][3]int { return matchBlocksJunk(a, b, nil) }

// matchBlocksJunk is matchBlocks with difflib's isjunk: items for which
// junk is true never start a match but may extend one (after non-junk
// extension), as difflib does.
func matchBlocksJunk(a, b []string, junk map[string]bool) [][3]int {
	b2j := map[string][]int{}
	for j, x := range b {
		b2j[x] = append(b2j[x], j)
	}
	for x := range b2j {
		if junk[x] {
			delete(b2j, x)
		}
	}
	if n := len(b); n >= 200 {
		limit := n/100 + 1
		for x, idx := range b2j {
			if len(idx) > limit {
				delete(b2j, x)
			}
		}
	}
	longest := func(alo, ahi, blo, bhi int) (int, int, int) {
		besti, bestj, best := alo, blo, 0
		j2len := map[int]int{}
		for i := alo; i < ahi; i++ {
			next := make(map[int]int, len(j2len))
			for _, j := range b2j[a[i]] {
				if j < blo {
					continue
				}
				if j >= bhi {
					break
				}
				k := j2len[j-1] + 1
				next[j] = k
				if k > best {
					besti, bestj, best = i-k+1, j-k+1, k
				}
			}
			j2len = next
		}
		for _, isj := range []bool{false, true} {
			for besti > alo && bestj > blo && junk[b[bestj-1]] == isj && a[besti-1] == b[bestj-1] {
				besti, bestj, best = besti-1, bestj-1, best+1
			}
			for besti+best < ahi && bestj+best < bhi && junk[b[bestj+best]] == isj && a[besti+best] == b[bestj+best] {
				best++
			}
		}
		return besti, bestj, best
	}
	var found [][3]int
	todo := [][4]int{{0, len(a), 0, len(b)}}
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
	sort.Slice(found, func(x, y int) bool {
		if found[x][0] != found[y][0] {
			return found[x][0] < found[y][0]
		}
		if found[x][1] != found[y][1] {
			return found[x][1] < found[y][1]
		}
		return found[x][2] < found[y][2]
	})
	var merged [][3]int
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
	return append(merged, [3]int{len(a), len(b), 0})
}

// seqItems turns a str (its characters) or a list/tuple of str into items.
func seqItems(o py.Object) ([]string, error) {
	if s, ok := o.(py.String); ok {
		rs := []rune(string(s))
		out := make([]string, len(rs))
		for i, r := range rs {
			out[i] = string(r)
		}
		return out, nil
	}
	var out []string
	var bad error
	err := py.Iterate(o, func(e py.Object) bool {
		s, ok := e.(py.String)
		if !ok {
			bad = py.ExceptionNewf(py.TypeError, "match_blocks: items must be str")
			return true
		}
		out = append(out, string(s))
		return false
	})
	if err != nil {
		return nil, err
	}
	return out, bad
}

// pyMatchBlocks is _gowikibot.match_blocks(a, b, junk=”) -> [(i, j, n),
// ...]; junk lists the characters (or items) that are difflib junk.
func pyMatchBlocks(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 && len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "match_blocks(a, b, junk='')")
	}
	var junk map[string]bool
	if len(args) == 3 {
		items, err := seqItems(args[2])
		if err != nil {
			return nil, err
		}
		junk = map[string]bool{}
		for _, j := range items {
			junk[j] = true
		}
	}
	a, err := seqItems(args[0])
	if err != nil {
		return nil, err
	}
	b, err := seqItems(args[1])
	if err != nil {
		return nil, err
	}
	l := py.NewList()
	for _, m := range matchBlocksJunk(a, b, junk) {
		l.Append(py.Tuple{py.Int(m[0]), py.Int(m[1]), py.Int(m[2])})
	}
	return l, nil
}

// pyQuickRatio is _gowikibot.quick_ratio(a, b): difflib's quick_ratio of
// two strings (an upper bound of ratio() from character counts).
func pyQuickRatio(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "quick_ratio(a, b)")
	}
	a, ok1 := args[0].(py.String)
	b, ok2 := args[1].(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "quick_ratio: a and b must be str")
	}
	avail := map[rune]int{}
	nb := 0
	for _, r := range string(b) {
		avail[r]++
		nb++
	}
	matched, na := 0, 0
	for _, r := range string(a) {
		na++
		if avail[r] > 0 {
			avail[r]--
			matched++
		}
	}
	if na+nb == 0 {
		return py.Float(1), nil
	}
	return py.Float(2 * float64(matched) / float64(na+nb)), nil
}
