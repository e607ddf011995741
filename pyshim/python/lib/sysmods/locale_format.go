package sysmods

import (
	"github.com/go-python/gpython/py"
)

// StrPercent is str % values as the interpreter computes it (set by the
// methods layer, which sysmods cannot import).
var StrPercent func(format string, values py.Object) (string, error)

// percent is format % val through StrPercent.
func percent(f, val py.Object) (py.Object, error) {
	s, ok := f.(py.String)
	if !ok || StrPercent == nil {
		return percent(f, val)
	}
	r, err := StrPercent(string(s), val)
	if err != nil {
		return nil, err
	}
	return py.String(r), nil
}

// localeFormatInit adds locale's number formatting and parsing in the C
// locale, the only one gowikibot has: no thousands separator, '.' as the
// decimal point, no currency symbol.
func localeFormatInit() {
	formatString := func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var f, val, grouping, monetary py.Object = nil, nil, py.False, py.False
		if err := py.ParseTupleAndKeywords(args, kw, "OO|OO:format_string", []string{"f", "val", "grouping", "monetary"}, &f, &val, &grouping, &monetary); err != nil {
			return nil, err
		}
		return percent(f, val)
	}
	extendModule("locale", map[string]interface{}{
		"format_string": formatString,
		"str": func(self, val py.Object) (py.Object, error) {
			return percent(py.String("%.12g"), val)
		},
		"atof": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var s, fn py.Object = nil, py.FloatType
			if err := py.ParseTupleAndKeywords(args, kw, "O|O:atof", []string{"string", "func"}, &s, &fn); err != nil {
				return nil, err
			}
			return py.Call(fn, py.Tuple{s}, nil)
		},
		"atoi": func(self, s py.Object) (py.Object, error) {
			return py.Call(py.IntType, py.Tuple{s}, nil)
		},
		"delocalize": func(self, s py.Object) (py.Object, error) { return s, nil },
		"localize": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var s, grouping, monetary py.Object = nil, py.False, py.False
			if err := py.ParseTupleAndKeywords(args, kw, "O|OO:localize", []string{"string", "grouping", "monetary"}, &s, &grouping, &monetary); err != nil {
				return nil, err
			}
			return s, nil
		},
		"currency": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return nil, py.ExceptionNewf(py.ValueError, "Currency formatting is not possible using the 'C' locale.")
		},
	}, py.StringDict{
		"CHAR_MAX": py.Int(127),
	})
}
