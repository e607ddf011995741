package bridge

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// hunkOp is one opcode of a diff hunk: tag and the ranges of a and b.
type hunkOp struct {
	tag            string
	i1, i2, j1, j2 int
}

// withNL is the line with a line feed at its end.
func withNL(line string) string {
	if strings.HasSuffix(line, "\n") {
		return line
	}
	return line + "\n"
}

// lineColor is showDiff's colour of a diff line ("" for none).
func lineColor(line string) string {
	switch {
	case strings.HasPrefix(line, "+"):
		return "lightgreen"
	case strings.HasPrefix(line, "-"):
		return "lightred"
	}
	return ""
}

// colorWhole colours a whole diff line (no "? " marker line under it).
func colorWhole(line string) string {
	if c := lineColor(line); c != "" {
		return "<<" + c + ">>" + line + "<<default>>"
	}
	return line
}

// colorMarked colours line under its marker line ref, or wholly for an
// empty ref.
func colorMarked(line, ref string) string {
	if ref == "" {
		return colorWhole(line)
	}
	c := lineColor(line)
	if c == "" {
		c = "None" // as str.format writes a colour of None
	}
	return colorLine(line, ref, c)
}

// prefixRunes is s cut to at most n characters.
func prefixRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}

// hunkText is the coloured text of one hunk of pywikibot's showDiff: the
// hunk's lines ("  ", "- ", "+ ", changed blocks as difflib's ndiff with
// "? " marker lines) each ending in a line feed, then removed lines in red
// and added lines in green, the changed characters alone where a marker
// line says which; marker lines themselves are not shown. ok is false for
// a hunk without lines.
func hunkText(a, b []string, group []hunkOp) (text string, ok bool) {
	var diff []string
	for _, op := range group {
		switch op.tag {
		case "equal":
			for _, x := range a[op.i1:op.i2] {
				diff = append(diff, "  "+withNL(x))
			}
		case "delete":
			for _, x := range a[op.i1:op.i2] {
				diff = append(diff, "- "+withNL(x))
			}
		case "insert":
			for _, x := range b[op.j1:op.j2] {
				diff = append(diff, "+ "+withNL(x))
			}
		default:
			for _, x := range lineCompare(a[op.i1:op.i2], b[op.j1:op.j2]) {
				diff = append(diff, withNL(x))
			}
		}
	}
	if len(diff) == 0 {
		return "", false
	}
	var out strings.Builder
	line1, line2 := "", diff[0]
	for _, line := range diff[1:] {
		var fmt string
		fmt, line1, line2 = line1, line2, line
		if strings.HasPrefix(line1, "?") {
			continue
		}
		if strings.HasPrefix(line2, "?") {
			out.WriteString(colorMarked(line1, line2))
			if strings.HasPrefix(line1, "+") {
				line2 = ""
			}
			continue
		}
		if strings.HasPrefix(line1, "-") {
			out.WriteString(colorWhole(line1))
		} else if strings.HasPrefix(line1, "+") {
			if !strings.HasPrefix(fmt, "?") {
				fmt = ""
			}
			out.WriteString(colorMarked(line1, prefixRunes(fmt, utf8.RuneCountInString(line1))))
		}
	}
	if strings.HasPrefix(line2, "-") {
		out.WriteString(colorWhole(line2))
	} else if strings.HasPrefix(line2, "+") {
		fmt := line1
		if !strings.HasPrefix(fmt, "?") {
			fmt = ""
		}
		out.WriteString(colorMarked(line2, prefixRunes(fmt, utf8.RuneCountInString(line2))))
	}
	return out.String(), true
}

// pyHunkText is _gowikibot.hunk_text(a, b, group) -> str, or None where
// the Python code must run (a hunk without lines, or arguments of other
// shapes than lists of str and (tag, i1, i2, j1, j2) opcodes in range).
func pyHunkText(args []py.Object) (py.Object, error) {
	a, err := strList(args[0], "hunk_text")
	if err != nil {
		return py.None, nil
	}
	b, err := strList(args[1], "hunk_text")
	if err != nil {
		return py.None, nil
	}
	ops, err := py.SequenceList(args[2])
	if err != nil {
		return py.None, nil
	}
	group := make([]hunkOp, 0, len(ops.Items))
	for _, o := range ops.Items {
		t, ok := o.(py.Tuple)
		if !ok || len(t) != 5 {
			return py.None, nil
		}
		tag, ok := t[0].(py.String)
		if !ok {
			return py.None, nil
		}
		var n [4]int
		for k := range n {
			v, ok := t[k+1].(py.Int)
			if !ok {
				return py.None, nil
			}
			n[k] = int(v)
		}
		if n[0] < 0 || n[0] > n[1] || n[1] > len(a) || n[2] < 0 || n[2] > n[3] || n[3] > len(b) {
			return py.None, nil
		}
		group = append(group, hunkOp{string(tag), n[0], n[1], n[2], n[3]})
	}
	text, ok := hunkText(a, b, group)
	if !ok {
		return py.None, nil
	}
	return py.String(text), nil
}
