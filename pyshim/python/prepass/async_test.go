package prepass

import (
	"reflect"
	"strings"
	"testing"
)

// The async rewrites keep every line, and RewriteAsync names the def
// statements (all of them, with their lines) when there is an async def.
func TestRewriteAsync(t *testing.T) {
	cases := []struct{ name, in, out string }{
		{"await call", "async def f():\n    return await g(1)\n",
			"def f():\n    return __pyshim_await__(g(1))\n"},
		{"await primary only", "async def f():\n    a = await x.y[0](2) + await z ** 2\n",
			"def f():\n    a = __pyshim_await__(x.y[0](2)) + __pyshim_await__(z) ** 2\n"},
		{"await across lines", "async def f():\n    return (await\n            g())\n",
			"def f():\n    return (__pyshim_await__(\n            g()))\n"},
		{"async with", "async def f():\n    async with a as x, b:\n        pass\n",
			"def f():\n    with __pyshim_awith__(a) as x, __pyshim_awith__(b):\n        pass\n"},
		{"async with parenthesized", "async def f():\n    async with (a as x,\n                b as y):\n        pass\n",
			"def f():\n    with __pyshim_awith__(a) as x, __pyshim_awith__(b) as y \\\n:\n        pass\n"},
		{"async for", "async def f():\n    async for i in g(): print(i)\n",
			"def f():\n    for i in __pyshim_aiter__(g()): print(i)\n"},
		{"async comprehensions", "async def f():\n    return [i async for i in g() if i], {k: v async for k, v in h()}\n",
			"def f():\n    return [i for i in __pyshim_aiter__(g()) if i], __pyshim_dict_comp__(((k), (v)) for k, v in __pyshim_aiter__(h()))\n"},
		{"method", "class A:\n    async def m(self):\n        return await super().m()\n",
			"class A:\n    def m(self):\n        return __pyshim_await__(super(__pyshim_sclass__('A', self, lambda: A), self).m())\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, defs, err := RewriteAsync(c.in, "bot.py")
			if err != nil {
				t.Fatal(err)
			}
			if out != c.out {
				t.Errorf("got\n%s\nwant\n%s", out, c.out)
			}
			if strings.Count(out, "\n") != strings.Count(c.in, "\n") {
				t.Errorf("line count changed")
			}
			if len(defs) == 0 || !defs[len(defs)-1].Async {
				t.Errorf("defs %v: want the async def", defs)
			}
		})
	}
	src := "def a(): pass\nasync def b():\n    def c(): pass\n    async def d(): pass\n"
	_, defs, err := RewriteAsync(src, "bot.py")
	if err != nil {
		t.Fatal(err)
	}
	want := []Def{{1, "a", false, nil}, {2, "b", true, nil}, {3, "c", false, nil}, {4, "d", true, nil}}
	if !reflect.DeepEqual(defs, want) {
		t.Errorf("defs %v, want %v", defs, want)
	}
	if _, defs, _ := RewriteAsync("def a(): pass\nx = {}\n", "bot.py"); defs != nil {
		t.Errorf("defs %v of a source without async def, want nil", defs)
	}
}

// A def whose keyword-only parameters the pre-pass reorders (defaults
// first) is returned with their source order, for the compile layer to
// restore; one whose order is kept is not marked.
func TestRewriteRecordsKwOnlyOrder(t *testing.T) {
	src := "def f(a, *, bar, baz=1, qux):\n    pass\ndef g(*, x=1, y):\n    pass\n"
	out, defs, err := RewriteAsync(src, "bot.py")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "def f(a, *, baz=1, bar, qux)") {
		t.Errorf("rewrite %q: want baz first", out)
	}
	want := []Def{{1, "f", false, []string{"bar", "baz", "qux"}}, {3, "g", false, nil}}
	if !reflect.DeepEqual(defs, want) {
		t.Errorf("defs %v, want %v", defs, want)
	}
}
