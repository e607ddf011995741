package methods

import "testing"

func TestGeneratorClose(t *testing.T) {
	for src, want := range map[string]string{
		// closed after the first item: the rest is never produced
		"def g():\n    yield 1\n    yield 2\nx = g()\na = next(x)\nx.close()\nr = (a, list(x), x.close())": "(1, [], None)",
		// closed before it started
		"def g():\n    yield 1\nx = g()\nx.close()\nr = list(x)": "[]",
		// closed after it ended
		"def g():\n    yield 1\nx = g()\nlist(x)\nr = (x.close(), list(x))":                                                 "(None, [])",
		"def g():\n    yield 1\nx = g()\nx.close()\ntry:\n    next(x)\n    r = 'no'\nexcept StopIteration:\n    r = 'stop'": "stop",
	} {
		if got := result(t, src); got != want {
			t.Errorf("%q: got %s, want %s", src, got, want)
		}
	}
}
