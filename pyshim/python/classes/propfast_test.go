package classes

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// TestGetterAttr: only a getter that is `return self.NAME` is read
// without running it; the Python behaviour of such properties is checked
// against CPython by tests/conformance/cases/class_property_plain_getter.py.
func TestGetterAttr(t *testing.T) {
	g, err := run(t, `
class A:
    @property
    def plain(self):
        """doc"""
        return self._x
    @property
    def twice(self):
        y = self._x
        return y
    @property
    def dotted(self):
        return self._x.y
    @property
    def other(self):
        return A._x
    @property
    def star(*args):
        return args[0]._x
    @property
    def gen(self):
        yield self._x
`)
	if err != nil {
		t.Fatal(err)
	}
	cls := g["A"].(*py.Type)
	for name, want := range map[string]string{"plain": "_x", "twice": "", "dotted": "", "other": "", "star": "", "gen": ""} {
		p := cls.Dict[name].(*Property)
		code := p.fget.(*py.Function).Code
		if got := getterAttr(code); got != want {
			t.Errorf("%s: getterAttr %q, want %q", name, got, want)
		}
	}
	// the plain getter's value comes from the instance dict, and a
	// missing attribute is left to the getter (its error, its frame)
	inst := NewInstance(cls)
	inst.Dict["_x"] = py.String("v")
	p := cls.Dict["plain"].(*Property)
	if v, ok := p.fastGet(inst); !ok || v != py.String("v") {
		t.Errorf("fastGet: %v %v", v, ok)
	}
	delete(inst.Dict, "_x")
	if _, ok := p.fastGet(inst); ok {
		t.Errorf("fastGet of a missing attribute must leave it to the getter")
	}
}
