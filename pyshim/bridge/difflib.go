package bridge

import (
	"slices"
	"strings"
	"unicode"

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
	// search works on slices instead of maps.
	m := getBlockMatcher()
	defer m.put()
	ids := make(map[string]int32, len(b))
	intern := func(items []string, out []int32) []int32 {
		out = grow32(out, len(items))
		for i, s := range items {
			id, ok := ids[s]
			if !ok {
				id = int32(len(ids))
				ids[s] = id
			}
			out[i] = id
		}
		return out
	}
	m.bi = intern(b, m.bi)
	m.ai = intern(a, m.ai)
	m.isJunk = slices.Grow(m.isJunk[:0], len(ids))[:len(ids)]
	for s, id := range ids {
		m.isJunk[id] = junk[s]
	}
	return slices.Clone(m.blocks(len(ids)))
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
	l := py.NewList()
	if blocks, ok := strMatchBlocks(args); ok {
		for _, m := range blocks {
			l.Append(py.Tuple{py.Int(m[0]), py.Int(m[1]), py.Int(m[2])})
		}
		return l, nil
	}
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
	for _, m := range matchBlocksJunk(a, b, junk) {
		l.Append(py.Tuple{py.Int(m[0]), py.Int(m[1]), py.Int(m[2])})
	}
	return l, nil
}

// strMatchBlocks is match_blocks of two str over their characters, with no
// junk or blanks and tabs as junk, through the rune search; ok is false for
// other arguments.
func strMatchBlocks(args []py.Object) (blocks [][3]int, ok bool) {
	a, okA := args[0].(py.String)
	b, okB := args[1].(py.String)
	if !okA || !okB {
		return nil, false
	}
	junkBlanks := false
	if args[2] != nil {
		j, isStr := args[2].(py.String)
		if !isStr || (j != " \t" && j != "\t ") {
			return nil, false
		}
		junkBlanks = true
	}
	m := getBlockMatcher()
	defer m.put()
	return m.runeBlocks([]rune(string(a)), []rune(string(b)), junkBlanks), true
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
	return newPairRatios(a, b).bestPair(0, len(a), 0, len(b))
}

// lineTags is the marker lines difflib.Differ prints under a changed pair
// of lines ("? ..."): for x and y, compared character by character with
// blanks and tabs as junk, '^' under replaced characters, '-' under
// deleted ones (in x's line), '+' under inserted ones (in y's), blanks
// elsewhere — whitespace of the line itself kept under unchanged
// whitespace — with trailing whitespace removed.
func lineTags(x, y string) (string, string) {
	xs, ys := []rune(x), []rune(y)
	at := make([]rune, 0, len(xs))
	bt := make([]rune, 0, len(ys))
	i, j := 0, 0
	put := func(tags []rune, r rune, n int) []rune {
		for k := 0; k < n; k++ {
			tags = append(tags, r)
		}
		return tags
	}
	m := getBlockMatcher()
	defer m.put()
	for _, mb := range m.runeBlocks(xs, ys, true) {
		ai, bj, size := mb[0], mb[1], mb[2]
		la, lb := ai-i, bj-j
		switch {
		case la > 0 && lb > 0:
			at = put(at, '^', la)
			bt = put(bt, '^', lb)
		case la > 0:
			at = put(at, '-', la)
		case lb > 0:
			bt = put(bt, '+', lb)
		}
		at = put(at, ' ', size)
		bt = put(bt, ' ', size)
		i, j = ai+size, bj+size
	}
	return keepWS(xs, at), keepWS(ys, bt)
}

// keepWS puts the line's own whitespace where the tags are blank and
// strips trailing whitespace, as Differ does; it reuses tags.
func keepWS(chars, tags []rune) string {
	for k, t := range tags {
		if t == ' ' && k < len(chars) && pyIsSpace(chars[k]) {
			tags[k] = chars[k]
		}
	}
	n := len(tags)
	for n > 0 && pyIsSpace(tags[n-1]) {
		n--
	}
	return string(tags[:n])
}

// pyIsSpace is Python's str.isspace for one character.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
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
