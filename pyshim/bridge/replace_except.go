package bridge

import (
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lib/pyre"
)

// textlib.replaceExcept's loop in Go. The Python loop (kept in
// pyshim/pywikibot/textlib.py for what this one declines) rebuilds the
// text after each replacement, and every search of the new str converts
// it to code points again: on a 2 KB page with 30 replacements that was a
// quarter of replace's allocations. Here the text stays one rune slice
// from the first search to the last. The steps are the Python loop's, in
// the same order, with the same searches (old and each guard from pos of
// the text as it is, lookbehinds seeing the replaced text) and the same
// expansion of \N and \g<name> in new.

// replTemplate is new of replaceExcept cut at its group references:
// lits[0], group refs[0], lits[1], ..., lits[len(refs)].
type replTemplate struct {
	lits []string
	refs []int
}

// parseReplTemplate cuts new (after replaceExcept's \n → line feed) at the
// references textlib's _GROUP_REF finds (\\(\d+) or \\g<(.+?)>), resolved
// to group numbers of pat. ok is false where the Python code must run: a
// reference whose group pat does not have (Python raises IndexError), a
// number in other than ASCII digits, or a \g<...> name other than ASCII
// digits or an ASCII identifier (int() and the name lookup have more
// cases than are worth repeating).
func parseReplTemplate(newText string, pat *pyre.Pattern) (t replTemplate, ok bool) {
	r := []rune(newText)
	var lit strings.Builder
	for i := 0; i < len(r); i++ {
		if r[i] != '\\' || i+1 >= len(r) {
			lit.WriteRune(r[i])
			continue
		}
		group, end := -1, 0
		switch c := r[i+1]; {
		case unicode.IsDigit(c):
			j := i + 1
			n := 0
			for ; j < len(r) && unicode.IsDigit(r[j]); j++ {
				if r[j] > '9' || n > pat.Tr.Groups {
					return t, false
				}
				n = n*10 + int(r[j]-'0')
			}
			group, end = n, j
		case c == 'g' && i+2 < len(r) && r[i+2] == '<':
			k := slices.Index(r[i+3:], '>')
			if k < 1 {
				// no name (a '>' right after '<' would be part of it) or
				// no closing '>'
				if k == 0 {
					return t, false
				}
				lit.WriteRune(r[i])
				continue
			}
			name := string(r[i+3 : i+3+k])
			if strings.ContainsRune(name, '\n') {
				return t, false
			}
			n, named := groupNumber(name, pat)
			if !named {
				return t, false
			}
			group, end = n, i+3+k+1
		default:
			lit.WriteRune(r[i])
			continue
		}
		if group < 0 || group > pat.Tr.Groups {
			return t, false
		}
		t.lits = append(t.lits, lit.String())
		t.refs = append(t.refs, group)
		lit.Reset()
		i = end - 1
	}
	t.lits = append(t.lits, lit.String())
	return t, true
}

