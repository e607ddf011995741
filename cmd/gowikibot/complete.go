package main

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// pythonKeywords are completed like names, with a space after them.
var pythonKeywords = []string{"False", "None", "True", "and", "as", "assert", "break", "class", "continue",
	"def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"}

// completer completes names in the console's namespace, as CPython's
// rlcompleter: a name from the globals, the builtins and the keywords, or
// after a dotted name the attributes of its object (dir(); names starting
// with '_' only when the prefix does). Callables get "(" appended.
type completer struct {
	in      *python.Interp
	globals py.StringDict
}

// complete returns where the word before pos starts and its candidates.
func (c *completer) complete(line string, pos int) (start int, cands []string) {
	start = pos
	for start > 0 && isWordByte(line[start-1]) {
		start--
	}
	word := line[start:pos]
	if word == "" || (word[0] >= '0' && word[0] <= '9') {
		return start, nil
	}
	defer func() {
		if recover() != nil {
			cands = nil
		}
	}()
	builtins := c.in.Ctx.Store().Builtins.Globals
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		obj, ok := c.lookup(word[:i])
		if !ok {
			return start, nil
		}
		prefix := word[i+1:]
		names, err := py.Call(builtins["dir"], py.Tuple{obj}, nil)
		if err != nil {
			return start, nil
		}
		seq, err := py.SequenceList(names)
		if err != nil {
			return start, nil
		}
		for _, n := range seq.Items {
			s, ok := n.(py.String)
			if !ok || !strings.HasPrefix(string(s), prefix) || (strings.HasPrefix(string(s), "_") && !strings.HasPrefix(prefix, "_")) {
				continue
			}
			cand := word[:i+1] + string(s)
			if v, err := py.GetAttrString(obj, string(s)); err == nil && c.callable(v) {
				cand += "("
			}
			cands = append(cands, cand)
		}
		sort.Strings(cands)
		return start, cands
	}
	seen := map[string]bool{}
	for _, k := range pythonKeywords {
		if strings.HasPrefix(k, word) {
			seen[k] = true
			cands = append(cands, k+" ")
		}
	}
	for _, ns := range []py.StringDict{c.globals, builtins} {
		for k, v := range ns {
			if seen[k] || !strings.HasPrefix(k, word) || (strings.HasPrefix(k, "_") && !strings.HasPrefix(word, "_")) {
				continue
			}
			seen[k] = true
			if c.callable(v) {
				k += "("
			}
			cands = append(cands, k)
		}
	}
	sort.Strings(cands)
	return start, cands
}

// lookup evaluates a dotted name without running code other than
// attribute access.
func (c *completer) lookup(dotted string) (py.Object, bool) {
	parts := strings.Split(dotted, ".")
	obj, ok := c.globals[parts[0]]
	if !ok {
		obj, ok = c.in.Ctx.Store().Builtins.Globals[parts[0]]
	}
	if !ok {
		return nil, false
	}
	for _, p := range parts[1:] {
		v, err := py.GetAttrString(obj, p)
		if err != nil {
			return nil, false
		}
		obj = v
	}
	return obj, true
}

func (c *completer) callable(v py.Object) bool {
	r, err := py.Call(c.in.Ctx.Store().Builtins.Globals["callable"], py.Tuple{v}, nil)
	return err == nil && r == py.True
}

func isWordByte(b byte) bool {
	return b == '_' || b == '.' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80
}
