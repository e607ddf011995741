package prepass

import "regexp"

// (see package upstream for the index)

// oneTupleTarget finds a target ending with a comma before `in`.
var oneTupleTarget = regexp.MustCompile(`,\s*in\b`)

// fixForTupleTarget puts parentheses around a for statement's target that
// is a one-element tuple written without them (`for x, in pairs:` →
// `for (x,) in pairs:`, same line): gpython v0.2.0's grammar drops the
// trailing comma of a for statement's target (parser/grammar.y's for_stmt
// builds it with tupleOrExpr(..., false), unchanged on main), so x got the
// whole item. Comprehensions keep the comma and are left alone.
func fixForTupleTarget(src string, toks []tok) (string, bool) {
	if !oneTupleTarget.MatchString(src) {
		return src, false
	}
	type edit struct {
		at   int
		text string
	}
	var edits []edit
	start := true
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		text := src[t.s:t.e]
		if t.kind == tNewline || (t.kind == tOp && (text == ":" || text == ";")) {
			start = true
			continue
		}
		if !start {
			continue
		}
		start = false
		if t.kind == tName && text == "async" && i+1 < len(toks) && src[toks[i+1].s:toks[i+1].e] == "for" {
			i++
			t = toks[i]
			text = "for"
		}
		if t.kind != tName || text != "for" {
			continue
		}
		// the target: up to `in` at depth 0
		depth, commas, j := 0, 0, i+1
		for ; j < len(toks) && toks[j].kind != tNewline; j++ {
			x := src[toks[j].s:toks[j].e]
			if toks[j].kind == tOp {
				switch x {
				case "(", "[", "{":
					depth++
				case ")", "]", "}":
					depth--
				case ",":
					if depth == 0 {
						commas++
					}
				}
			}
			if depth == 0 && toks[j].kind == tName && x == "in" {
				break
			}
		}
		if j >= len(toks) || toks[j].kind == tNewline || j < i+3 || commas != 1 || src[toks[j-1].s:toks[j-1].e] != "," {
			continue
		}
		edits = append(edits, edit{toks[i+1].s, "("}, edit{toks[j-1].e, ")"})
		i = j
	}
	if len(edits) == 0 {
		return src, false
	}
	out := make([]byte, 0, len(src)+len(edits))
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.at]...)
		out = append(out, e.text...)
		last = e.at
	}
	out = append(out, src[last:]...)
	return string(out), true
}
