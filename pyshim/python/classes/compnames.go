package classes

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// The pre-pass writes a dict or set comprehension as a generator
// expression passed to a helper ({k: v for ...} → __pyshim_dict_comp__(
// ((k), (v)) for ...)), since gpython's own builds a map of str keys. Its
// code object is then named <genexpr>; CPython's tracebacks say
// <dictcomp> and <setcomp>. NameComprehensions gives the generator
// expression's code object, the first one loaded after the helper, the
// name (and qualified name) CPython's has. It runs after the fixes that
// match code objects to the source's scopes by name (upstream.FixDerefs,
// coro.Mark), which see the generator expression the pre-pass wrote.
var compHelperNames = map[string]string{
	"__pyshim_dict_comp__": "<dictcomp>",
	"__pyshim_set_comp__":  "<setcomp>",
}

// NameComprehensions renames the comprehensions' code objects in code and
// the code nested in it.
func NameComprehensions(code *py.Code) {
	uses := false
	for _, n := range code.Names {
		if _, ok := compHelperNames[n]; ok {
			uses = true
			break
		}
	}
	if uses {
		b := code.Code
		want := ""
		for i := 0; i < len(b); {
			op := vm.OpCode(b[i])
			i++
			if !op.HAS_ARG() {
				continue
			}
			if i+1 >= len(b) {
				break
			}
			arg := int(b[i]) | int(b[i+1])<<8
			i += 2
			switch op {
			case vm.LOAD_GLOBAL, vm.LOAD_NAME:
				if arg < len(code.Names) {
					if n, ok := compHelperNames[code.Names[arg]]; ok {
						want = n
					}
				}
			case vm.LOAD_CONST:
				if want == "" || arg >= len(code.Consts) {
					continue
				}
				if c, ok := code.Consts[arg].(*py.Code); ok && c.Name == "<genexpr>" {
					c.Name = want
					if q, ok := qualnames.Load(c); ok {
						if s, _ := q.(string); strings.HasSuffix(s, "<genexpr>") {
							qualnames.Store(c, strings.TrimSuffix(s, "<genexpr>")+want)
						}
					}
				}
				want = ""
			}
		}
	}
	for _, k := range code.Consts {
		if sub, ok := k.(*py.Code); ok {
			NameComprehensions(sub)
		}
	}
}