// groupNumber is the group a \g<name> reference names: a number in ASCII
// digits (int(name)) or an identifier pat has as a group name.
func groupNumber(name string, pat *pyre.Pattern) (int, bool) {
	digits := true
	for _, c := range name {
		if c < '0' || c > '9' {
			digits = false
			break
		}
	}
	if digits {
		n := 0
		for _, c := range name {
			if n > pat.Tr.Groups {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	for i, c := range name {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return 0, false
		}
	}
	n, ok := pat.Tr.GroupIndex[name]
	return n, ok
}

// expand is the replacement for a match with spans in text.
func (t replTemplate) expand(text []rune, spans []int) []rune {
	var out []rune
	for k, g := range t.refs {
		out = append(out, []rune(t.lits[k])...)
		if s, e := spans[2*g], spans[2*g+1]; s >= 0 {
			out = append(out, text[s:e]...)
		}
	}
	return append(out, []rune(t.lits[len(t.refs)])...)
}

// guardState is what is known of one guard's next match.
type guardState struct {
	searched bool  // since the last replacement
	spans    []int // its match from the last search; nil: none
}

// replaceExcept is the loop of textlib.replaceExcept over text (old has a
// match in it), with new a template. err is a search's error (a timeout).
func replaceExcept(text []rune, old *pyre.Pattern, tmpl replTemplate, guards []*pyre.Pattern,
	allowOverlap bool, count int, marker string) (string, error) {
	pos, done := 0, 0
	markerAt := len(text)
	state := make([]guardState, len(guards))
	var found []int
	for count == 0 || done < count {
		if pos > len(text) {
			break
		}
		if found == nil || found[0] < pos {
			var err error
			if found, err = old.SearchRunes(text, pos); err != nil {
				return "", err
			}
		}
		if found == nil {
			break
		}
		var first []int
		for i, g := range guards {
			st := &state[i]
			if !st.searched || (st.spans != nil && st.spans[0] < pos) {
				hit, err := g.SearchRunes(text, pos)
				if err != nil {
					return "", err
				}
				st.searched, st.spans = true, hit
			}
			if st.spans != nil && (first == nil || st.spans[0] < first[0]) {
				first = st.spans
			}
		}
		if first != nil && first[0] <= found[0] {
			if first[1] <= pos {
				// an empty guard match at pos: the Python loop never
				// ends here (as pywikibot's); it runs it, interruptibly
				return "", errNoProgress
			}
			pos = first[1]
			continue
		}
		repl := tmpl.expand(text, found)
		start, end := found[0], found[1]
		text = slices.Replace(text, start, end, repl...)
		if allowOverlap {
			pos = start + 1
		} else {
			pos = start + len(repl)
		}
		if start == end {
			pos++
		}
		markerAt = start + len(repl)
		done++
		found = nil
		clear(state)
	}
	var b strings.Builder
	b.Grow(len(text) + len(marker))
	for _, c := range text[:markerAt] {
		b.WriteRune(c)
	}
	b.WriteString(marker)
	for _, c := range text[markerAt:] {
		b.WriteRune(c)
	}
	return b.String(), nil
}

// errNoProgress stops the Go loop where the Python loop would run forever.
var errNoProgress = errors.New("replaceExcept: an exception matches empty at the position")

// strPattern is o as a compiled str pattern of the re module.
func strPattern(o py.Object) (*pyre.Pattern, bool) {
	p, ok := o.(*pyre.Pattern)
	return p, ok && !p.IsBytes
}

// pyReplaceExcept is _gowikibot.replace_except(text, old, new, guards,
// allowoverlap, count, marker) -> the result of textlib.replaceExcept's
// loop, or None where the Python loop must run: arguments of other types
// than str, compiled str patterns (old, each guard), a str template and an
// int count; a template the Python code would fail on or that needs its
// corner cases (see parseReplTemplate); text that is not valid UTF-8; a
// search that fails (the Python loop then raises the error where
// CPython's code does) or an exception that matches empty where the loop
// stands (the Python loop never ends there).
func pyReplaceExcept(args []py.Object) (py.Object, error) {
	text, ok := args[0].(py.String)
	if !ok {
		return py.None, nil
	}
	old, ok := strPattern(args[1])
	if !ok {
		return py.None, nil
	}
	newText, ok := args[2].(py.String)
	if !ok {
		return py.None, nil
	}
	items, err := py.SequenceList(args[3])
	if err != nil {
		return py.None, nil
	}
	guards := make([]*pyre.Pattern, len(items.Items))
	for i, g := range items.Items {
		if guards[i], ok = strPattern(g); !ok {
			return py.None, nil
		}
	}
	allowOverlap, err := truth(args[4])
	if err != nil {
		return py.None, nil
	}
	count, ok := args[5].(py.Int)
	if !ok {
		return py.None, nil
	}
	marker, ok := args[6].(py.String)
	if !ok {
		return py.None, nil
	}
	if !utf8.ValidString(string(text)) || !utf8.ValidString(string(newText)) || !utf8.ValidString(string(marker)) {
		// the rune slice would not give the same str back
		return py.None, nil
	}
	tmpl, ok := parseReplTemplate(strings.ReplaceAll(string(newText), `\n`, "\n"), old)
	if !ok {
		return py.None, nil
	}
	out, err := replaceExcept([]rune(string(text)), old, tmpl, guards, allowOverlap, int(count), string(marker))
	if err != nil {
		return py.None, nil
	}
	return py.String(out), nil
}
