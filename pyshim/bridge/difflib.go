package bridge

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// Items become small integers (equal strings, equal ids), so that the
	// search below works on slices instead of maps.
	ids := make(map[string]int, len(b))
	intern := func(items []string) []int {
		out := make([]int, len(items))
		for i, s := range items {
			id, ok := ids[s]
			if !ok {
				id = len(ids)
				ids[s] = id
			}
			out[i] = id
		}
		return out
	}
	bi := intern(b)
	ai := intern(a)
	isJunk := make([]bool, len(ids))
	for s, id := range ids {
		isJunk[id] = junk[s]
	}
	b2j := make([][]int, len(ids))
	for j, x := range bi {
		b2j[x] = append(b2j[x], j)
	}
	for x := range b2j {
		if isJunk[x] {
			b2j[x] = nil
		}
	}
	if n := len(b); n >= 200 {
		limit := n/100 + 1
		for x, idx := range b2j {
			if len(idx) > limit {
				b2j[x] = nil
			}
		}
	}
	// j2len[j+1] is the length of the match ending at a[i-1], b[j] (the
	// previous row of difflib's dict); next is the row being built. Only
	// the touched entries are cleared between rows.
	j2len := make([]int, len(b)+1)
	next := make([]int, len(b)+1)
	var touched, touchedNext []int
	longest := func(alo, ahi, blo, bhi int) (int, int, int) {
		besti, bestj, best := alo, blo, 0
		for i := alo; i < ahi; i++ {
			touchedNext = touchedNext[:0]
			for _, j := range b2j[ai[i]] {
				if j < blo {
					continue
				}
				if j >= bhi {
					break
				}
				k := j2len[j] + 1
				next[j+1] = k
				touchedNext = append(touchedNext, j+1)
				if k > best {
					besti, bestj, best = i-k+1, j-k+1, k
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
		for _, isj := range []bool{false, true} {
			for besti > alo && bestj > blo && isJunk[bi[bestj-1]] == isj && ai[besti-1] == bi[bestj-1] {
				besti, bestj, best = besti-1, bestj-1, best+1
			}
			for besti+best < ahi && bestj+best < bhi && isJunk[bi[bestj+best]] == isj && ai[besti+best] == bi[bestj+best] {
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
func pyMatchBlocks(args []py.Object) (py.Object, error) {
	var junk map[string]bool
	if args[2] != nil {
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
func pyQuickRatio(args []py.Object) (py.Object, error) {
	return py.Float(quickRatio(str(args[0]), str(args[1]))), nil
}

// quickRatio is difflib's SequenceMatcher(None, a, b).quick_ratio() over
// the characters of a and b: 2*M/T with M the characters the two have in
// common (as multisets) and T their total length. It is called for many
// line pairs of every diff, so ASCII is counted in an array and only other
// characters in a map.
func quickRatio(a, b string) float64 {
	var ascii [128]int32
	var other map[rune]int32
	nb := 0
	for _, r := range b {
		nb++
		if r < 128 {
			ascii[r]++
			continue
		}
		if other == nil {
			other = map[rune]int32{}
		}
		other[r]++
	}
	matched, na := 0, 0
	for _, r := range a {
		na++
		if r < 128 {
			if ascii[r] > 0 {
				ascii[r]--
				matched++
			}
		} else if other[r] > 0 {
			other[r]--
			matched++
		}
	}
	if na+nb == 0 {
		return 1
	}
	return 2 * float64(matched) / float64(na+nb)
}

// bestPair is the search at the heart of difflib.Differ's fancy replace,
// which pywikibot's diffs use for a block of replaced lines: over every
// pair (x from a, y from b), b outer and a inner, it finds the most
// similar pair of unequal lines with a ratio (character matching, blanks
// and tabs as junk) above 0.74, filtering with the length bound and
// quick_ratio first, exactly as difflib does; and the first equal pair.
// Indices are -1 when there is no such pair.
func bestPair(a, b []string) (best float64, bi, bj, eqi, eqj int) {
	best, bi, bj, eqi, eqj = 0.74, -1, -1, -1, -1
	junk := map[string]bool{" ": true, "\t": true}
	alen := make([]int, len(a))
	for i, x := range a {
		alen[i] = utf8.RuneCountInString(x)
	}
	for j, y := range b {
		ly := utf8.RuneCountInString(y)
		var ychars []string
		for i, x := range a {
			if x == y {
				if eqi < 0 {
					eqi, eqj = i, j
				}
				continue
			}
			total := alen[i] + ly
			if total > 0 && 2.0*float64(min(alen[i], ly))/float64(total) <= best {
				continue
			}
			if quickRatio(x, y) <= best {
				continue
			}
			if ychars == nil {
				ychars = strings.Split(y, "")
			}
			matched := 0
			for _, m := range matchBlocksJunk(strings.Split(x, ""), ychars, junk) {
				matched += m[2]
			}
			r := 1.0
			if total > 0 {
				r = 2.0 * float64(matched) / float64(total)
			}
			if r > best {
				best, bi, bj = r, i, j
			}
		}
	}
	return best, bi, bj, eqi, eqj
}

// pyBestPair is _gowikibot.best_pair(a, b) -> (best, bi, bj, eqi, eqj)
// for two lists of str (see bestPair); missing indices are None.
func pyBestPair(args []py.Object) (py.Object, error) {
	var lists [2][]string
	for k, arg := range args {
		items, err := py.SequenceList(arg)
		if err != nil {
			return nil, err
		}
		for _, it := range items.Items {
			s, ok := it.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "best_pair: lines must be str, not %s", it.Type().Name)
			}
			lists[k] = append(lists[k], string(s))
		}
	}
	best, bi, bj, eqi, eqj := bestPair(lists[0], lists[1])
	idx := func(i int) py.Object {
		if i < 0 {
			return py.None
		}
		return py.Int(i)
	}
	return py.Tuple{py.Float(best), idx(bi), idx(bj), idx(eqi), idx(eqj)}, nil
}

// lineTags is the marker lines difflib.Differ prints under a changed pair
// of lines ("? ..."): for x and y, compared character by character with
// blanks and tabs as junk, '^' under replaced characters, '-' under
// deleted ones (in x's line), '+' under inserted ones (in y's), blanks
// elsewhere — whitespace of the line itself kept under unchanged
// whitespace — with trailing whitespace removed.
func lineTags(x, y string) (string, string) {
	xs, ys := strings.Split(x, ""), strings.Split(y, "")
	var at, bt []rune
	i, j := 0, 0
	put := func(tags *[]rune, r rune, n int) {
		for k := 0; k < n; k++ {
			*tags = append(*tags, r)
		}
	}
	for _, m := range matchBlocksJunk(xs, ys, map[string]bool{" ": true, "\t": true}) {
		ai, bj, size := m[0], m[1], m[2]
		la, lb := ai-i, bj-j
		switch {
		case la > 0 && lb > 0:
			put(&at, '^', la)
			put(&bt, '^', lb)
		case la > 0:
			put(&at, '-', la)
		case lb > 0:
			put(&bt, '+', lb)
		}
		put(&at, ' ', size)
		put(&bt, ' ', size)
		i, j = ai+size, bj+size
	}
	return keepWS(xs, at), keepWS(ys, bt)
}

// keepWS puts the line's own whitespace where the tags are blank and
// strips trailing whitespace, as Differ does.
func keepWS(chars []string, tags []rune) string {
	out := make([]rune, len(tags))
	for k, t := range tags {
		out[k] = t
		if t == ' ' && k < len(chars) {
			if r := []rune(chars[k]); len(r) == 1 && pyIsSpace(r[0]) {
				out[k] = r[0]
			}
		}
	}
	n := len(out)
	for n > 0 && pyIsSpace(out[n-1]) {
		n--
	}
	return string(out[:n])
}

// pyIsSpace is Python's str.isspace for one character.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// pyLineTags is _gowikibot.line_tags(x, y) -> (x_tags, y_tags): see lineTags.
func pyLineTags(args []py.Object) (py.Object, error) {
	a, b := lineTags(str(args[0]), str(args[1]))
	return py.Tuple{py.String(a), py.String(b)}, nil
}

// colorLine is showDiff's colouring of a changed line under its "? "
// marker line ref: a colour tag opens where the markers start (color, or
// "default;"+color on a blank) and "<<default>>" closes it where they stop,
// character by character over the longer of line and ref (the line padded
// with blanks), as pywikibot colours it.
func colorLine(line, ref, color string) string {
	lr := []rune(line)
	rr := []rune(strings.TrimFunc(ref, pyIsSpace))
	var b strings.Builder
	b.Grow(len(line) + 64)
	closed := true
	for k := 0; k < max(len(lr), len(rr)); k++ {
		c, r := ' ', ' '
		if k < len(lr) {
			c = lr[k]
		}
		if k < len(rr) {
			r = rr[k]
		}
		switch {
		case closed && r != ' ':
			b.WriteString("<<")
			if c == ' ' {
				b.WriteString("default;")
			}
			b.WriteString(color)
			b.WriteString(">>")
			closed = false
		case !closed && r == ' ':
			b.WriteString("<<default>>")
			closed = true
		}
		b.WriteRune(c)
	}
	if !closed {
		b.WriteString("<<default>>")
	}
	return b.String()
}

// pyColorLine is _gowikibot.color_line(line, ref, color): see colorLine
// (color None is written "None", as str.format writes it).
func pyColorLine(args []py.Object) (py.Object, error) {
	color := "None"
	if c, ok := args[2].(py.String); ok {
		color = string(c)
	}
	return py.String(colorLine(str(args[0]), str(args[1]), color)), nil
}
