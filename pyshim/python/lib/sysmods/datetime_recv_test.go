package sysmods

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// wrapped stands for an instance of a Python subclass carrying a datetime
// value (the class layer's Instance).
type wrapped struct{ base py.Object }

var wrappedType = py.NewType("Wrapped", "")

func (w *wrapped) Type() *py.Type               { return wrappedType }
func (w *wrapped) GoBase() py.Object            { return w.base }
func (w *wrapped) M__str__() (py.Object, error) { return py.String("wrapped!"), nil }

func TestGoBase(t *testing.T) {
	d := &Date{2024, 1, 2}
	if got := goBase(&wrapped{d}); got != py.Object(d) {
		t.Errorf("goBase(wrapped) = %v, want the date", got)
	}
	if got := goBase(d); got != py.Object(d) {
		t.Errorf("goBase(date) = %v, want the date itself", got)
	}
	empty := &wrapped{}
	if got := goBase(empty); got != py.Object(empty) {
		t.Errorf("goBase(wrapped without base) = %v, want the object itself", got)
	}
}

func TestRecvMessages(t *testing.T) {
	d := &DateTime{Date: Date{2024, 3, 5}, hh: 14}
	var nilMod *py.Module
	tests := []struct {
		c    *dtClass
		self py.Object
		args py.Tuple
		want string // error text, "" for success
	}{
		{dtDT, d, nil, ""},
		{dtDT, nilMod, py.Tuple{d}, ""},
		{dtDT, nil, py.Tuple{&wrapped{d}}, ""},
		{dtDate, nilMod, py.Tuple{d}, ""},
		{dtDT, nilMod, nil, "TypeError: unbound method datetime.isoformat() needs an argument"},
		{dtDT, nilMod, py.Tuple{&Date{2024, 1, 1}}, "TypeError: descriptor 'isoformat' for 'datetime.datetime' objects doesn't apply to a 'datetime.date' object"},
		{dtTime, nilMod, py.Tuple{py.Int(3)}, "TypeError: descriptor 'isoformat' for 'datetime.time' objects doesn't apply to a 'int' object"},
		{dtTD, nilMod, py.Tuple{&wrapped{}}, "TypeError: descriptor 'isoformat' for 'datetime.timedelta' objects doesn't apply to a 'Wrapped' object"},
	}
	for i, tc := range tests {
		v, orig, rest, err := tc.c.recv("isoformat", tc.self, tc.args)
		got := ""
		if err != nil {
			got = errText(err)
		}
		if got != tc.want {
			t.Errorf("%d: error %q, want %q", i, got, tc.want)
			continue
		}
		if err == nil {
			if !tc.c.accepts(v) || len(rest) != 0 || orig == nil {
				t.Errorf("%d: receiver %v (orig %v, rest %v)", i, v, orig, rest)
			}
		}
	}
}

func TestSlotRecvMessages(t *testing.T) {
	d := &Date{2024, 1, 2}
	var nilMod *py.Module
	for _, tc := range []struct {
		self py.Object
		args py.Tuple
		want string
	}{
		{nilMod, nil, "TypeError: descriptor '__str__' of 'datetime.date' object needs an argument"},
		{nilMod, py.Tuple{py.String("x")}, "TypeError: descriptor '__str__' requires a 'datetime.date' object but received a 'str'"},
		{nilMod, py.Tuple{d, py.Int(1)}, "TypeError: expected 0 arguments, got 1"},
		{d, py.Tuple{py.Int(1), py.Int(2)}, "TypeError: expected 0 arguments, got 2"},
	} {
		_, _, _, err := dtDate.slotRecv("__str__", tc.self, tc.args, 0)
		if err == nil || errText(err) != tc.want {
			t.Errorf("slotRecv(%v, %v) = %v, want %q", tc.self, tc.args, err, tc.want)
		}
	}
}

func TestDateFormatUsesSubclassStr(t *testing.T) {
	d := &Date{2024, 1, 2}
	r, err := dateFormat(d, &wrapped{d}, "")
	if err != nil || r != py.String("wrapped!") {
		t.Errorf("empty spec on a subclass = %v, %v; want str() of the subclass", r, err)
	}
	r, err = dateFormat(d, d, "")
	if err != nil || r != py.String("2024-01-02") {
		t.Errorf("empty spec = %v, %v", r, err)
	}
	r, err = dateFormat(d, d, "%d.%m.%Y")
	if err != nil || r != py.String("02.01.2024") {
		t.Errorf("spec = %v, %v", r, err)
	}
}

func TestAsClassKeepsOwnType(t *testing.T) {
	d := &DateTime{Date: Date{2024, 3, 5}}
	r, err := asClass(DateTimeType, d)
	if err != nil || r != py.Object(d) {
		t.Errorf("asClass(datetime, dt) = %v, %v; want dt itself", r, err)
	}
	td := &TimeDelta{5}
	r, err = asClass(DateTimeType, td)
	if err != nil || r != py.Object(td) {
		t.Errorf("asClass(datetime, timedelta) = %v, %v; want the timedelta itself", r, err)
	}
	r, err = asClass(DateTimeType, &Date{2024, 1, 2})
	if err != nil || r.Type() != DateTimeType {
		t.Errorf("asClass(datetime, date) = %v, %v; want a datetime", r, err)
	}
}

// TestUnboundWithoutClassLayer runs Type.method(obj) calls on this layer
// alone (gpython's own class handling).
func TestUnboundWithoutClassLayer(t *testing.T) {
	src := `import datetime
d = datetime.datetime(2024, 3, 5, 14, 7, 9)
print(datetime.datetime.strftime(d, '%Y %H'), datetime.date.strftime(d, '%M'))
print(datetime.datetime.isoformat(d, ' '), datetime.date.isoformat(d), datetime.datetime.__format__(d, ''))
print(datetime.time.isoformat(datetime.time(1, 2), timespec='minutes'), datetime.timedelta.total_seconds(datetime.timedelta(1)))
print(str(datetime.date), datetime.date == datetime.date, datetime.date != datetime.time, 'T' if datetime.timedelta else 'F')
try:
    datetime.datetime.strftime(datetime.time(1), '%H')
except TypeError as e:
    print(e)
`
	want := `2024 14 07
2024-03-05 14:07:09 2024-03-05 2024-03-05 14:07:09
01:02 86400.0
<class 'datetime.date'> True True T
descriptor 'strftime' for 'datetime.date' objects doesn't apply to a 'datetime.time' object
`
	if got := runPy(t, "unbound.py", src, ""); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func errText(err error) string {
	if e, ok := err.(*py.Exception); ok {
		s, _ := py.StrAsString(e.Args.(py.Tuple)[0])
		return e.Base.Name + ": " + s
	}
	return strings.TrimSpace(err.Error())
}
