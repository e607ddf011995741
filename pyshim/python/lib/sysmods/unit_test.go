package sysmods

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

func TestPathFunctions(t *testing.T) {
	joins := []struct {
		parts []string
		want  string
	}{
		{[]string{"a", "b"}, "a/b"},
		{[]string{"a/", "b"}, "a/b"},
		{[]string{"a", "/b", "c"}, "/b/c"},
		{[]string{"a", ""}, "a/"},
		{[]string{"", "x"}, "x"},
	}
	for _, c := range joins {
		if got := pathJoin(c.parts[0], c.parts[1:]...); got != c.want {
			t.Errorf("join%v = %q, want %q", c.parts, got, c.want)
		}
	}
	norms := map[string]string{
		"": ".", "/a//b/../c/./d": "/a/c/d", "../x/..": "..", "//a": "//a", "///a": "/a", "/..": "/", "a/../../b": "../b",
	}
	for in, want := range norms {
		if got := pathNormpath(in); got != want {
			t.Errorf("normpath(%q) = %q, want %q", in, got, want)
		}
	}
	splits := map[string][2]string{
		"foo.tar.gz": {"foo.tar", ".gz"}, ".bashrc": {".bashrc", ""}, "a.b/c": {"a.b/c", ""}, "...": {"...", ""}, "a/.x.y": {"a/.x", ".y"},
	}
	for in, want := range splits {
		if h, e := pathSplitext(in); h != want[0] || e != want[1] {
			t.Errorf("splitext(%q) = %q, %q; want %q", in, h, e, want)
		}
	}
	if h, tl := pathSplit("/a/b/"); h != "/a/b" || tl != "" {
		t.Errorf("split(/a/b/) = %q, %q", h, tl)
	}
	if h, _ := pathSplit("//x"); h != "//" {
		t.Errorf("split(//x) head = %q", h)
	}
	if r, _ := pathRel("/a/b/c", "/a/d"); r != "../b/c" {
		t.Errorf("relpath = %q", r)
	}
}

func TestExpandVars(t *testing.T) {
	t.Setenv("GWB_UNIT", "v")
	cases := map[string]string{"$GWB_UNIT/a": "v/a", "${GWB_UNIT}b": "vb", "$GWB_NOPE_X": "$GWB_NOPE_X", "a$": "a$", "${unterminated": "${unterminated"}
	for in, want := range cases {
		if got := pathExpandVars(in); got != want {
			t.Errorf("expandvars(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMersenneTwister checks the generator against CPython's random.seed(1)
// sequence.
func TestMersenneTwister(t *testing.T) {
	var m mt19937
	if err := m.seed(py.Int(1)); err != nil {
		t.Fatal(err)
	}
	want := []float64{0.13436424411240122, 0.8474337369372327, 0.763774618976614}
	for i, w := range want {
		if got := m.random(); got != w {
			t.Errorf("random() #%d = %v, want %v", i, got, w)
		}
	}
}

func TestStrftime(t *testing.T) {
	tt := tm{year: 2009, mon: 7, mday: 4, hour: 15, min: 6, sec: 7, us: 890, wday: 5, yday: 185}
	cases := map[string]string{
		"%Y-%m-%d %H:%M:%S": "2009-07-04 15:06:07",
		"%a %A %b %B":       "Sat Saturday Jul July",
		"%I %p %f %j %%":    "03 PM 000890 185 %",
		"%y %e":             "09  4",
	}
	for f, want := range cases {
		if got := strftime(f, tt); got != want {
			t.Errorf("strftime(%q) = %q, want %q", f, got, want)
		}
	}
}

func TestStrptime(t *testing.T) {
	r, err := strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")
	if err != nil || r.year != 2021 || r.mon != 3 || r.mday != 4 || r.hour != 5 || r.min != 6 || r.sec != 7 {
		t.Fatalf("strptime = %+v, %v", r, err)
	}
	_, err = strptime("2021-13-01", "%Y-%m-%d")
	if err == nil || !strings.Contains(err.Error(), "does not match format") {
		t.Errorf("strptime bad month: %v", err)
	}
	_, err = strptime("2021-01-01 x", "%Y-%m-%d")
	if err == nil || !strings.Contains(err.Error(), "unconverted data remains:  x") {
		t.Errorf("strptime extra data: %v", err)
	}
}

func TestOrdinal(t *testing.T) {
	for _, d := range [][3]int{{1, 1, 1}, {2000, 2, 29}, {2024, 12, 31}, {9999, 12, 31}} {
		n := toOrdinal(d[0], d[1], d[2])
		y, m, dd := fromOrdinal(n)
		if y != d[0] || m != d[1] || dd != d[2] {
			t.Errorf("ordinal round trip %v -> %d -> %d-%d-%d", d, n, y, m, dd)
		}
	}
	if toOrdinal(1, 1, 1) != 1 || weekdayOf(2024, 1, 1) != 0 {
		t.Errorf("ordinal base or weekday wrong")
	}
}

func TestTimeDeltaFormatting(t *testing.T) {
	cases := map[int64]string{
		0:                   "0:00:00",
		usPerDay:            "1 day, 0:00:00",
		-1000000:            "-1 day, 23:59:59",
		2*usPerDay + 3600e6: "2 days, 1:00:00",
		59*1000000 + 5:      "0:00:59.000005",
	}
	for us, want := range cases {
		if got := tdStr(&TimeDelta{us}); got != want {
			t.Errorf("str(timedelta(%d us)) = %q, want %q", us, got, want)
		}
	}
	if got := tdRepr(&TimeDelta{-3600e6}); got != "datetime.timedelta(days=-1, seconds=82800)" {
		t.Errorf("repr = %q", got)
	}
}

func TestFormatMapping(t *testing.T) {
	d := py.StringDict{"name": py.String("x"), "n": py.Int(7), "f": py.Float(1.5)}
	got, err := formatMapping("%(name)s|%(name)-4s|%(n)03d|%(f).2f|%%", d)
	if err != nil || got != "x|x   |007|1.50|%" {
		t.Errorf("formatMapping = %q, %v", got, err)
	}
	if _, err := formatMapping("%(missing)s", d); err == nil || !py.IsException(py.KeyError, err) {
		t.Errorf("missing key: %v", err)
	}
}

func TestRandbelowRange(t *testing.T) {
	var m mt19937
	m.initGenrand(5489)
	for i := 0; i < 1000; i++ {
		if v := m.randbelowInt(7); v < 0 || v >= 7 {
			t.Fatalf("randbelow(7) = %d", v)
		}
	}
}

func TestImportPackageSemantics(t *testing.T) {
	out := runPy(t, "<test>", "import os.path\nimport os\nprint(os.path is os.path, os.path.sep)\nfrom os import path\nprint(path is os.path)\ntry:\n    import no_such_mod_x\nexcept ImportError as e:\n    print(e)\n", "")
	want := "True /\nTrue\nNo module named 'no_such_mod_x'\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestSysExitStatus(t *testing.T) {
	if out := runPy(t, "<test>", "import sys\nsys.exit(4)\n", ""); out != "[exit 4]\n\n" {
		t.Errorf("sys.exit(4): %q", out)
	}
	if out := runPy(t, "<test>", "import sys\nprint(sys.stdin.readline().strip())\n", "abc\n"); out != "abc\n" {
		t.Errorf("stdin: %q", out)
	}
}
