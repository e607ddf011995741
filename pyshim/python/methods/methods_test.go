package methods

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

// run executes src in a fresh context with this layer installed and
// returns the module globals, or the Python error.
func run(t *testing.T, src string) (py.StringDict, error) {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	if err := Install(ctx); err != nil {
		t.Fatal(err)
	}
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatalf("compile %q: %v", src, err)
	}
	globals := py.NewStringDict()
	if b, err := ctx.GetModule("builtins"); err == nil {
		globals["__builtins__"] = b
	}
	_, err = ctx.RunCode(code, globals, globals, nil)
	return globals, err
}

// result runs src and returns str() of its global `r`.
func result(t *testing.T, src string) string {
	t.Helper()
	g, err := run(t, src)
	if err != nil {
		t.Fatalf("%q: unexpected error %v", src, err)
	}
	s, err := StrOf(g["r"])
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// pyErr runs src and returns "Type: message" of the exception it raises.
func pyErr(t *testing.T, src string) string {
	t.Helper()
	_, err := run(t, src)
	if err == nil {
		t.Fatalf("%q: expected an exception", src)
	}
	var exc *py.Exception
	switch e := err.(type) {
	case py.ExceptionInfo:
		exc, _ = e.Value.(*py.Exception)
	case *py.Exception:
		exc = e
	}
	if exc == nil {
		t.Fatalf("%q: not a Python exception: %v", src, err)
	}
	msg := ""
	if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
		msg, _ = py.StrAsString(args[0])
	}
	return exc.Type().Name + ": " + msg
}

func TestStrMethods(t *testing.T) {
	cases := []struct{ src, want string }{
		{`r = "-".join(["a", "b", "c"])`, "a-b-c"},
		{`r = "ABC".lower() + "def".upper()`, "abcDEF"},
		{`r = "a,b,c".rsplit(",", 1)`, "['a,b', 'c']"},
		{`r = "  a b  ".split(None, 1)`, "['a', 'b  ']"},
		{`r = "x\r\ny\nz".splitlines(True)`, `['x\r\n', 'y\n', 'z']`},
		{`r = "k=v=w".partition("=")`, "('k', '=', 'v=w')"},
		{`r = "k=v=w".rpartition("=")`, "('k=v', '=', 'w')"},
		{`r = "hello world".title()`, "Hello World"},
		{`r = "-5".zfill(4)`, "-005"},
		{`r = "ab".center(6, "*")`, "**ab**"},
		{`r = "abc".center(6)`, " abc  "},
		{`r = "héllo".find("l")`, "2"},
		{`r = "héllo".rindex("l")`, "3"},
		{`r = "abcabc".count("bc", 2)`, "1"},
		{`r = "abc".startswith("bc", 1)`, "True"},
		{`r = "abc".endswith(("x", "ab"), 0, 2)`, "True"},
		{`r = "a\tb".expandtabs(4)`, "a   b"},
		{`r = "x".isidentifier() and not "1x".isidentifier()`, "True"},
		{`r = "Title Case".istitle()`, "True"},
		{`r = "prefix_x".removeprefix("prefix_")`, "x"},
		{`r = "abc".translate(str.maketrans("ab", "xy", "c"))`, "xy"},
		{`r = "é".encode("latin-1")`, `b'\xe9'`},
		{`r = str.upper("abc")`, "ABC"},
	}
	for _, c := range cases {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
}

func TestStrErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{`"abc".index("z")`, "ValueError: substring not found"},
		{`"a".split("")`, "ValueError: empty separator"},
		{`"-".join([1])`, "TypeError: sequence item 0: expected str instance, int found"},
		{`"é".encode("ascii")`, `UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)`},
		{`"x".encode("nope")`, "LookupError: unknown encoding: nope"},
		{`"x".center(3, "ab")`, "TypeError: The fill character must be exactly one character long"},
	}
	for _, c := range cases {
		if got := pyErr(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
}

func TestFormatValue(t *testing.T) {
	cases := []struct {
		v    py.Object
		spec string
		want string
	}{
		{py.Int(255), "#x", "0xff"},
		{py.Int(-255), "08b", "-11111111"},
		{py.Int(1234567), ",", "1,234,567"},
		{py.Int(1234567), "_", "1_234_567"},
		{py.Int(255), "_b", "1111_1111"},
		{py.Int(42), "+06d", "+00042"},
		{py.Int(42), "*^8", "***42***"},
		{py.Int(65), "c", "A"},
		{py.Float(3.14159), ".2f", "3.14"},
		{py.Float(1234.5), "012,.1f", "00,001,234.5"},
		{py.Int(1234), "012,", "0,000,001,234"},
		{py.Int(1234), "011,", "000,001,234"},
		{py.Float(0.25), ".1%", "25.0%"},
		{py.Float(1e16), "", "1e+16"},
		{py.Float(100.0), ".3", "1e+02"},
		{py.Float(12.5), ".3", "12.5"},
		{py.Float(1.0), ".3", "1.0"},
		{py.Float(1234.0), ".3", "1.23e+03"},
		{py.Float(0.0001), "g", "0.0001"},
		{py.Float(0.00001), "g", "1e-05"},
		{py.Float(2.5), ".0f", "2"},
		{py.Float(math.Copysign(0, -1)), "", "-0.0"},
		{py.Float(math.Inf(1)), "", "inf"},
		{py.Float(math.NaN()), "F", "NAN"},
		{py.String("ab"), ">4", "  ab"},
		{py.String("abcdef"), ".3", "abc"},
		{py.String("x"), "é^3", "éxé"},
		{py.True, "", "True"},
		{py.True, "d", "1"},
	}
	for _, c := range cases {
		got, err := FormatValue(c.v, c.spec)
		if err != nil {
			t.Errorf("format(%v, %q): %v", c.v, c.spec, err)
			continue
		}
		if got != c.want {
			t.Errorf("format(%v, %q) = %q, want %q", c.v, c.spec, got, c.want)
		}
	}
	for _, c := range []struct {
		v    py.Object
		spec string
		want string
	}{
		{py.Int(1), ".2d", "Precision not allowed in integer format specifier"},
		{py.String("s"), "d", "Unknown format code 'd' for object of type 'str'"},
		{py.String("s"), "+", "Sign not allowed in string format specifier"},
		{py.Float(1), ".f", "Format specifier missing precision"},
		{py.None, "d", "unsupported format string passed to NoneType.__format__"},
	} {
		_, err := FormatValue(c.v, c.spec)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("format(%v, %q): error %v, want %q", c.v, c.spec, err, c.want)
		}
	}
}

