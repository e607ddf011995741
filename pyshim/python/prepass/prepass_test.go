package prepass

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
)

var rewriteCases = []struct{ name, in, want string }{
	{"plain", "x = 1\nprint(x)\n", "x = 1\nprint(x)\n"},
	{"fstring", `f"a{x}b"`, `__pyshim_fmt__("a", (x), "", "", "b")`},
	{"fstring conv spec", `f'{x!r:>{w}}'`, `__pyshim_fmt__("", (x), "r", __pyshim_fmt__(">", (w), "", "", ""), "")`},
	{"fstring selfdoc", `f"{x = }"`, `__pyshim_fmt__("x = ", (x), "r", "", "")`},
	{"fstring braces", `f"{{x}}"`, `__pyshim_fmt__("{x}")`},
	{"fstring concat", `"a" f"{x}" 'c'`, `__pyshim_fmt__("a", (x), "", "", 'c')`},
	{"fstring raw", `rf"\d{x}"`, `__pyshim_fmt__("\\d", (x), "", "", "")`},
	{"fstring nested f", `f"{f'{x}'}"`, `__pyshim_fmt__("", (__pyshim_fmt__("", (x), "", "", "")), "", "", "")`},
	{"fstring triple", "f\"\"\"a\n{x}\nb\"\"\"", "__pyshim_fmt__(\"a\\n\"\n, (x), \"\", \"\", \"\\nb\"\n)"},
	{"fstring quote in lit", `f'say "{x}"'`, `__pyshim_fmt__("say \"", (x), "", "", "\"")`},
	{"future", "from __future__ import annotations\nx = 1\n", "pass\nx = 1\n"},
	{"future multiline", "from __future__ import (a,\n b)\n", "(None\n)\n"},
	{"annotation assign", "x: int = 1\n", "x = __pyshim_annv__(locals(), 'x', (int), ( 1))\n"},
	{"annotation bare", "x: int\n", "__pyshim_ann__(locals(), 'x', (int))\n"},
	{"annotation lazy", "from __future__ import annotations\nx: List[\n int]\n", "pass\n__pyshim_ann__(locals(), 'x', \"List[int]\"\\\n)\n"},
	{"annotation in def", "def f():\n x: int = 1\n", "def f():\n x = 1\n"},
	{"annotation attr", "self.x: List[int] = []\n", "self.x = []\n"},
	{"annotation multiline", "x: Dict[\n str, int] = 1\n", "x = __pyshim_annv__(locals(), 'x', (Dict[\n str, int]), ( 1))\n"},
	{"annotation multiline in def", "def f():\n x: Dict[\n  str, int] = 1\n", "def f():\n x \\\n= 1\n"},
	{"def annotations", "def f(a: int, b: str = 'x') -> int: pass\n", "def f(a: __pyshim_pann__(0, lambda: (int), \"int\"), b: __pyshim_pann__(1, lambda: (str), \"str\")='x') -> __pyshim_pann__(1048576, lambda: (int), \"int\"): pass\n"},
	{"def annotations, lazy", "from __future__ import annotations\ndef f(a: list[int], *r: 'X') -> None: pass\n", "pass\ndef f(a: \"list[int]\", *r: \"'X'\") -> \"None\": pass\n"},
	{"return annotation over lines", "def f() -> dict[\n        str, int]:\n    pass\n", "def f() -> __pyshim_pann__(1048576, lambda: (dict[\n        str, int]), \"dict[str, int]\"):\n    pass\n"},
	{"def annotation over lines", "def f(a: Dict[str,\n                int]) -> int:\n    pass\n", "def f(a: __pyshim_pann__(0, lambda: (Dict[str,\n                int]), \"Dict[str, int]\")) -> __pyshim_pann__(1048576, lambda: (int), \"int\"):\n    pass\n"},
	{"def plain", "def f(a, b=1): pass\n", "def f(a, b=1): pass\n"},
	{"posonly", "def f(a, /, b): pass\n", "def f(a, b): pass\n"},
	{"lambda posonly", "g = lambda a, /: a\n", "g = lambda a: a\n"},
	{"kwonly order", "def f(*, a, b=2): pass\n", "def f(*, b=2, a): pass\n"},
	{"trailing comma star", "def f(a, *b,): pass\n", "def f(a, *b): pass\n"},
	{"number", "x = 1_000 + 0x_ff\n", "x = 1000 + 0xff\n"},
	{"call stars", "f(*a, *b)\n", "f(*__pyshim_args__(__pyshim_star__(a), __pyshim_star__(b)))\n"},
	{"call pos after star", "f(*a, x)\n", "f(*__pyshim_args__(__pyshim_star__(a), x))\n"},
	{"call dstars", "f(**a, **b)\n", "f(**__pyshim_kw__(__pyshim_dstar__, a, __pyshim_dstar__, b))\n"},
	{"call kw after dstar", "f(**a, x=1)\n", "f(**__pyshim_kw__(__pyshim_dstar__, a, 'x', 1))\n"},
	{"call single star kept", "f(a, *b, x=1)\n", "f(a, *b, x=1)\n"},
	{"call dstar converted", "f(a, *b, x=1, **k)\n", "f(a, *b, **__pyshim_kw__('x', 1, __pyshim_dstar__, k))\n"},
	{"call trailing comma", "f(*a,)\n", "f(*a)\n"},
	{"list star", "x = [1, *a]\n", "x = __pyshim_list__(1, __pyshim_star__(a))\n"},
	{"tuple star", "x = (*a, *b)\n", "x = __pyshim_tuple__(__pyshim_star__(a), __pyshim_star__(b))\n"},
	{"bare tuple star", "x = *a, 1\n", "x = __pyshim_tuple__(__pyshim_star__(a), 1)\n"},
	{"return star", "return *a, 1\n", "return __pyshim_tuple__(__pyshim_star__(a), 1)\n"},
	{"star target kept", "a, *b = c\n[x, *y] = z\nfor p, *q in r: pass\n", "a, *b = c\n[x, *y] = z\nfor p, *q in r: pass\n"},
	{"star list in call", "f([*a, *b], c=1)\n", "f(__pyshim_list__(__pyshim_star__(a), __pyshim_star__(b)), c=1)\n"},
	{"star list in bare target", "x, [y, *z] = 1, [2, 3]\n", "x, [y, *z] = 1, [2, 3]\n"},
	{"call kw before star", "f(x=1, *a, *b)\n", "f(*__pyshim_args__(__pyshim_star__(a), __pyshim_star__(b)), x=1)\n"},
	{"call multiline", "f(\n    *a,  # one\n    *b,\n    k=1,\n)\n", "f(\n    *__pyshim_args__(__pyshim_star__(a),  # one\n    __pyshim_star__(b)),\n    k=1\n)\n"},
	{"multiline set", "s = {\n 1,\n *a}\n", "s = __pyshim_set__(*__pyshim_args__(\n 1,\n __pyshim_star__(a)))\n"},
	{"empty dict", "d = {}\n", "d = __pyshim_dict__()\n"},
	{"dict", "d = {'a': 1, **m, k: v}\n", "d = __pyshim_dict__('a', 1, __pyshim_dstar__, m, k, v)\n"},
	{"dict lambda value", "d = {'a': lambda x: x}\n", "d = __pyshim_dict__('a', lambda x: x)\n"},
	{"dict comp", "d = {k: v for k, v in x}\n", "d = __pyshim_dict_comp__(((k), (v)) for k, v in x)\n"},
	{"set", "s = {1, 2}\n", "s = __pyshim_set__(1, 2)\n"},
	{"set star", "s = {1, *a}\n", "s = __pyshim_set__(*__pyshim_args__(1, __pyshim_star__(a)))\n"},
	{"matmul after plus", "x = a @ b + c.T @ d\n", "x = __pyshim_matmul__(a , b) + __pyshim_matmul__(c.T , d)\n"},
	{"walrus call argument", "def f(a):\n    if len(u := a) > 1:\n        return u\n", "def f(a):\n    if len(__pyshim_wstore__((a), __pyshim_wname_u__)) > 1:\n        return u\n"},
	{"nested starred target", "((*a, b),) = x\n", "((*a, b),) = x\n"},
	{"named escape", "s = '\\N{BULLET}' + r'\\N{X}' \"\\\\N{Y}\"\n", "s = '\\U00002022' + r'\\N{X}' \"\\\\N{Y}\"\n"},
	{"except left alone", "try:\n    f()\nexcept ValueError as e:\n    if e:\n        raise B\nexcept:\n    pass\n", "try:\n    f()\nexcept ValueError as e:\n    if e:\n        raise B\nexcept:\n    pass\n"},
	{"exec eval calls", "exec(s)\nv = eval(e, g)\nobj.eval(x)\n", "__pyshim_exec_in__(__pyshim_globals__(), __pyshim_locals__())(s)\nv = __pyshim_eval_in__(__pyshim_globals__(), __pyshim_locals__())(e, g)\nobj.eval(x)\n"},
	{"eval shadowed", "def eval(x):\n    return x\nv = eval(1)\n", "def eval(x):\n    return x\nv = eval(1)\n"},
	{"exec imported", "from m import exec\nexec(1)\n", "from m import exec\nexec(1)\n"},
	{"set comp", "s = {x for x in y}\n", "s = __pyshim_set_comp__(x for x in y)\n"},
	{"multiline dict", "d = {\n 'a': 1,  # c\n}\n", "d = __pyshim_dict__(\n 'a', 1,  # c\n)\n"},
	{"super", "class C(B):\n    def f(self):\n        return super().f()\n", "class C(B):\n    def f(self):\n        return super(__pyshim_sclass__('C', self, lambda: C), self).f()\n"},
	{"super nested class", "class A:\n    class B(X):\n        def f(me):\n            g = lambda: super().f()\n", "class A:\n    class B(X):\n        def f(me):\n            g = lambda: super(__pyshim_sclass__('A.B', me, lambda: A.B), me).f()\n"},
	{"super after class", "class C:\n    def f(self): pass\ndef g(x):\n    return super()\n", "class C:\n    def f(self): pass\ndef g(x):\n    return super()\n"},
	{"super with args kept", "class C:\n    def f(self):\n        super(C, self).f()\n", "class C:\n    def f(self):\n        super(C, self).f()\n"},
	{"walrus while", "def f():\n    while (x := g()) > 0:\n        pass\n", "def f():\n    for x in __pyshim_while__(lambda: (g()), lambda x: (x > 0)):\n        pass\n"},
	{"walrus if blank", "def f():\n\n    if (m := g()):\n        pass\n", "def f():\n    m = g()\n    if m:\n        pass\n"},
	{"walrus if prev", "def f():\n    a = 1\n    if not (m := g()):\n        pass\n", "def f():\n    a = 1; m = g()\n    if not m:\n        pass\n"},
	{"walrus if first in for", "def f():\n    for a, b in x:\n        if (m := g(a)):\n            continue\n", "def f():\n    for (a, b), m in __pyshim_walrus_iter__(x, lambda a, b: (g(a))):\n        if m:\n            continue\n"},
	{"walrus if once", "def f():\n    if x:\n        if (m := g()) > 1:\n            return m\n", "def f():\n    if x:\n        for m in __pyshim_if__(g(), lambda m: (m > 1)):\n            return m\n"},
	{"walrus if else first in block", "def f():\n    if x:\n        if (m := g()):\n            pass\n        elif y > 1:\n            pass\n        else:\n            pass\n", "def f():\n    if x:\n        for m in __pyshim_if__(g(), lambda m: (m), locals(), '__pyshim_if_3_8'):\n            pass\n        if __pyshim_else__(locals(), '__pyshim_if_3_8') and (y > 1):\n            pass\n        elif __pyshim_else__(locals(), '__pyshim_if_3_8'):\n            pass\n"},
	{"walrus if first in while", "def f():\n    while p < n:\n        if not (m := g(p)):\n            break\n        p = m\n", "def f():\n    for m in __pyshim_while_bind__(lambda: (p < n), lambda: (g(p))):\n        if not m:\n            break\n        p = m\n"},
	{"walrus if prev semicolon", "def f():\n    a = 1;\n    if (m := g()):\n        pass\n", "def f():\n    a = 1; m = g()\n    if m:\n        pass\n"},
	{"inline class annotation", "class K: x: int = 5\n", "class K: x = __pyshim_annv__(locals(), 'x', (int), ( 5))\n"},
	{"walrus pure prefix", "def f():\n\n    if not 2 <= (n := len(x)) <= 4:\n        pass\n", "def f():\n    n = len(x)\n    if not 2 <= n <= 4:\n        pass\n"},
	{"walrus multiline value", "def f():\n    if m := g(\n        1):\n        h(m)\n", "def f():\n    for m in __pyshim_if__(g(\n        1), lambda m: (m)):\n        h(m)\n"},
	{"walrus and", "def f():\n    if a and (m := g()) > 1:\n        h(m)\n", "def f():\n    for m in __pyshim_if_and__(lambda: (a), lambda: (g()), lambda m: (m > 1)):\n        h(m)\n"},
	{"walrus and continued", "def f():\n    if a and \\\n       (m := g()):\n        h(m)\n", "def f():\n    for m in __pyshim_if_and__(lambda: (a), lambda: (\ng()), lambda m: (m)):\n        h(m)\n"},
	{"walrus comp", "def f():\n    return [y for x in a if (y := g(x))]\n", "def f():\n    return [y for x in a for y in [g(x)] if y]\n"},
	{"walrus in call (generic store)", "def f():\n    g(y := 1)\n", "def f():\n    g(__pyshim_wstore__((1), __pyshim_wname_y__))\n"},
	{"walrus if name used later (generic store)", "def f():\n    if x:\n        if (m := g()):\n            pass\n        print(m)\n", "def f():\n    if x:\n        if (__pyshim_wstore__((g()), __pyshim_wname_m__)):\n            pass\n        print(m)\n"},
	{"walrus or (generic store)", "def f():\n    if a or (m := g()):\n        pass\n", "def f():\n    if a or (__pyshim_wstore__((g()), __pyshim_wname_m__)):\n        pass\n"},
	{"walrus if else break (generic store)", "def f():\n    for a in b:\n        if x:\n            if (m := g()):\n                break\n            else:\n                pass\n", "def f():\n    for a in b:\n        if x:\n            if (__pyshim_wstore__((g()), __pyshim_wname_m__)):\n                break\n            else:\n                pass\n"},
	{"walrus elif (generic store)", "def f():\n    if a: pass\n    elif (m := g()): pass\n", "def f():\n    if a: pass\n    elif (__pyshim_wstore__((g()), __pyshim_wname_m__)): pass\n"},
	{"walrus module", "if (n := len(a)) > 1: pass\n", "if (__pyshim_store__(globals(), 'n', len(a))) > 1: pass\n"},
	{"with parens", "with (open(a) as f,\n      open(b) as g):\n    pass\n", "with open(a) as f, open(b) as g \\\n:\n    pass\n"},
	{"with parens multiline item", "with (\n    a(1,\n      2)\n    as x,  # c\n):\n    pass\n", "with a(1,\n      2) \\\nas x \\\n \\\n:\n    pass\n"},
	{"with parens plain", "with (a):\n    pass\n", "with (a):\n    pass\n"},
	{"decorator expr", "@b[0].c\ndef f(): pass\n", "@__pyshim_id__(b[0].c)\ndef f(): pass\n"},
	{"decorator plain", "@a(1, x={})\ndef f(): pass\n", "@a(1, x=__pyshim_dict__())\ndef f(): pass\n"},
	{"decorator dotted", "@x.setter\ndef f(): pass\n", "@__pyshim_id__(x.setter)\ndef f(): pass\n"},
	{"bom", "\ufeffx = 1\n", "x = 1\n"},
	{"comments and strings", "s = '{x}'  # {y} f'{z}'\n", "s = '{x}'  # {y} f'{z}'\n"},
	{"match name kept", "match = 1\nmatch(x)\n", "match = 1\nmatch(x)\n"},
	{"match statement", "match p:\n    case [a, *_] if a:\n        pass\n    case {'k': Q.V}: pass\n",
		"with __pyshim_match__((p), locals()) as __pyshim_m0__:\n    if __pyshim_m0__.case(('s', (('c', 'a'),), 1, None)) and (a):\n        pass\n    elif __pyshim_m0__.case(('m', (('k', ('v', Q.V)),), None)): pass\n"},
}

