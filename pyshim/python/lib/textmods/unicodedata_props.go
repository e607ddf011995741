package textmods

import (
	"github.com/go-python/gpython/py"
	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/width"
)

// unicodedata.east_asian_width and unicodedata.bidirectional, from
// golang.org/x/text's width and bidi tables (Unicode 15.0.0).

// bidiNames are the Bidi_Class abbreviations of x/text's classes.
var bidiNames = map[bidi.Class]string{
	bidi.L: "L", bidi.R: "R", bidi.EN: "EN", bidi.ES: "ES", bidi.ET: "ET", bidi.AN: "AN", bidi.CS: "CS",
	bidi.B: "B", bidi.S: "S", bidi.WS: "WS", bidi.ON: "ON", bidi.BN: "BN", bidi.NSM: "NSM", bidi.AL: "AL",
	bidi.LRO: "LRO", bidi.RLO: "RLO", bidi.LRE: "LRE", bidi.RLE: "RLE", bidi.PDF: "PDF", bidi.LRI: "LRI",
	bidi.RLI: "RLI", bidi.FSI: "FSI", bidi.PDI: "PDI",
}

// oneCharFn is a unicodedata function of exactly one character.
func oneCharFn(name string, fn func(r rune) py.Object) *py.Method {
	return method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "unicodedata.%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "unicodedata.%s() takes exactly one argument (%d given)", name, len(args))
		}
		r, err := charArg(name, args[0])
		if err != nil {
			return nil, err
		}
		return fn(r), nil
	})
}

func unicodedataProps() []*py.Method {
	return []*py.Method{
		oneCharFn("east_asian_width", func(r rune) py.Object {
			if Category(r) == "Cn" {
				// CPython's record of an unassigned code point: the first
				// name of its table, "F"
				return py.String("F")
			}
			switch width.LookupRune(r).Kind() {
			case width.EastAsianAmbiguous:
				return py.String("A")
			case width.EastAsianWide:
				return py.String("W")
			case width.EastAsianFullwidth:
				return py.String("F")
			case width.EastAsianHalfwidth:
				return py.String("H")
			case width.EastAsianNarrow:
				return py.String("Na")
			}
			return py.String("N")
		}),
		oneCharFn("bidirectional", func(r rune) py.Object {
			if Category(r) == "Cn" {
				// unassigned code points have no class in CPython's database
				return py.String("")
			}
			p, _ := bidi.LookupRune(r)
			return py.String(bidiNames[p.Class()])
		}),
	}
}
