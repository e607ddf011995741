package sysmods

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/lazymod"
	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// The ast module provides literal_eval only: the safe evaluation of a
// Python literal (strings, bytes, numbers, tuples, lists, dicts, sets,
// booleans, None, Ellipsis, and + / - of numbers), parsed by gpython's own
// parser. Syntax trees (ast.parse, node classes) are not provided.
func astModule() *py.ModuleImpl {
	return &py.ModuleImpl{
		Info: py.ModuleInfo{Name: "ast", Doc: "Abstract syntax trees (gowikibot: literal_eval only)."},
		Methods: []*py.Method{
			py.MustNewMethod("literal_eval", func(self py.Object, arg py.Object) (py.Object, error) {
				s, ok := arg.(py.String)
				if !ok {
					if b, ok := arg.(py.Bytes); ok {
						s = py.String(b)
					} else {
						return nil, py.ExceptionNewf(py.ValueError, "malformed node or string: %s", typeName(arg))
					}
				}
				src := strings.TrimLeft(string(s), " \t")
				tree, err := parser.ParseString(src, py.EvalMode)
				if err != nil {
					// Literal forms newer than gpython's Python 3.4
					// grammar (1_000) parse after the pre-pass, which
					// writes dict and set displays as calls (see
					// prepassDisplay).
					if text, perr := prepass.Rewrite(src, "<unknown>"); perr == nil && text != src {
						tree, err = parser.ParseString(text, py.EvalMode)
					}
				}
				if err != nil {
					return nil, err
				}
				expr, ok := tree.(*ast.Expression)
				if !ok {
					return nil, py.ExceptionNewf(py.ValueError, "malformed node or string")
				}
				return literal(expr.Body)
			}, 0, "literal_eval(node_or_string)\n\nEvaluate a string containing a Python literal or container display."),
		},
		Globals: py.StringDict{"PyCF_ONLY_AST": py.Int(1024)},
	}
}

func malformed(n ast.Expr) error {
	name := fmt.Sprintf("%T", n)
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	line := n.GetLineno()
	if line < 1 {
		line = 1
	}
	return py.ExceptionNewf(py.ValueError, "malformed node or string on line %d: <ast.%s object>", line, name)
}

func literals(elts []ast.Expr) (py.Tuple, error) {
	out := make(py.Tuple, len(elts))
	for i, e := range elts {
		v, err := literal(e)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func literal(n ast.Expr) (py.Object, error) {
	switch x := n.(type) {
	case *ast.Num:
		return x.N, nil
	case *ast.Str:
		return x.S, nil
	case *ast.Bytes:
		return x.S, nil
	case *ast.NameConstant:
		return x.Value, nil
	case *ast.Ellipsis:
		return py.Ellipsis, nil
	case *ast.Tuple:
		return literals(x.Elts)
	case *ast.List:
		t, err := literals(x.Elts)
		if err != nil {
			return nil, err
		}
		return py.NewListFromItems(t), nil
	case *ast.Set:
		t, err := literals(x.Elts)
		if err != nil {
			return nil, err
		}
		return pyobj.SetFromIterable(t)
	case *ast.Dict:
		d := pyobj.NewDict()
		for i := range x.Keys {
			k, err := literal(x.Keys[i])
			if err != nil {
				return nil, err
			}
			v, err := literal(x.Values[i])
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	case *ast.UnaryOp:
		if _, ok := x.Operand.(*ast.Num); ok && (x.Op == ast.USub || x.Op == ast.UAdd) {
			v, _ := literal(x.Operand)
			if x.Op == ast.USub {
				return py.Neg(v)
			}
			return py.Pos(v)
		}
	case *ast.Call:
		return literalCall(x)
	case *ast.BinOp:
		// complex literals: a + bj, a - bj
		l, lok := x.Left.(*ast.Num)
		r, rok := x.Right.(*ast.Num)
		if lu, ok := x.Left.(*ast.UnaryOp); ok && !lok && rok {
			if v, err := literal(lu); err == nil {
				if _, isNum := lu.Operand.(*ast.Num); isNum {
					_, rc := r.N.(py.Complex)
					if rok && rc && (x.Op == ast.Add || x.Op == ast.Sub) {
						if x.Op == ast.Add {
							return py.Add(v, r.N)
						}
						return py.Sub(v, r.N)
					}
				}
			}
		}
		if lok && rok {
			if _, rc := r.N.(py.Complex); rc && (x.Op == ast.Add || x.Op == ast.Sub) {
				if x.Op == ast.Add {
					return py.Add(l.N, r.N)
				}
				return py.Sub(l.N, r.N)
			}
		}
	}
	return nil, malformed(n)
}

func init() { lazymod.Register("ast", astModule) }
