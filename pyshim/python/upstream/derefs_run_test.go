package upstream_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// runDeref runs src in a fresh interpreter and returns its stdout, or the
// error text after "ERROR: ".
func runDeref(t *testing.T, src string) string {
	t.Helper()
	var out bytes.Buffer
	in, err := python.New(python.Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if _, err := in.RunSource(src, "<deref>", "__main__"); err != nil {
		lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
		return out.String() + "ERROR: " + lines[len(lines)-1]
	}
	return out.String()
}

// TestDerefPrograms: programs whose code objects have both cell and free
// variables print what CPython 3.11 prints (outputs recorded from
// /usr/bin/python3).
func TestDerefPrograms(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"repro", `
def f(rows):
    return [max(len(r[i]) for r in rows + [("x", "y")]) for i in range(2)]
print(f([("ab", "c")]))
`, "[2, 1]\n"},
		{"nonlocal", `
def counter_factory(start):
    def make(prefix):
        n = start
        def nxt():
            nonlocal n
            n += 1
            return prefix + str(n) + "/" + str(start)
        return nxt
    return make
m = counter_factory(10)
f = m("a"); g = m("b")
print(f(), f(), g(), f())
`, "a11/10 a12/10 b11/10 a13/10\n"},
		{"nonlocal_del", `
def outer():
    x = 1
    def mid():
        y = 2
        def inner():
            nonlocal x
            del x
            return y
        r = inner()
        try:
            return r, x
        except NameError as e:
            return r, str(e)
    return mid()
print(outer())
`, "(2, \"free variable 'x' referenced before assignment in enclosing scope\")\n"},
		{"class_classderef", `
def make(label, extra):
    class Base:
        def who(self):
            return "base:" + label
    class Child(Base):
        tag = label + "!"
        both = [extra, label]
        def who(self):
            return "child(" + super().who() + "," + extra + ")"
    return Child
C = make("page", "bot")
print(C.tag, C.both, C().who())
`, "page! ['bot', 'page'] child(base:page,bot)\n"},
		{"lambda_in_comp", `
def adders(base, n):
    fs = [(lambda k: lambda x: x + k + base)(i) for i in range(n)]
    late = [lambda x: x + i + base for i in range(n)]
    return [f(100) for f in fs], [f(100) for f in late]
print(adders(1000, 3))
`, "([1100, 1101, 1102], [1102, 1102, 1102])\n"},
		{"decorator_factory", `
def tagged(tag):
    def deco(fn):
        calls = []
        def wrapper(x):
            calls.append(x)
            return "<" + tag + ">" + fn(x) + "#" + str(len(calls))
        return wrapper
    return deco
@tagged("b")
def ident(x):
    return x
print(ident("a"), ident("c"))
`, "<b>a#1 <b>c#2\n"},
		{"except_as_cell", `
def run(msg):
    def attempt():
        try:
            raise ValueError(msg)
        except ValueError as err:
            get = lambda: str(err) + msg
            return get()
    return attempt()
print(run("x"))
`, "xx\n"},
		{"dictcomp_setcomp", `
def index(words, sep):
    firsts = {w[0] for w in words}
    return {c: sep.join(w for w in words if w[0] == c) for c in sorted(firsts)}
print(sorted(index(["ab", "ac", "b"], "+").items()))
`, "[('a', 'ab+ac'), ('b', 'b')]\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := runDeref(t, c.src); got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}
