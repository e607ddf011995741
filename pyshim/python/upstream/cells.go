package upstream

import "github.com/go-python/gpython/py"

// FixCells sets Cell2arg on code and every nested code object. gpython's
// compiler never fills it in, so a parameter captured by an inner function
// or comprehension was left unbound in its cell ("free variable referenced
// before assignment"); the VM itself honours Cell2arg as CPython does.
func FixCells(code *py.Code) {
	if len(code.Cellvars) > 0 && code.Cell2arg == nil {
		total := int(code.Argcount + code.Kwonlyargcount)
		if code.Flags&py.CO_VARARGS != 0 {
			total++
		}
		if code.Flags&py.CO_VARKEYWORDS != 0 {
			total++
		}
		var c2a []byte
		for i, cell := range code.Cellvars {
			for j := 0; j < total && j < len(code.Varnames); j++ {
				if code.Varnames[j] == cell {
					if c2a == nil {
						c2a = make([]byte, len(code.Cellvars))
						for k := range c2a {
							c2a[k] = py.CO_CELL_NOT_AN_ARG
						}
					}
					c2a[i] = byte(j)
					break
				}
			}
		}
		code.Cell2arg = c2a
	}
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			FixCells(sub)
		}
	}
}
