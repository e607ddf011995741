package python

// A traceback's position is worked out on the pre-pass's rewrite of a
// line (what was compiled) and shown under the original line: the two
// are aligned here.

// mapToOriginal moves sp from the rewritten line rw to the original line
// orig. The two are aligned by their longest common subsequence, keeping
// only runs of two or more bytes (a lone letter of a helper's name
// matching one of the original is no alignment); an offset inside a
// common run or at the edge of a rewritten part moves with it, one
// inside a rewritten part has no place (false).
func mapToOriginal(sp caretSpan, rw, orig string) (caretSpan, bool) {
	if rw == orig {
		return sp, true
	}
	move := alignLines(rw, orig)
	if move == nil {
		return caretSpan{}, false
	}
	s, e := move[sp.start], move[sp.end]
	if s < 0 || e < 0 {
		return caretSpan{}, false
	}
	out := caretSpan{start: s, end: e, anchors: sp.anchors}
	if sp.anchors {
		l, r := move[sp.start+sp.leftEnd], move[sp.start+sp.rightStart]
		if l < 0 || r < 0 {
			return caretSpan{}, false
		}
		out.leftEnd, out.rightStart = l-s, r-s
	}
	return out, true
}

// alignLines maps each offset 0..len(a) of a to the corresponding offset
// of b, -1 where there is none (nil: lines too long to align).
func alignLines(a, b string) []int {
	n, m := len(a), len(b)
	if n > 2000 || m > 2000 {
		return nil
	}
	// lcs[i][j]: length of the LCS of a[i:] and b[j:]
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				lcs[i][j] = lcs[i+1][j+1] + 1
			case lcs[i+1][j] >= lcs[i][j+1]:
				lcs[i][j] = lcs[i+1][j]
			default:
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}
	match := make([]int, n) // a's byte -> b's byte, -1
	for i := range match {
		match[i] = -1
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j] && lcs[i][j] == lcs[i+1][j+1]+1:
			match[i] = j
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	// runs of one byte are no alignment
	for i := 0; i < n; i++ {
		if match[i] < 0 {
			continue
		}
		k := i
		for k+1 < n && match[k+1] == match[k]+1 {
			k++
		}
		if k == i {
			match[i] = -1
		}
		i = k
	}
	move := make([]int, n+1)
	for p := 0; p <= n; p++ {
		switch {
		case p == 0:
			move[p] = 0
		case p == n:
			move[p] = m
		case match[p-1] >= 0 && match[p] >= 0 && match[p] == match[p-1]+1:
			move[p] = match[p]
		case match[p] >= 0 && (match[p-1] < 0 || match[p] != match[p-1]+1):
			// the start of a common run after a rewritten part
			move[p] = match[p]
			if match[p-1] >= 0 && match[p-1]+1 != match[p] {
				move[p] = -1 // text of b dropped here: ambiguous
			}
		case match[p-1] >= 0 && match[p] < 0:
			move[p] = match[p-1] + 1 // the end of a common run
		default:
			move[p] = -1
		}
	}
	return move
}
