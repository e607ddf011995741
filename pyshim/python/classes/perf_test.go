package classes

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// TestLoopIterFastPath: iterators that can only stop with StopIteration
// are used by for loops as they are; all others get the error-keeping
// wrapper.
func TestLoopIterFastPath(t *testing.T) {
	rng, err := py.Iter(&py.Range{Start: 0, Stop: 3, Step: 1})
	if err != nil {
		t.Fatal(err)
	}
	tup := py.NewIterator(py.Tuple{py.Int(1)})
	other := py.NewIterator(py.String("ab"))
	for _, c := range []struct {
		it      py.Object
		wrapped bool
	}{{rng, false}, {tup, false}, {other, true}} {
		got, err := py.Call(loopIterFn, py.Tuple{c.it}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, w := got.(*loopIter); w != c.wrapped || (!w && got != c.it) {
			t.Errorf("%T: got %T, wrapped=%v want %v", c.it, got, w, c.wrapped)
		}
	}
	// Loops over each kind still run to the end, and an error raised by
	// a generator inside a loop still propagates.
	if got := result(t, "r = []\nfor i in range(3):\n    r.append(i)\nfor x in [4, 5]:\n    r.append(x)\nfor x in (6,):\n    r.append(x)\nfor k in {'a': 1}:\n    r.append(k)\n"); got != "[0, 1, 2, 4, 5, 6, 'a']" {
		t.Errorf("loops: got %s", got)
	}
	if got := raised(t, "def g():\n    yield 1\n    raise KeyError('k')\nfor x in g():\n    pass\n"); got != "KeyError: 'k'" {
		t.Errorf("generator error: got %q", got)
	}
}
