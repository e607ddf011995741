package prepass

// walkStmts walks the tokens [a, b) of one logical line, keeping count of
// the bracket depth, and calls start for each token that begins a simple
// or compound statement: the token at a, one after a ';' at depth 0, and
// one after the ':' that ends a compound statement's header at depth 0
// (its inline body). start returns whether its token begins such a header
// (a compound keyword); colon is then called with that header's ':' (a
// ':' elsewhere, a lambda's, a slice's or an annotation's, is not one).
func walkStmts(src string, toks []tok, a, b int, start func(k int) (header bool), colon func(k int)) {
	depth := 0
	atStart := true
	inHeader := false
	for k := a; k < b; k++ {
		t := toks[k]
		if t.kind == tOp {
			switch src[t.s:t.e] {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
			case ";":
				if depth == 0 {
					atStart = true
					continue
				}
			case ":":
				if depth == 0 && inHeader {
					inHeader = false
					colon(k)
					atStart = true
					continue
				}
			}
		}
		if atStart {
			atStart = false
			if start(k) {
				inHeader = true
			}
		}
	}
}