func TestRewrite(t *testing.T) {
	for _, c := range rewriteCases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Rewrite(c.in, "t.py")
			if err != nil {
				t.Fatalf("Rewrite(%q): %v", c.in, err)
			}
			if got != c.want {
				t.Errorf("Rewrite(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
			if strings.Count(got, "\n") != strings.Count(c.in, "\n") {
				t.Errorf("line count changed: %d -> %d", strings.Count(c.in, "\n"), strings.Count(got, "\n"))
			}
			// The output must compile with gpython's 3.4 grammar (bare
			// return statements aside).
			if !strings.HasPrefix(c.in, "return") {
				if _, err := py.Compile(got, "t.py", py.ExecMode, 0, true); err != nil {
					t.Errorf("rewritten source does not compile: %v\n%s", err, got)
				}
			}
		})
	}
}

func TestFastPathUnchanged(t *testing.T) {
	src := "import os\n\ndef f(a, b=1):\n    return a + b  # comment\n\nprint(f(1) / 2)\n"
	got, err := Rewrite(src, "t.py")
	if err != nil || got != src {
		t.Fatalf("got %q, %v", got, err)
	}
}

var errorCases = []struct {
	name, in  string
	msg       string
	line, col int
}{
	{"async with outside async def", "x = 1\ndef f():\n    async with g(): pass\n", "'async with' outside async function", 3, 5},
	{"await", "def f():\n    return await g()\n", "'await' outside async function", 2, 12},
	{"await at module level", "x = await g()\n", "'await' outside function", 1, 5},
	{"async for outside async def", "def f():\n    async for x in y: pass\n", "'async for' outside async function", 2, 5},
	{"async comprehension outside async def", "def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12},
	{"match repeated attribute", "x = 1\nmatch x:\n    case P(a=1,\n           a=2): pass\n", "attribute name repeated in class pattern: a", 4, 12},
	{"match bad pattern", "match x:\n    case 1 + : pass\n", "invalid pattern (gowikibot's match statement)", 2, 12},
	{"fstring unclosed", "x = f'{a'\n", "f-string: expecting '}'", 1, 10},
	{"fstring single brace", "x = f'a}'\n", "f-string: single '}' is not allowed", 1, 10},
	{"fstring empty", "x = f'{}'\n", "f-string: empty expression not allowed", 1, 10},
	{"fstring bad conv", "x = f'{a!x}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13},
	{"fstring 312 quote reuse", "x = f\"{\", \".join(a)}\"\n", "f-string: expecting '}'", 1, 9},
	{"fstring 312 backslash", "x = f'{\"\\n\".join(a)}'\n", "f-string expression part cannot include a backslash", 1, 22},
	{"unterminated", "x = 1\ny = 'abc\n", "unterminated string literal (detected at line 2)", 2, 5},
	{"unmatched", "x = {1,\ny = ]\n", "closing parenthesis ']' does not match opening parenthesis '{'", 2, 5},
}

func TestRewriteErrors(t *testing.T) {
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Rewrite(c.in, "bot.py")
			exc, ok := err.(*py.Exception)
			if !ok {
				t.Fatalf("want a SyntaxError, got %T %v", err, err)
			}
			if exc.Type() != py.SyntaxError {
				t.Errorf("type %s", exc.Type().Name)
			}
			if msg := fmt.Sprint(exc.Args.(py.Tuple)[0]); msg != c.msg {
				t.Errorf("message %q, want %q", msg, c.msg)
			}
			if exc.Dict["filename"] != py.String("bot.py") || exc.Dict["lineno"] != py.Int(c.line) || exc.Dict["offset"] != py.Int(c.col) {
				t.Errorf("at %v:%v:%v, want bot.py:%d:%d", exc.Dict["filename"], exc.Dict["lineno"], exc.Dict["offset"], c.line, c.col)
			}
		})
	}
}

