package prepass

import "strings"

// The @ operator (PEP 465) is 3.5 syntax that gpython v0.2.0's 3.4 grammar
// rejects. "a @ b" becomes __pyshim_matmul__(a, b) and "t @= v" becomes
// "t = __pyshim_imatmul__(t, v)"; the helpers (runtime.go) call
// __matmul__, __rmatmul__ and __imatmul__ as CPython does.
//
// @ binds as * / // %, left to right: its left operand is the run of
// factors and those operators before it (a * b @ c is (a * b) @ c), its
// right operand one factor (unary operators, an atom with its trailers,
// and a power): a @ b * c is (a @ b) * c, a @ -b ** 2 is a @ (-(b ** 2)).

// termOps are the binary operators of @'s precedence level.
var termOps = map[string]bool{"*": true, "/": true, "//": true, "%": true, "@": true}

// operandEnd reports whether token p ends an operand (so that an operator
// after it is binary).
func (r *rw) operandEnd(sq *seq, p int) bool {
	if p < 0 || p >= len(sq.toks) {
		return false
	}
	t := sq.toks[p]
	switch t.kind {
	case tNum, tStr:
		return true
	case tName:
		n := r.text(t)
		return !keywords[n] || n == "True" || n == "False" || n == "None"
	case tOp:
		s := r.text(t)
		return s == ")" || s == "]" || s == "}"
	}
	return false
}

// topMatmul returns the first @ operator at the top level of [i, j), or
// -1.
func (r *rw) topMatmul(sq *seq, i, j int) int {
	for k := i; k < j; k++ {
		if m := sq.match[k]; m > k {
			k = m
			continue
		}
		if r.is(sq, k, "@") && k > i && r.operandEnd(sq, k-1) {
			return k
		}
	}
	return -1
}

// matmulLeft returns the first token of the left operand of the @ at k,
// not before i.
func (r *rw) matmulLeft(sq *seq, i, k int) int {
	p := k - 1
	for p >= i {
		t := sq.toks[p]
		switch t.kind {
		case tNum, tStr:
			p--
			continue
		case tName:
			if r.operandEnd(sq, p) {
				p--
				continue
			}
			return p + 1
		case tOp:
			s := r.text(t)
			switch {
			case s == ")" || s == "]" || s == "}":
				p = sq.match[p] - 1
				continue
			case s == ".":
				p--
				continue
			case termOps[s] || s == "**":
				if r.operandEnd(sq, p-1) && p-1 >= i {
					p--
					continue
				}
				return p + 1
			case s == "+" || s == "-" || s == "~":
				// binary (lower precedence) after an operand, also one
				// just before i (emit goes on after an earlier @'s
				// right operand: "a @ b + c @ d")
				if s != "~" && r.operandEnd(sq, p-1) {
					return p + 1
				}
				p-- // unary: part of the factor
				continue
			}
		}
		return p + 1
	}
	return i
}

// factorEnd returns the last token of the factor starting at q (before j),
// or -1 when there is none.
func (r *rw) factorEnd(sq *seq, q, j int) int {
	for q < j && (r.is(sq, q, "+") || r.is(sq, q, "-") || r.is(sq, q, "~") || r.is(sq, q, "await")) {
		q++
	}
	if q >= j {
		return -1
	}
	t := sq.toks[q]
	switch {
	case sq.match[q] > q:
		q = sq.match[q]
	case t.kind == tStr:
		for q+1 < j && sq.toks[q+1].kind == tStr {
			q++
		}
	case t.kind == tNum || t.kind == tName && r.operandEnd(sq, q):
	default:
		return -1
	}
	for q+1 < j {
		switch {
		case r.is(sq, q+1, "(") || r.is(sq, q+1, "["):
			q = sq.match[q+1]
			continue
		case r.is(sq, q+1, ".") && q+2 < j && sq.toks[q+2].kind == tName:
			q += 2
			continue
		case r.is(sq, q+1, "**"):
			return r.factorEnd(sq, q+2, j)
		}
		break
	}
	return q
}

// take emits tokens [s, e) into a string instead of the output.
func (r *rw) take(sq *seq, s, e int, flat bool) (string, error) {
	start := len(r.out)
	r.flat = flat
	err := r.emit(sq, s, e)
	out := string(r.out[start:])
	r.out = r.out[:start]
	return out, err
}

// takeGap is the text before token k as emit writes it.
func (r *rw) takeGap(sq *seq, k int, flat bool) string {
	start := len(r.out)
	if flat {
		r.flatGap(sq, k)
	} else {
		r.gap(sq, k)
	}
	out := string(r.out[start:])
	r.out = r.out[:start]
	return out
}

// matmul emits [i, j), which holds an @ operator at the top level at k.
func (r *rw) matmul(sq *seq, i, j, k int, flat bool) error {
	ls := r.matmulLeft(sq, i, k)
	if ls >= k {
		return errAt(sq.toks[k], "invalid syntax")
	}
	if ls > i {
		r.flat = flat
		if err := r.emit(sq, i, ls); err != nil {
			return err
		}
		r.write(r.takeGap(sq, ls, flat))
	}
	res, err := r.take(sq, ls, k, flat)
	if err != nil {
		return err
	}
	end := k - 1
	for op := k; op < j && (op == k || termOps[r.text(sq.toks[op])] && sq.toks[op].kind == tOp); op = end + 1 {
		fe := r.factorEnd(sq, op+1, j)
		if fe < 0 {
			return errAt(sq.toks[op], "invalid syntax")
		}
		g1, g2 := r.takeGap(sq, op, flat), r.takeGap(sq, op+1, flat)
		opnd, err := r.take(sq, op+1, fe+1, flat)
		if err != nil {
			return err
		}
		if s := r.text(sq.toks[op]); s == "@" {
			res = "__pyshim_matmul__(" + res + g1 + "," + g2 + opnd + ")"
		} else {
			res += g1 + s + g2 + opnd
		}
		end = fe
	}
	r.write(res)
	if end+1 < j {
		r.write(r.takeGap(sq, end+1, flat))
		r.flat = flat
		return r.emit(sq, end+1, j)
	}
	return nil
}

// augMatmul rewrites the statement [a, b) holding "target @= value" at q:
// "target = __pyshim_imatmul__(target, value)".
func (r *rw) augMatmul(sq *seq, a, b, q int) error {
	target, err := r.take(sq, a, q, false)
	if err != nil {
		return err
	}
	if strings.Contains(target, "\n") {
		return errAt(sq.toks[q], "an @= target spanning lines is not supported (gowikibot)")
	}
	r.write(target + r.takeGap(sq, q, false) + "= __pyshim_imatmul__(" + target + ",")
	if q+1 < b {
		r.write(r.takeGap(sq, q+1, false))
		if err := r.emit(sq, q+1, b); err != nil {
			return err
		}
	}
	r.write(")")
	return nil
}
