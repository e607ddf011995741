package python

import (
	"strings"
	"testing"
)

// TestUncaughtSuggestions: the uncaught-exception printer ends an
// AttributeError's or NameError's line with CPython 3.11's "Did you mean"
// (the wanted lines are CPython 3.11.2's output for the same programs).
func TestUncaughtSuggestions(t *testing.T) {
	cases := []struct{ src, want string }{
		{"import os\nos.pathh\n", "AttributeError: module 'os' has no attribute 'pathh'. Did you mean: 'path'?"},
		{"class C:\n    def __init__(s):\n        s.value = 1\nC().valeu\n", "AttributeError: 'C' object has no attribute 'valeu'. Did you mean: 'value'?"},
		{"def f():\n    counter = 1\n    return countr\nf()\n", "NameError: name 'countr' is not defined. Did you mean: 'counter'?"},
		{"prnt(1)\n", "NameError: name 'prnt' is not defined. Did you mean: 'print'?"},
		{"Lst = 1\nlst\n", "NameError: name 'lst' is not defined. Did you mean: 'Lst'?"},
		{"x = []\nx.apend(1)\n", "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?"},
		{"def f(d):\n    d.itms()\nf({})\n", "AttributeError: 'dict' object has no attribute 'itms'. Did you mean: 'items'?"},
		{"(1).reel\n", "AttributeError: 'int' object has no attribute 'reel'. Did you mean: 'real'?"},
		{"''.uper()\n", "AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?"},
		{"import json\njson.dump_s\n", "AttributeError: module 'json' has no attribute 'dump_s'. Did you mean: 'dumps'?"},
		{"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst1 = 1\nabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst2\n",
			"NameError: name 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst2' is not defined. Did you mean: 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst1'?"},
		// nothing near enough, no name, no obj: no suggestion
		{"x = sys\n", "NameError: name 'sys' is not defined"},
		{"''.nope\n", "AttributeError: 'str' object has no attribute 'nope'"},
		{"raise NameError('custom')\n", "NameError: custom"},
		{"def f():\n    print(lang)\n    lang = 1\nf()\n", "UnboundLocalError: cannot access local variable 'lang' where it is not associated with a value"},
		{"raise AttributeError('custom', name='valu')\n", "AttributeError: custom"},
	}
	for _, c := range cases {
		in, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		RegisterSource("/x/s.py", c.src)
		_, err = in.RunSource(c.src, "/x/s.py", "__main__")
		in.Close()
		if err == nil {
			t.Errorf("%q: no error", c.src)
			continue
		}
		lines := strings.Split(err.Error(), "\n")
		if got := lines[len(lines)-1]; got != c.want {
			t.Errorf("%q:\ngot  %s\nwant %s", c.src, got, c.want)
		}
	}
}

// TestLevenshteinAsCPython: the distance of Python/suggestions.c (moves cost
// 2, a case change 1, common prefix and suffix free, maxCost+1 past the
// limit).
func TestLevenshteinAsCPython(t *testing.T) {
	for _, c := range []struct {
		a, b      string
		max, want int
	}{
		{"value", "valeu", 10, 4},
		{"print", "prnt", 10, 2},
		{"Lst", "lst", 10, 1},
		{"abc", "abc", 10, 0},
		{"a", "abcdefgh", 3, 14}, // an empty rest costs its moves, limit or not
		{"xbcdefgh", "yzzzzzzz", 3, 4},
		{"kitten", "sitting", 100, 6},
	} {
		if got := levenshtein(c.a, c.b, c.max); got != c.want {
			t.Errorf("levenshtein(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}