// TestRun runs rewritten programs on gpython with this package's helpers.
func TestRun(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x = 3\nprint(f'{x:>4}|{x:<3}|{x:^5}|{x:04}|{-x:+}')\n", "   3|3  |  3  |0003|-3\n"},
		{"print(f'{3.14159:.2f} {2.5:e} {1e20:g} {0.1:%} {1234.5:,.1f}')\n", "3.14 2.500000e+00 1e+20 10.000000% 1,234.5\n"},
		{"print(f'{255:#x} {255:#o} {5:#b} {255:X} {65:c}')\n", "0xff 0o377 0b101 FF A\n"},
		{"print(f'{\"ab\":*^6}|{\"abcdef\":.3}|{1.0}|{1e16}|{1.5:.3}')\n", "**ab**|abc|1.0|1e+16|1.5\n"},
		{"s = 'caf\\u00e9'\nprint(f'{s!a} {s!r} {s!s}')\n", "'caf\\xe9' 'café' café\n"},
		{"a = [1]\nprint(f'{a=}', f'{a = !s}')\n", "a=[1] a = [1]\n"},
		{"def f(*a, **k):\n    return a, sorted(k)\nprint(f(*[1], 2, *(3,), **{'x': 1}, y=2))\n", "((1, 2, 3), ['x', 'y'])\n"},
		{"def f(**k):\n    return k\ntry:\n    f(**{'x': 1}, x=2)\nexcept TypeError as e:\n    print(e)\n", "got multiple values for keyword argument 'x'\n"},
		{"print(__pyshim_list__(1, __pyshim_star__('ab')))\n", "[1, 'a', 'b']\n"},
		{"try:\n    print([*1])\nexcept TypeError as e:\n    print(e)\n", "Value after * must be an iterable, not int\n"},
		{"def f(a, *, b, c=3):\n    return a + b + c\nprint(f(1, b=2))\n", "6\n"},
		{"n = 0\nwhile (n := n + 1) < 3:\n    print(n)\nprint(n)\n", "1\n2\n3\n"},
		{"def f(x):\n    out = []\n    for a, b in x:\n        if (s := a + b) > 2:\n            continue\n        out.append(s)\n    return out\nprint(f([(1, 1), (2, 3), (0, 1)]))\n", "[2, 1]\n"},
		{"def f(x):\n    if x:\n        if (n := len(x)) > 1:\n            return n\n    return 0\nprint(f('abc'), f('a'), f(''))\n", "3 0 0\n"},
		{"l = []\n@l.append\ndef f(): pass\n@(lambda g: 5)\ndef h(): pass\nprint(len(l), h)\n", "1 5\n"},
		{"def f(v):\n    if v:\n        if (n := len(v)) > 2:\n            r = 'long' + str(n)\n        elif v == 'ab':\n            r = 'two'\n        else:\n            r = 'short'\n        return r\nprint(f('abc'), f('ab'), f('a'))\n", "long3 two short\n"},
		{"def f(n):\n    if n:\n        if (m := n - 1):\n            return f(m) + [m]\n        else:\n            return ['end']\n    return []\nprint(f(3))\n", "['end', 1, 2]\n"},
		{"def f(arg):\n    s, p = arg, 0\n    out = []\n    while p < len(s):\n        if (q := s.find(',', p)) < 0:\n            out.append(s[p:])\n            break\n        out.append(s[p:q])\n        p = q + 1\n    else:\n        out.append('<end>')\n    return out\nprint(f('a,b,c'), f('a,'))\n", "['a', 'b', 'c'] ['a', '<end>']\n"},
		{"def f(x):\n    y = x\n    if not 2 <= (n := len(y)) <= 3:\n        return 'bad', n\n    return 'ok', n\nprint(f('ab'), f('abcd'))\n", "('ok', 2) ('bad', 4)\n"},
		{"def f(x, y):\n    a, b = x, y\n    if a and (n := len(b)) > 1:\n        return n\n    else:\n        return 'no'\nprint(f(1, 'abc'), f(0, 'abc'), f(1, 'a'))\n", "3 no no\n"},
		{"print(f'{12:s}')\n", "ERROR: ValueError: Unknown format code 's' for object of type 'int'"},
	}
	for _, c := range cases {
		if got := runPy(t, c.src); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

func FuzzRewrite(f *testing.F) {
	for _, c := range rewriteCases {
		f.Add(c.in)
	}
	for _, c := range errorCases {
		f.Add(c.in)
	}
	for _, c := range rawCases {
		f.Add(c.in)
	}
	f.Add(benchSource(20))
	f.Fuzz(func(t *testing.T, src string) {
		var out string
		var err error
		done := make(chan bool)
		go func() { out, err = Rewrite(src, "fuzz.py"); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			t.Fatalf("Rewrite does not finish on %q", src)
		}
		if err != nil {
			return
		}
		if a, b := strings.Count(src, "\n"), strings.Count(out, "\n"); a != b {
			t.Fatalf("line count %d -> %d\n%q\n%q", a, b, src, out)
		}
		// The fast path must not skip a needed rewrite.
		if out == src {
			if full, err := rewrite(src, "fuzz.py", true); err == nil && full != src {
				t.Fatalf("fast path skipped a rewrite:\n%q\n%q", src, full)
			}
		}
		// Source that gpython accepts must stay acceptable.
		if _, err := compileQuiet(src); err == nil {
			if _, err := compileQuiet(out); err != nil {
				t.Fatalf("rewrite broke valid source: %v\n%q\n%q", err, src, out)
			}
		}
	})
}

// benchSource generates a realistic bot script of about n*20 lines.
func benchSource(n int) string {
	var b strings.Builder
	b.WriteString("from __future__ import annotations\nimport sys\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `class Bot%d(Base):
    """A bot that edits pages."""
    count: int = 0

    def __init__(self, site, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.site = site
        self.opts = {"summary": "Bot edit", **kwargs}

    def treat_page(self, page: str, /, *, dry: bool = False) -> None:
        text = page.text  # the wikitext
        if (n := len(text)) > 1_000:
            print(f"{page.title()!r}: {n:>8,} bytes", file=sys.stderr)
        words = {w: len(w) for w in text.split() if w}
        self.save(page, text, summary=f"{self.opts['summary']} ({len(words)} words)")
        return [*words, "end"]


`, i)
	}
	return b.String()
}

func BenchmarkRewrite(b *testing.B) {
	src := benchSource(100) // about 2,000 lines
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Rewrite(src, "bench.py"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRewriteFastPath(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 250; i++ {
		fmt.Fprintf(&sb, "def f%d(a, b=1):\n    # comment\n    x = a + b * 2 / 3\n    if x > 3:\n        return 'text %%d' %% x\n    y = [a, b]\n    return x\n\n", i)
	}
	src := sb.String()
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Rewrite(src, "bench.py"); err != nil {
			b.Fatal(err)
		}
	}
}

// compileQuiet compiles src with gpython, turning a panic into an error.
func compileQuiet(src string) (code py.Object, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return py.Compile(src, "fuzz.py", py.ExecMode, 0, true)
}

func TestTokenPositions(t *testing.T) {
	src := "x = '''a\nb''' + \\\n  f\"{y}\"\r\nif (a,\n    b): pass  # c\n\tz = \"\"\"\n\"\"\"\n"
	li := newLineIndex(src)
	toks, err := tokenize(src, 0, len(src), 0, li)
	if err != nil {
		t.Fatal(err)
	}
	if len(toks) < 15 {
		t.Fatalf("only %d tokens", len(toks))
	}
	for _, tk := range toks {
		line, col := li.pos(tk.s)
		if tk.line != line || tk.col != col {
			t.Errorf("token %q at %d:%d, want %d:%d", src[tk.s:tk.e], tk.line, tk.col, line, col)
		}
	}
}

// TestRewriteKeepsLinesOfGroups: walrus groups and annotated assignments
// spread over several lines keep the line count (they used to lose the
// line breaks inside the rewritten group: "the pre-pass changed the line
// count") and compile.
func TestRewriteKeepsLinesOfGroups(t *testing.T) {
	for _, src := range []string{
		"def f(c):\n    if (\n        'e' in c\n        and (e := c.get('e')) is not None\n    ):\n        return e\n",
		"def f(a, d):\n    if a and (\n        v := d.get('k')\n    ):\n        return v\n",
		"def f(d):\n    if (\n        v := d.get('a')\n    ) and v > 1:\n        return v\n",
		"def f(h):\n    x = 1\n    if (\n        d := h()\n    ) and d['r'] == '':\n        return d\n",
		"x: 'T' \\\n    = 1\n",
		"x: \\\n  int = 1\n",
	} {
		got, err := Rewrite(src, "t.py")
		if err != nil {
			t.Errorf("Rewrite(%q): %v", src, err)
			continue
		}
		if strings.Count(got, "\n") != strings.Count(src, "\n") {
			t.Errorf("Rewrite(%q) changed the line count:\n%s", src, got)
		}
		if _, err := py.Compile(got, "t.py", py.ExecMode, 0, true); err != nil {
			t.Errorf("Rewrite(%q) = %q does not compile: %v", src, got, err)
		}
	}
}
