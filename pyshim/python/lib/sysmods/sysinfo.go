package sysmods

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/go-python/gpython/py"
)

// sys's information records (float_info, int_info, flags, thread_info),
// the build constants scripts read, and the small functions gpython's sys
// lacks or leaves raising NotImplementedError (getsizeof, intern), with
// CPython 3.11's values on 64-bit Linux.
func init() {
	extendModule("sys", map[string]interface{}{
		"getsizeof": sysGetsizeof,
		"intern": func(self, arg py.Object) (py.Object, error) {
			s, ok := arg.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "intern() argument must be str, not %s", typeName(arg))
			}
			return s, nil
		},
		"is_finalizing":          func(self py.Object) (py.Object, error) { return py.False, nil },
		"audit":                  func(self py.Object, args py.Tuple) (py.Object, error) { return py.None, nil },
		"addaudithook":           func(self, arg py.Object) (py.Object, error) { return py.None, nil },
		"getallocatedblocks":     func(self py.Object) (py.Object, error) { return py.Int(0), nil },
		"get_int_max_str_digits": func(self py.Object) (py.Object, error) { return py.Int(4300), nil },
		"set_int_max_str_digits": func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) { return py.None, nil },
	}, py.StringDict{
		"float_info": newStructSeq("sys.float_info",
			[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
			py.Tuple{py.Float(math.MaxFloat64), py.Int(1024), py.Int(308), py.Float(2.2250738585072014e-308), py.Int(-1021),
				py.Int(-307), py.Int(15), py.Int(53), py.Float(2.220446049250313e-16), py.Int(2), py.Int(1)}),
		"int_info": newStructSeq("sys.int_info",
			[]string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
			py.Tuple{py.Int(30), py.Int(4), py.Int(4300), py.Int(640)}),
		"flags": newStructSeq("sys.flags",
			[]string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
				"ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
				"utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
			py.Tuple{py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(1), py.Int(0), py.Int(0), py.Int(0), py.Int(0),
				py.Int(0), py.Int(0), py.Int(1), py.Int(0), py.False, py.Int(0), py.Int(0), py.False, py.Int(-1)}),
		"thread_info": newStructSeq("sys.thread_info", []string{"name", "lock", "version"},
			py.Tuple{py.String("pthread"), py.String("semaphore"), py.None}),
		"float_repr_style": py.String("short"),
		"base_prefix":      py.String("/usr"),
		"base_exec_prefix": py.String("/usr"),
		"platlibdir":       py.String("lib"),
		"abiflags":         py.String(""),
		"api_version":      py.Int(1013),
		"copyright":        py.String("gowikibot's embedded Python (gpython with gowikibot's compatibility layer)"),
	})
}

// sysGetsizeof is sys.getsizeof(obj[, default]): CPython 3.11's sizes on
// 64-bit builds for ints, floats, str, bytes, tuples and the singletons;
// for lists, dicts and sets the size of a freshly built one of that
// length (CPython's depends on how it grew).
func sysGetsizeof(self py.Object, args py.Tuple) (py.Object, error) {
	var o, dflt py.Object
	if err := py.UnpackTuple(args, nil, "getsizeof", 1, 2, &o, &dflt); err != nil {
		return nil, err
	}
	n, err := sizeOf(o)
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

func sizeOf(o py.Object) (int, error) {
	digits := func(bitLen int) int {
		d := (bitLen + 29) / 30
		if d < 1 {
			d = 1
		}
		return 24 + 4*d
	}
	switch x := o.(type) {
	case py.NoneType:
		return 16, nil
	case py.Bool:
		return 28, nil
	case py.Int:
		v := uint64(x)
		if x < 0 {
			v = uint64(-x)
		}
		return digits(bits.Len64(v)), nil
	case *py.BigInt:
		return digits((*big.Int)(x).BitLen()), nil
	case py.Float:
		return 24, nil
	case py.Complex:
		return 32, nil
	case py.String:
		maxRune, n := rune(0), 0
		for _, r := range string(x) {
			n++
			if r > maxRune {
				maxRune = r
			}
		}
		switch {
		case maxRune < 0x80:
			return 49 + n, nil
		case maxRune < 0x100:
			return 73 + n, nil
		case maxRune < 0x10000:
			return 74 + 2*n, nil
		}
		return 76 + 4*n, nil
	case py.Tuple:
		return 40 + 8*len(x), nil
	case *py.List:
		return 56 + 8*len(x.Items), nil
	case *py.Range:
		return 48, nil
	}
	if b, ok := asBytes(o); ok && o.Type().Name == "bytes" {
		return 33 + len(b), nil
	}
	switch o.Type().Name {
	case "dict", "OrderedDict", "defaultdict", "Counter":
		return dictSize(o)
	case "set", "frozenset":
		return setSize(o)
	case "object":
		return 16, nil
	}
	return 56, nil
}

// dictSize is the size of a dict of o's length built by dict.fromkeys:
// the object, the keys table's header, its index bytes and its entries.
func dictSize(o py.Object) (int, error) {
	n, err := lenOf(o)
	if err != nil || n == 0 {
		return 64, err
	}
	size := 8
	for n > size*2/3 {
		size *= 2
	}
	index := 1
	switch {
	case size > 1<<15:
		index = 4
	case size > 128:
		index = 2
	}
	return 64 + 32 + size*index + size*2/3*24, nil
}

// setSize is the size of a set of o's length built by adding its items
// one by one (the table grows to 4 times the fill past 60%).
func setSize(o py.Object) (int, error) {
	n, err := lenOf(o)
	if err != nil {
		return 216, err
	}
	table := 8
	for fill := 1; fill <= n; fill++ {
		if fill*5 >= (table-1)*3 {
			want := fill * 4
			if fill > 50000 {
				want = fill * 2
			}
			table = 8
			for table <= want {
				table *= 2
			}
		}
	}
	if table == 8 {
		return 216, nil
	}
	return 216 + 16*table, nil
}

func lenOf(o py.Object) (int, error) {
	l, err := py.Len(o)
	if err != nil {
		return 0, err
	}
	n, ok := l.(py.Int)
	if !ok {
		return 0, nil
	}
	return int(n), nil
}