func TestReprFloat(t *testing.T) {
	cases := map[float64]string{
		0.1:                    "0.1",
		1.0 / 3:                "0.3333333333333333",
		1e16:                   "1e+16",
		1e15:                   "1000000000000000.0",
		123456789012345678.0:   "1.2345678901234568e+17",
		0.0001:                 "0.0001",
		0.00001:                "1e-05",
		5e-324:                 "5e-324",
		1.7976931348623157e308: "1.7976931348623157e+308",
		100:                    "100.0",
		-2.5:                   "-2.5",
	}
	for f, want := range cases {
		if got := ReprFloat(f); got != want {
			t.Errorf("ReprFloat(%v) = %q, want %q", f, got, want)
		}
	}
	if got := ReprFloat(math.Copysign(0, -1)); got != "-0.0" {
		t.Errorf("ReprFloat(-0.0) = %q", got)
	}
}

func TestStrFormat(t *testing.T) {
	cases := []struct{ src, want string }{
		{`r = "{} {}".format(1, "a")`, "1 a"},
		{`r = "{1}{0}".format("a", "b")`, "ba"},
		{`r = "{x:>{w}}".format(x="v", w=3)`, "  v"},
		{`r = "{0!r:^7}".format("q")`, "  'q'  "},
		{`r = "{0[1]}{0[0]}".format("ab")`, "ba"},
		{`r = "{{}}{}".format(5)`, "{}5"},
		{`r = "{a}".format_map({"a": 1})`, "1"},
		{`r = "{:.2f}".format(2.675)`, "2.67"},
	}
	for _, c := range cases {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
	for _, c := range []struct{ src, want string }{
		{`"{0}{}".format(1, 2)`, "ValueError: cannot switch from manual field specification to automatic field numbering"},
		{`"{5}".format(1)`, "IndexError: Replacement index 5 out of range for positional args tuple"},
		{`"}".format()`, "ValueError: Single '}' encountered in format string"},
		{`"{".format()`, "ValueError: Single '{' encountered in format string"},
		{`"{k}".format()`, "KeyError: k"},
	} {
		if got := pyErr(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
}

func TestPercentFormat(t *testing.T) {
	cases := []struct {
		f    string
		v    py.Object
		want string
	}{
		{"%s-%r", py.Tuple{py.String("a"), py.String("b")}, "a-'b'"},
		{"%5.1f|%-4d|%04x", py.Tuple{py.Float(3.14159), py.Int(7), py.Int(255)}, "  3.1|7   |00ff"},
		{"%#o %#X", py.Tuple{py.Int(8), py.Int(255)}, "0o10 0XFF"},
		{"%c%c", py.Tuple{py.Int(72), py.String("i")}, "Hi"},
		{"%*d|%.*f", py.Tuple{py.Int(4), py.Int(1), py.Int(1), py.Float(2.25)}, "   1|2.2"},
		{"%s", py.Tuple{py.NewListFromItems([]py.Object{py.Int(1)})}, "[1]"},
		{"%d%%", py.Int(50), "50%"},
		{"%(a)s/%(b)s", py.StringDict{"a": py.Int(1), "b": py.Int(2)}, "1/2"},
		{"%.3s", py.String("abcdef"), "abc"},
		{"%s", py.Float(1e16), "1e+16"},
		{"%+.2e", py.Float(12345.678), "+1.23e+04"},
		{"%g", py.Float(0.00001), "1e-05"},
		{"%a", py.String("é"), `'\xe9'`},
	}
	for _, c := range cases {
		got, err := PercentFormat(c.f, c.v, false)
		if err != nil {
			t.Errorf("%q %% %v: %v", c.f, c.v, err)
			continue
		}
		if got != c.want {
			t.Errorf("%q %% %v = %q, want %q", c.f, c.v, got, c.want)
		}
	}
	for _, c := range []struct {
		f    string
		v    py.Object
		want string
	}{
		{"%d", py.String("x"), "%d format: a real number is required, not str"},
		{"%s %s", py.Tuple{py.Int(1)}, "not enough arguments for format string"},
		{"%s", py.Tuple{py.Int(1), py.Int(2)}, "not all arguments converted during string formatting"},
		{"%y", py.Int(1), "unsupported format character 'y' (0x79) at index 1"},
		{"%(k)s", py.Int(1), "format requires a mapping"},
		{"abc%", py.Tuple{}, "incomplete format"},
	} {
		_, err := PercentFormat(c.f, c.v, false)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q %% %v: error %v, want %q", c.f, c.v, err, c.want)
		}
	}
}

func TestBytecodePatch(t *testing.T) {
	// % and += inside loops, conditionals and try blocks: jump targets must
	// survive the rewrite.
	src := `
out = []
for i in range(3):
    if i % 2 == 0:
        out += ("even%d" % i,)
    else:
        try:
            out += ["odd%s" % i]
        except TypeError:
            pass
    while i > 0:
        i -= 1
        out += "x"
r = out
`
	want := "['even0', 'odd1', 'x', 'even2', 'x', 'x']"
	if got := result(t, src); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := result(t, `r = 7 % 3, -7 % 3, 7.5 % 2`); got != "(1, 2, 1.5)" {
		t.Errorf("numeric modulo: %s", got)
	}
	// line numbers in tracebacks stay right after the rewrite
	_, err := run(t, "x = 1\ny = '%d' % x\nz = [1]\nz += x\n")
	info, ok := err.(py.ExceptionInfo)
	if !ok {
		t.Fatalf("expected a Python exception, got %v", err)
	}
	line := 0
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		line = int(tb.Lineno)
	}
	if line != 4 {
		t.Errorf("traceback line = %d, want 4", line)
	}
	if got := pyErr(t, "n = 5\nz = [1]\nz += n\n"); got != "TypeError: 'int' object is not iterable" {
		t.Errorf("list += int: %s", got)
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct{ src, want string }{
		{`r = round(2.5), round(3.5), round(-0.5)`, "(2, 4, 0)"},
		{`r = round(2.675, 2), round(1234.5, -2), round(15, -1), round(25, -1)`, "(2.67, 1200.0, 20, 20)"},
		{`r = (255).bit_length(), (2**70).bit_length()`, "(8, 71)"},
		{`r = (1024).to_bytes(2, "big")`, `b'\x04\x00'`},
		{`r = int.from_bytes(b"\xff\xfe", "little", signed=True)`, "-257"},
		{`r = (0.75).as_integer_ratio()`, "(3, 4)"},
		{`r = (1.0).hex(), (0.1).hex()`, "('0x1.0000000000000p+0', '0x1.999999999999ap-4')"},
		{`r = "%s %s %s" % (float("inf"), float(" -1_0.5 "), float("nan"))`, "inf -10.5 nan"},
		{`r = int("1_000"), int(" 12 "), int("ff", 16), int(True)`, "(1000, 12, 255, 1)"},
		{`r = str(1e16)`, "1e+16"},
	}
	for _, c := range cases {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
	for _, c := range []struct{ src, want string }{
		{`int("12.5")`, "ValueError: invalid literal for int() with base 10: '12.5'"},
		{`float("x")`, "ValueError: could not convert string to float: 'x'"},
		{`(256).to_bytes(1, "big")`, "OverflowError: int too big to convert"},
		{`round(float("inf"))`, "OverflowError: cannot convert float infinity to integer"},
	} {
		if got := pyErr(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
}

func TestListMethods(t *testing.T) {
	cases := []struct{ src, want string }{
		{`l = [1, 2]; l.insert(0, 0); l.insert(-1, 9); r = l`, "[0, 1, 9, 2]"},
		{`l = [1, 2, 3]; r = l.pop(0), l.pop(), l`, "(1, 3, [2])"},
		{`r = [1, 2, 1].index(1, 1), [1, 2, 1].count(1)`, "(2, 2)"},
		{`l = [3, 1, 3]; l.remove(3); l.reverse(); r = l`, "[3, 1]"},
		{`l = [1]; c = l.copy(); c.clear(); r = l, c`, "([1], [])"},
		{`l = []; l.extend(range(3)); l.extend("ab"); r = l`, "[0, 1, 2, 'a', 'b']"},
		{`r = (1, 2, 2).index(2), (1, 2, 2).count(2)`, "(1, 2)"},
	}
	for _, c := range cases {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
	for _, c := range []struct{ src, want string }{
		{`[].pop()`, "IndexError: pop from empty list"},
		{`[1].pop(3)`, "IndexError: pop index out of range"},
		{`[1].remove(2)`, "ValueError: list.remove(x): x not in list"},
		{`[1].index("a")`, "ValueError: 'a' is not in list"},
		{`(1,).index(2)`, "ValueError: tuple.index(x): x not in tuple"},
	} {
		if got := pyErr(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
}

func TestBytes(t *testing.T) {
	cases := []struct{ src, want string }{
		{`b = b"abc"; r = b[0], b[1:], len(b), list(b), b"b" in b, 99 in b`, "(97, b'bc', 3, [97, 98, 99], True, True)"},
		{`r = b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1")`, "('café', 'é')"},
		{`r = b"a\xffb".decode("utf-8", "replace")`, "a\ufffdb"},
		{`r = b"a,b".split(b","), b"-".join([b"x", b"y"]), b" x ".strip()`, "([b'a', b'b'], b'x-y', b'x')"},
		{`r = b"\x01\xff".hex(), bytes.fromhex("01ff")`, "('01ff', b'\\x01\\xff')"},
		{`r = bytes(2), bytes([65]), bytes("é", "utf-8")`, "(b'\\x00\\x00', b'A', b'\\xc3\\xa9')"},
		{`ba = bytearray(b"ab"); ba.append(99); ba[0] = 65; r = ba`, "bytearray(b'Abc')"},
		{`r = b"%s-%d" % (b"k", 5)`, "b'k-5'"},
		{"import binascii\nr = binascii.hexlify(b'ab')[0], ord(b'a')", "(54, 97)"},
	}
	for _, c := range cases {
		if got := result(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
	if got := pyErr(t, `b"\xff".decode()`); got != "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" {
		t.Errorf("decode error: %s", got)
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "f.txt")
	src := `
name = ` + "'" + name + "'" + `
with open(name, "w") as f:
    f.write("a\nb\r\nc")
with open(name) as f:
    lines = [l for l in f]
with open(name, newline="") as f:
    raw = f.readlines()
with open(name, "rb") as f:
    f.seek(2)
    tail = f.read()
r = lines, raw, tail
`
	want := `(['a\n', 'b\n', 'c'], ['a\n', 'b\r\n', 'c'], b'b\r\nc')`
	if got := result(t, src); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	data, err := os.ReadFile(name)
	if err != nil || string(data) != "a\nb\r\nc" {
		t.Errorf("file content %q, %v", data, err)
	}
	missing := filepath.Join(dir, "missing.txt")
	if got := pyErr(t, `open('`+missing+`')`); got != "FileNotFoundError: [Errno 2] No such file or directory: '"+missing+"'" {
		t.Errorf("missing file: %s", got)
	}
	if got := pyErr(t, `open('`+dir+`')`); got != "IsADirectoryError: [Errno 21] Is a directory: '"+dir+"'" {
		t.Errorf("directory: %s", got)
	}
	if got := pyErr(t, `f = open('`+name+`'); f.close(); f.read()`); got != "ValueError: I/O operation on closed file." {
		t.Errorf("closed file: %s", got)
	}
	if got := pyErr(t, `open('`+name+`').write("x")`); got != "io.UnsupportedOperation: not writable" {
		t.Errorf("read-only write: %s", got)
	}
}

func TestSplitLinesAndCodecs(t *testing.T) {
	got := SplitLines("a\nb\r\nc\rd", false)
	if strings.Join(got, "|") != "a|b|c|d" {
		t.Errorf("SplitLines = %q", got)
	}
	b, err := Encode("é€", "latin-1", "xmlcharrefreplace")
	if err != nil || string(b) != "\xe9&#8364;" {
		t.Errorf("Encode = %q, %v", b, err)
	}
	s, err := Decode([]byte{0xe2, 0x82}, "utf-8", "strict")
	if err == nil || !strings.Contains(err.Error(), "can't decode bytes in position 0-1: unexpected end of data") {
		t.Errorf("Decode = %q, %v", s, err)
	}
}

// BenchmarkStringLoop runs the text loop of the layer's benchmark (strip,
// replace, split, startswith, find, slicing, append, % and str.format)
// for 20,000 iterations per op.
func BenchmarkStringLoop(b *testing.B) {
	src := `
lines = []
total = 0
for i in range(20000):
    s = "  Item number %d: [[Link]] some text  " % i
    t = s.strip()
    t = t.replace("[[", "").replace("]]", "")
    parts = t.split(":")
    if parts[0].startswith("Item"):
        total += len(parts[1])
    j = t.find("Link")
    lines.append("{}-{:>6}".format(t[j:j + 4], i))
`
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	if err := Install(ctx); err != nil {
		b.Fatal(err)
	}
	code, err := py.Compile(src, "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g := py.NewStringDict()
		if _, err := ctx.RunCode(code, g, g, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBytecodePatchLongJumps checks the rewrite of code whose jumps need
// EXTENDED_ARG only after the rewrite: about 50 KB of bytecode inside a
// loop and a branch grows past 64 KiB.
func TestBytecodePatchLongJumps(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("n = 0\nfor i in range(3):\n    if i != 1:\n")
	for k := 0; k < 2500; k++ {
		sb.WriteString("        s = '%d' % i\n        n += 1\n")
	}
	sb.WriteString("    else:\n        n += 1000\nr = n, s\n")
	g, err := run(t, sb.String())
	if err != nil {
		t.Fatalf("long-jump program failed: %.200v", err)
	}
	got, _ := StrOf(g["r"])
	if got != "(6000, '2')" {
		t.Errorf("got %s, want (6000, '2')", got)
	}
	code, err := py.Compile(sb.String(), "<long>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatalf("%.200v", err)
	}
	if len(code.Code) <= 0xffff {
		t.Errorf("rewritten code is %d bytes; the test needs more than 64 KiB", len(code.Code))
	}
}
