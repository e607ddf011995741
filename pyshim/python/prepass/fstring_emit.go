package prepass

import "strings"

// fstrings rewrites the adjacent string literals [k, m), at least one an
// f-string, into a call __pyshim_fmt__(lit, value, conv, spec, lit, ...):
// literal parts alternate with (value, conversion, spec) triples.
func (r *rw) fstrings(sq *seq, k, m int) error {
	start := len(r.out)
	r.write("__pyshim_fmt__(")
	fw := &fwriter{r: r, empty: true}
	for i := k; i < m; i++ {
		t := sq.toks[i]
		if t.fs == nil {
			fw.lit(r.src[t.s:t.e])
			continue
		}
		if err := fw.parts(t.fs.parts); err != nil {
			return err
		}
	}
	fw.endLit()
	r.pad(start, sq.toks[k].s, sq.toks[m-1].e)
	r.write(")")
	return nil
}

type fwriter struct {
	r     *rw
	empty bool // the current literal slot has nothing yet
}

func (fw *fwriter) lit(s string) {
	if !fw.empty {
		fw.r.write(" ")
	}
	fw.r.write(s)
	fw.empty = false
}

func (fw *fwriter) endLit() {
	if fw.empty {
		fw.r.write(`""`)
	}
}

func (fw *fwriter) parts(ps []fpart) error {
	r := fw.r
	for _, p := range ps {
		if !p.field {
			fw.lit(`"` + p.lit + `"`)
			if p.nl > 0 {
				r.write(strings.Repeat("\n", p.nl))
			}
			continue
		}
		fw.endLit()
		r.write(", (")
		if err := r.fieldExpr(p.exprS, p.exprE); err != nil {
			return err
		}
		r.write("), ")
		if p.conv != 0 {
			r.write(`"` + string(p.conv) + `", `)
		} else {
			r.write(`"", `)
		}
		if err := r.spec(p); err != nil {
			return err
		}
		r.write(", ")
		fw.empty = true
	}
	return nil
}

// spec writes a field's format spec as a string expression.
func (r *rw) spec(p fpart) error {
	hasField := false
	for _, s := range p.spec {
		if s.field {
			hasField = true
		}
	}
	if !hasField {
		var b strings.Builder
		nl := 0
		for _, s := range p.spec {
			b.WriteString(s.lit)
			nl += s.nl
		}
		r.write(`"` + b.String() + `"` + strings.Repeat("\n", nl))
		return nil
	}
	r.write("__pyshim_fmt__(")
	fw := &fwriter{r: r, empty: true}
	if err := fw.parts(p.spec); err != nil {
		return err
	}
	fw.endLit()
	r.write(")")
	return nil
}

// fieldExpr writes the rewritten expression src[s:e] of a replacement field.
func (r *rw) fieldExpr(s, e int) error {
	toks, err := tokenize(r.src, s, e, 1, r.li)
	if err != nil {
		return err
	}
	if len(toks) == 0 {
		return &synErr{"f-string: empty expression not allowed", s}
	}
	sq, err := newSeq(toks, r.src)
	if err != nil {
		return err
	}
	start := len(r.out)
	if err := r.emit(sq, 0, len(toks)); err != nil {
		return err
	}
	r.pad(start, s, e)
	return nil
}
