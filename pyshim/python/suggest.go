package python

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// CPython 3.11's uncaught-exception printer (Python/suggestions.c) ends the
// line of an AttributeError or NameError with ". Did you mean: 'x'?": the
// closest name by a Levenshtein distance over dir(obj) for an
// AttributeError (its name and obj attributes), over the failing frame's
// local variable names, then its globals, then the builtins for a
// NameError (its name attribute). The traceback module of 3.11 does not
// (traceback.print_exc shows no suggestion); neither does this.
const (
	suggestMaxItems  = 750 // MAX_CANDIDATE_ITEMS
	suggestMaxString = 40  // MAX_STRING_SIZE
	suggestMoveCost  = 2   // MOVE_COST
	suggestCaseCost  = 1   // CASE_COST
)

// suggestion returns ". Did you mean: 'x'?" for info's exception, or "".
func suggestion(info *py.ExceptionInfo) string {
	e, ok := info.Value.(*py.Exception)
	if !ok || e.Dict == nil {
		return ""
	}
	name, ok := e.Dict["name"].(py.String)
	if !ok {
		return ""
	}
	tb := info.Traceback
	for tb != nil && tb.Next != nil {
		tb = tb.Next
	}
	var best string
	switch {
	case e.Type().IsSubtype(py.AttributeError):
		obj := e.Dict["obj"]
		if obj == nil || obj == py.None || tb == nil || tb.Frame == nil {
			return ""
		}
		dir := tb.Frame.Builtins["dir"]
		if dir == nil {
			return ""
		}
		r, err := py.Call(dir, py.Tuple{obj}, nil)
		if err != nil {
			return ""
		}
		l, ok := r.(*py.List)
		if !ok {
			return ""
		}
		names := make([]string, 0, len(l.Items))
		for _, it := range l.Items {
			if s, ok := it.(py.String); ok {
				names = append(names, string(s))
			}
		}
		best = closestName(names, string(name))
	case e.Type().IsSubtype(py.UnboundLocalError):
		// CPython 3.11 sets name only on a NameError itself
		return ""
	case e.Type().IsSubtype(py.NameError):
		if tb == nil || tb.Frame == nil {
			return ""
		}
		f := tb.Frame
		var locals []string
		if f.Code != nil {
			locals = f.Code.Varnames
		}
		// gpython's globals and builtins are Go maps: their keys are
		// taken sorted (CPython: insertion order), which only matters
		// between names at the same distance
		for _, names := range [][]string{locals, sortedNames(f.Globals), sortedNames(f.Builtins)} {
			if best = closestName(names, string(name)); best != "" {
				break
			}
		}
	}
	if best == "" {
		return ""
	}
	return ". Did you mean: '" + best + "'?"
}

func sortedNames(d py.StringDict) []string {
	out := make([]string, 0, len(d))
	for k := range d {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// closestName is calculate_suggestions: the first of names nearest to
// name, within a third of the characters involved, or "".
func closestName(names []string, name string) string {
	if len(names) >= suggestMaxItems {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range names {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * suggestMoveCost / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

// substitutionCost is CPython's: a case change costs less than another
// character.
func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// levenshtein is CPython's levenshtein_distance over the UTF-8 bytes of a
// and b, giving up (maxCost+1) once maxCost is exceeded.
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
