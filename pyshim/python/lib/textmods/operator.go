package textmods

import (
	"reflect"
	"strings"

	"github.com/go-python/gpython/py"
)

// Getter is operator.itemgetter / attrgetter / methodcaller.
type Getter struct {
	kind  string // "itemgetter", "attrgetter", "methodcaller"
	items py.Tuple
	name  string
	args  py.Tuple
	kw    py.StringDict
}

var getterTypes = map[string]*py.Type{
	"itemgetter":   py.NewType("itemgetter", ""),
	"attrgetter":   py.NewType("attrgetter", ""),
	"methodcaller": py.NewType("methodcaller", ""),
}

// Type returns the getter's type.
func (g *Getter) Type() *py.Type { return getterTypes[g.kind] }

func getAttrDotted(o py.Object, name string) (py.Object, error) {
	for _, part := range strings.Split(name, ".") {
		var err error
		if o, err = py.GetAttrString(o, part); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// M__call__ applies the getter.
func (g *Getter) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected 1 argument, got %d", g.kind, len(args))
	}
	obj := args[0]
	switch g.kind {
	case "itemgetter":
		if len(g.items) == 1 {
			return py.GetItem(obj, g.items[0])
		}
		out := make(py.Tuple, len(g.items))
		for i, k := range g.items {
			v, err := py.GetItem(obj, k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	case "attrgetter":
		if len(g.items) == 1 {
			return getAttrDotted(obj, string(g.items[0].(py.String)))
		}
		out := make(py.Tuple, len(g.items))
		for i, k := range g.items {
			v, err := getAttrDotted(obj, string(k.(py.String)))
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	m, err := py.GetAttrString(obj, g.name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, g.args, g.kw)
}

// M__repr__ gives operator.itemgetter(...) style output.
func (g *Getter) M__repr__() (py.Object, error) {
	var parts []string
	if g.kind == "methodcaller" {
		r, _ := py.ReprAsString(py.String(g.name))
		parts = append(parts, r)
		for _, a := range g.args {
			r, err := py.ReprAsString(a)
			if err != nil {
				return nil, err
			}
			parts = append(parts, r)
		}
	} else {
		for _, a := range g.items {
			r, err := py.ReprAsString(a)
			if err != nil {
				return nil, err
			}
			parts = append(parts, r)
		}
	}
	return py.String("operator." + g.kind + "(" + strings.Join(parts, ", ") + ")"), nil
}

func binop(name string, fn func(a, b py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		return fn(args[0], args[1])
	}, 0, "")
}

func unop(name string, fn func(a py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, arg py.Object) (py.Object, error) {
		return fn(arg)
	}, 0, "")
}

func identical(a, b py.Object) bool {
	if a == nil || b == nil {
		return a == b
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Slice, reflect.Map, reflect.Func:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

func contains(a, b py.Object) (py.Object, error) {
	if I, ok := a.(py.I__contains__); ok {
		return I.M__contains__(b)
	}
	if r, ok, err := py.TypeCall1(a, "__contains__", b); ok {
		return r, err
	}
	found := false
	err := py.Iterate(a, func(x py.Object) bool {
		if ok, _ := eq(x, b); ok {
			found = true
			return true
		}
		return false
	})
	return py.NewBool(found), err
}

func init() {
	ops := map[string]func(a, b py.Object) (py.Object, error){
		"add": py.Add, "sub": py.Sub, "mul": py.Mul, "truediv": py.TrueDiv, "floordiv": py.FloorDiv,
		"mod": py.Mod, "lshift": py.Lshift, "rshift": py.Rshift, "and_": py.And, "or_": py.Or, "xor": py.Xor,
		"eq": py.Eq, "ne": py.Ne, "lt": py.Lt, "le": py.Le, "gt": py.Gt, "ge": py.Ge,
		"iadd": py.IAdd, "isub": py.ISub, "imul": py.IMul,
		"pow":      func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) },
		"concat":   func(a, b py.Object) (py.Object, error) { return py.Add(a, b) },
		"getitem":  py.GetItem,
		"contains": contains,
		"is_":      func(a, b py.Object) (py.Object, error) { return py.NewBool(identical(a, b)), nil },
		"is_not":   func(a, b py.Object) (py.Object, error) { return py.NewBool(!identical(a, b)), nil },
		"countOf": func(a, b py.Object) (py.Object, error) {
			n := 0
			var ierr error
			err := py.Iterate(a, func(x py.Object) bool {
				ok, err := eq(x, b)
				if err != nil {
					ierr = err
					return true
				}
				if ok {
					n++
				}
				return false
			})
			if err == nil {
				err = ierr
			}
			return py.Int(n), err
		},
		"indexOf": func(a, b py.Object) (py.Object, error) {
			i, found := 0, -1
			err := py.Iterate(a, func(x py.Object) bool {
				if ok, _ := eq(x, b); ok {
					found = i
					return true
				}
				i++
				return false
			})
			if err != nil {
				return nil, err
			}
			if found < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "sequence.index(x): x not in sequence")
			}
			return py.Int(found), nil
		},
	}
	var methods []*py.Method
	for name, fn := range ops {
		methods = append(methods, binop(name, fn))
		if !strings.HasSuffix(name, "_") && name != "countOf" && name != "indexOf" && !strings.HasPrefix(name, "i") {
			methods = append(methods, binop("__"+name+"__", fn))
		}
	}
	unops := map[string]func(a py.Object) (py.Object, error){
		"neg": py.Neg, "pos": py.Pos, "abs": py.Abs, "invert": py.Invert, "inv": py.Invert,
		"not_":  py.Not,
		"truth": func(a py.Object) (py.Object, error) { return py.MakeBool(a) },
		"index": func(a py.Object) (py.Object, error) { return py.Index(a) },
	}
	for name, fn := range unops {
		methods = append(methods, unop(name, fn))
	}
	methods = append(methods,
		py.MustNewMethod("setitem", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 3 {
				return nil, py.ExceptionNewf(py.TypeError, "setitem expected 3 arguments, got %d", len(args))
			}
			_, err := py.SetItem(args[0], args[1], args[2])
			return py.None, err
		}, 0, ""),
		py.MustNewMethod("delitem", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "delitem expected 2 arguments, got %d", len(args))
			}
			_, err := py.DelItem(args[0], args[1])
			return py.None, err
		}, 0, ""),
	)
	itemgetter := goType("itemgetter", "", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "itemgetter expected 1 argument, got 0")
		}
		return &Getter{kind: "itemgetter", items: append(py.Tuple{}, args...)}, nil
	})
	attrgetter := goType("attrgetter", "", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "attrgetter expected 1 argument, got 0")
		}
		for _, a := range args {
			if _, ok := a.(py.String); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "attribute name must be a string")
			}
		}
		return &Getter{kind: "attrgetter", items: append(py.Tuple{}, args...)}, nil
	})
	methodcaller := goType("methodcaller", "", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "methodcaller needs at least one argument, the method name")
		}
		name, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "method name must be a string")
		}
		return &Getter{kind: "methodcaller", name: string(name), args: append(py.Tuple{}, args[1:]...), kw: kwargs}, nil
	})
	register("operator", "Operator interface.", methods, py.StringDict{
		"itemgetter": itemgetter, "attrgetter": attrgetter, "methodcaller": methodcaller,
	})
}
