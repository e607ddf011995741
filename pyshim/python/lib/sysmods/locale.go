package sysmods

import (
	"strings"

	"github.com/go-python/gpython/py"
)

func localeInit() {
	register("locale", "Locale support module (C locale only).", map[string]interface{}{
		"setlocale": func(self py.Object, args py.Tuple) (py.Object, error) { return py.String("C"), nil },
		"getlocale": func(self py.Object, args py.Tuple) (py.Object, error) { return py.Tuple{py.None, py.None}, nil },
		"getdefaultlocale": func(self py.Object, args py.Tuple) (py.Object, error) {
			return py.Tuple{py.None, py.String("UTF-8")}, nil
		},
		"getpreferredencoding": func(self py.Object, args py.Tuple) (py.Object, error) { return py.String("UTF-8"), nil },
		"getencoding":          func(self py.Object) (py.Object, error) { return py.String("UTF-8"), nil },
		"localeconv": func(self py.Object) (py.Object, error) {
			return py.StringDict{"decimal_point": py.String("."), "thousands_sep": py.String(""), "grouping": py.NewList()}, nil
		},
		"strcoll": func(self py.Object, args py.Tuple) (py.Object, error) {
			var a, b py.Object
			if err := py.UnpackTuple(args, nil, "strcoll", 2, 2, &a, &b); err != nil {
				return nil, err
			}
			x, _ := a.(py.String)
			y, _ := b.(py.String)
			return py.Int(strings.Compare(string(x), string(y))), nil
		},
		"strxfrm": func(self, a py.Object) (py.Object, error) { return a, nil },
	}, py.StringDict{
		"LC_ALL": py.Int(6), "LC_CTYPE": py.Int(0), "LC_NUMERIC": py.Int(1), "LC_TIME": py.Int(2),
		"LC_COLLATE": py.Int(3), "LC_MONETARY": py.Int(4), "LC_MESSAGES": py.Int(5),
		"Error": py.ValueError,
	})
	localeFormatInit()
}
