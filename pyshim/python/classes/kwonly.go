package classes

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// gpython's parser keeps only the keyword-only defaults that are present
// (def f(a, *, b, c=3) gives KwDefaults [3]) and its compiler pairs them
// with the first keyword-only names, so c's default lands on b. The fix:
// after compiling, find from the source which keyword-only parameters
// really have defaults, and when a function is called re-key its
// __kwdefaults__ (once, in place) to those names.

// kwFixes maps a *py.Code to the names of its defaulted keyword-only
// parameters, in order, for functions where they are not the first ones.
var kwFixes sync.Map

// analyseKwOnly parses src and records, for every function whose
// keyword-only defaults are not a prefix of its keyword-only parameters,
// the defaulted names on the matching code objects under code.
func analyseKwOnly(mod ast.Ast, code *py.Code) {
	type fix struct {
		names    []string
		defaults []string
	}
	fixes := map[string][]fix{} // function name -> candidates
	ast.Walk(mod, func(n ast.Ast) bool {
		var name string
		var args *ast.Arguments
		switch f := n.(type) {
		case *ast.FunctionDef:
			name, args = string(f.Name), f.Args
		case *ast.Lambda:
			name, args = "<lambda>", f.Args
		default:
			return true
		}
		if args == nil || len(args.KwDefaults) == 0 || len(args.KwDefaults) == len(args.Kwonlyargs) {
			return true
		}
		var names, defaulted []string
		for _, a := range args.Kwonlyargs {
			names = append(names, string(a.Arg))
		}
		// Each default belongs to the last keyword-only parameter that
		// starts before it.
		for _, d := range args.KwDefaults {
			owner := -1
			for i, a := range args.Kwonlyargs {
				if before(a.Lineno, a.ColOffset, d.GetLineno(), d.GetColOffset()) {
					owner = i
				}
			}
			if owner >= 0 {
				defaulted = append(defaulted, names[owner])
			}
		}
		if len(defaulted) != len(args.KwDefaults) {
			return true
		}
		prefix := true
		for i, d := range defaulted {
			if names[i] != d {
				prefix = false
			}
		}
		if !prefix {
			fixes[name] = append(fixes[name], fix{names: names, defaults: defaulted})
		}
		return true
	})
	if len(fixes) == 0 {
		return
	}
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		if c.Kwonlyargcount > 0 {
			kw := c.Varnames[c.Argcount : c.Argcount+c.Kwonlyargcount]
			var match []string
			count := 0
			for _, f := range fixes[c.Name] {
				if strings.Join(f.names, ",") == strings.Join(kw, ",") {
					if count > 0 && strings.Join(match, ",") != strings.Join(f.defaults, ",") {
						count = -1000
					}
					match = f.defaults
					count++
				}
			}
			if count > 0 {
				kwFixes.Store(c, match)
			}
		}
		for _, k := range c.Consts {
			if sub, ok := k.(*py.Code); ok {
				walk(sub)
			}
		}
	}
	walk(code)
}

func before(l1, c1, l2, c2 int) bool {
	return l1 < l2 || (l1 == l2 && c1 < c2)
}

// fixKwDefaults re-keys kwdefs (a function's __kwdefaults__ as gpython
// built it) in place for code.
func fixKwDefaults(code *py.Code, kwdefs py.StringDict) {
	v, ok := kwFixes.Load(code)
	if !ok {
		return
	}
	defaulted := v.([]string)
	if len(defaulted) != len(kwdefs) {
		return
	}
	done := true
	for _, n := range defaulted {
		if _, ok := kwdefs[n]; !ok {
			done = false
			break
		}
	}
	if done {
		// Already re-keyed, unless the wrong keys happen to be the same
		// set, which only happens when the defaults are a prefix.
		return
	}
	kw := code.Varnames[code.Argcount : code.Argcount+code.Kwonlyargcount]
	vals := make([]py.Object, len(defaulted))
	for i := range defaulted {
		vals[i] = kwdefs[kw[i]]
	}
	for k := range kwdefs {
		delete(kwdefs, k)
	}
	for i, n := range defaulted {
		kwdefs[n] = vals[i]
	}
}
