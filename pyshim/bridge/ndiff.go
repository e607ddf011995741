package bridge

import (
	"math"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// lineCompare is difflib.ndiff(a, b) (no line junk, blanks and tabs as
// character junk), the line-by-line compare pywikibot's diffs show: each
// line of a and b prefixed with "  " (equal), "- " (removed) or "+ "
// (added), and under a changed pair of similar lines the "? " lines that
// mark the changed characters. The search for the closest pair runs over
// shrinking blocks of the same lines again and again, so the ratios of a
// pair are kept once computed (for blocks of up to maxMemoPairs pairs).
func lineCompare(a, b []string) []string {
	var out []string
	i, j := 0, 0
	for _, m := range matchBlocks(a, b) {
		ai, bj, size := m[0], m[1], m[2]
		switch {
		case i < ai && j < bj:
			r := newPairRatios(a[i:ai], b[j:bj])
			out = r.fancyReplace(0, ai-i, 0, bj-j, out)
		case i < ai:
			out = dumpLines(out, "- ", a[i:ai])
		case j < bj:
			out = dumpLines(out, "+ ", b[j:bj])
		}
		out = dumpLines(out, "  ", a[ai:ai+size])
		i, j = ai+size, bj+size
	}
	return out
}

// dumpLines appends each of lines with prefix.
func dumpLines(out []string, prefix string, lines []string) []string {
	for _, l := range lines {
		out = append(out, prefix+l)
	}
	return out
}

// maxMemoPairs bounds the pairs whose ratios a replaced block keeps (8
// bytes each, twice).
const maxMemoPairs = 1 << 16

// pairRatios is one replaced block of lines: a (removed) against b
// (added), their lengths in characters, and the quick and full ratios of
// the pairs computed so far (NaN: not yet).
type pairRatios struct {
	a, b         []string
	alen, blen   []int
	arunes       [][]rune
	brunes       [][]rune
	quick, ratio []float64
}

func newPairRatios(a, b []string) *pairRatios {
	r := &pairRatios{a: a, b: b, alen: make([]int, len(a)), blen: make([]int, len(b)),
		arunes: make([][]rune, len(a)), brunes: make([][]rune, len(b))}
	for i, x := range a {
		r.alen[i] = utf8.RuneCountInString(x)
	}
	for j, y := range b {
		r.blen[j] = utf8.RuneCountInString(y)
	}
	if n := len(a) * len(b); n <= maxMemoPairs {
		r.quick = make([]float64, n)
		r.ratio = make([]float64, n)
		for k := range r.quick {
			r.quick[k] = math.NaN()
			r.ratio[k] = math.NaN()
		}
	}
	return r
}

// quickRatio is difflib's quick_ratio of a[i], b[j].
func (r *pairRatios) quickRatio(i, j int) float64 {
	if r.quick == nil {
		return quickRatio(r.a[i], r.b[j])
	}
	k := i*len(r.b) + j
	if math.IsNaN(r.quick[k]) {
		r.quick[k] = quickRatio(r.a[i], r.b[j])
	}
	return r.quick[k]
}

// fullRatio is difflib's ratio() of a[i], b[j] compared by characters with
// blanks and tabs as junk.
func (r *pairRatios) fullRatio(i, j int) float64 {
	k := i*len(r.b) + j
	if r.ratio != nil && !math.IsNaN(r.ratio[k]) {
		return r.ratio[k]
	}
	if r.arunes[i] == nil {
		r.arunes[i] = []rune(r.a[i])
	}
	if r.brunes[j] == nil {
		r.brunes[j] = []rune(r.b[j])
	}
	m := getBlockMatcher()
	defer m.put()
	matched := 0
	for _, mb := range m.runeBlocks(r.arunes[i], r.brunes[j], true) {
		matched += mb[2]
	}
	total := r.alen[i] + r.blen[j]
	v := 1.0
	if total > 0 {
		v = 2.0 * float64(matched) / float64(total)
	}
	if r.ratio != nil {
		r.ratio[k] = v
	}
	return v
}

// bestPair is bestPair over a[alo:ahi] and b[blo:bhi], with indices into
// a and b.
func (r *pairRatios) bestPair(alo, ahi, blo, bhi int) (best float64, bi, bj, eqi, eqj int) {
	best, bi, bj, eqi, eqj = 0.74, -1, -1, -1, -1
	for j := blo; j < bhi; j++ {
		y, ly := r.b[j], r.blen[j]
		for i := alo; i < ahi; i++ {
			if r.a[i] == y {
				if eqi < 0 {
					eqi, eqj = i, j
				}
				continue
			}
			total := r.alen[i] + ly
			if total > 0 && 2.0*float64(min(r.alen[i], ly))/float64(total) <= best {
				continue
			}
			if r.quickRatio(i, j) <= best {
				continue
			}
			if v := r.fullRatio(i, j); v > best {
				best, bi, bj = v, i, j
			}
		}
	}
	return best, bi, bj, eqi, eqj
}

// fancyReplace is difflib.Differ's _fancy_replace of a[alo:ahi] by
// b[blo:bhi] (cutoff 0.75), appending to out.
func (r *pairRatios) fancyReplace(alo, ahi, blo, bhi int, out []string) []string {
	best, bi, bj, eqi, eqj := r.bestPair(alo, ahi, blo, bhi)
	if best < 0.75 {
		if eqi < 0 {
			minus := dumpLines(nil, "- ", r.a[alo:ahi])
			plus := dumpLines(nil, "+ ", r.b[blo:bhi])
			if bhi-blo < ahi-alo {
				return append(append(out, plus...), minus...)
			}
			return append(append(out, minus...), plus...)
		}
		bi, bj = eqi, eqj
	} else {
		eqi = -1
	}
	out = r.fancyHelper(alo, bi, blo, bj, out)
	x, y := r.a[bi], r.b[bj]
	if eqi < 0 {
		atags, btags := lineTags(x, y)
		out = append(out, "- "+x)
		if atags != "" {
			out = append(out, "? "+atags+"\n")
		}
		out = append(out, "+ "+y)
		if btags != "" {
			out = append(out, "? "+btags+"\n")
		}
	} else {
		out = append(out, "  "+x)
	}
	return r.fancyHelper(bi+1, ahi, bj+1, bhi, out)
}

// fancyHelper is difflib.Differ's _fancy_helper.
func (r *pairRatios) fancyHelper(alo, ahi, blo, bhi int, out []string) []string {
	switch {
	case alo < ahi && blo < bhi:
		return r.fancyReplace(alo, ahi, blo, bhi, out)
	case alo < ahi:
		return dumpLines(out, "- ", r.a[alo:ahi])
	case blo < bhi:
		return dumpLines(out, "+ ", r.b[blo:bhi])
	}
	return out
}

// strList is the str items of a list or tuple argument of name.
func strList(o py.Object, name string) ([]string, error) {
	items, err := py.SequenceList(o)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items.Items))
	for k, it := range items.Items {
		s, ok := it.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s: lines must be str, not %s", name, it.Type().Name)
		}
		out[k] = string(s)
	}
	return out, nil
}

// pyLineCompare is _gowikibot.line_compare(a, b) -> list of str: see
// lineCompare.
func pyLineCompare(args []py.Object) (py.Object, error) {
	a, err := strList(args[0], "line_compare")
	if err != nil {
		return nil, err
	}
	b, err := strList(args[1], "line_compare")
	if err != nil {
		return nil, err
	}
	lines := lineCompare(a, b)
	items := make([]py.Object, len(lines))
	for k, l := range lines {
		items[k] = py.String(l)
	}
	return py.NewListFromItems(items), nil
}
