package classes

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"
)

// Code objects get CPython's co_* attributes and functions __doc__ and
// __module__: gpython v0.2.0 keeps them in Go fields (py.Code.Argcount,
// py.Function.Doc, ...) but exposes none of them to Python, so inspect,
// introspecting decorators and docstring-reading code fail with
// AttributeError.
func init() {
	code := func(n string, fn func(c *py.Code) py.Object) {
		py.CodeType.Dict[n] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if c, ok := self.(*py.Code); ok {
				return fn(c), nil
			}
			return nil, noAttr(self, n)
		}}
	}
	strs := func(s []string) py.Object {
		t := make(py.Tuple, len(s))
		for i, x := range s {
			t[i] = py.String(x)
		}
		return t
	}
	code("co_argcount", func(c *py.Code) py.Object { return py.Int(c.Argcount) })
	code("co_posonlyargcount", func(c *py.Code) py.Object { return py.Int(0) })
	code("co_kwonlyargcount", func(c *py.Code) py.Object { return py.Int(c.Kwonlyargcount) })
	code("co_nlocals", func(c *py.Code) py.Object { return py.Int(c.Nlocals) })
	code("co_stacksize", func(c *py.Code) py.Object { return py.Int(c.Stacksize) })
	// (without CO_NOFREE, 0x40, which CPython 3.11 no longer sets)
	code("co_flags", func(c *py.Code) py.Object { return py.Int(VisibleFlags(c) &^ 0x40) })
	code("co_code", func(c *py.Code) py.Object { return py.Bytes(c.Code) })
	code("co_consts", func(c *py.Code) py.Object { return c.Consts })
	code("co_names", func(c *py.Code) py.Object { return strs(c.Names) })
	code("co_varnames", func(c *py.Code) py.Object { return strs(c.Varnames) })
	code("co_freevars", func(c *py.Code) py.Object { return strs(c.Freevars) })
	code("co_cellvars", func(c *py.Code) py.Object { return strs(c.Cellvars) })
	code("co_filename", func(c *py.Code) py.Object { return py.String(c.Filename) })
	code("co_name", func(c *py.Code) py.Object { return py.String(c.Name) })
	code("co_qualname", func(c *py.Code) py.Object { return py.String(c.Name) })
	code("co_firstlineno", func(c *py.Code) py.Object { return py.Int(firstLine(c)) })
	code("co_lnotab", func(c *py.Code) py.Object { return py.Bytes(c.Lnotab) })

	fd := py.FunctionType.Dict
	if _, ok := fd["__doc__"]; !ok {
		fd["__doc__"] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				f, ok := self.(*py.Function)
				if !ok {
					return nil, noAttr(self, "__doc__")
				}
				if f.Doc == nil {
					return py.None, nil
				}
				return f.Doc, nil
			},
			Fset: func(self, value py.Object) error {
				f, ok := self.(*py.Function)
				if !ok {
					return noAttr(self, "__doc__")
				}
				f.Doc = value
				return nil
			},
		}
	}
	if _, ok := fd["__globals__"]; !ok {
		// the module's namespace the function reads its globals from
		// (py/function.go keeps it as Function.Globals, not exposed)
		fd["__globals__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			f, ok := self.(*py.Function)
			if !ok || f.Globals == nil {
				return nil, noAttr(self, "__globals__")
			}
			return f.Globals, nil
		}}
	}
	if _, ok := fd["__closure__"]; !ok {
		// the cells of the free variables, or None
		fd["__closure__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			f, ok := self.(*py.Function)
			if !ok {
				return nil, noAttr(self, "__closure__")
			}
			if len(f.Closure) == 0 {
				return py.None, nil
			}
			return f.Closure, nil
		}}
	}
	if _, ok := py.CellType.Dict["cell_contents"]; !ok {
		py.CellType.Dict["cell_contents"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			c, ok := self.(*py.Cell)
			if !ok {
				return nil, noAttr(self, "cell_contents")
			}
			v := c.Get()
			if v == nil {
				return nil, pyErr(py.ValueError, "Cell is empty")
			}
			return v, nil
		}}
	}
	if _, ok := fd["__module__"]; !ok {
		fd["__module__"] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				f, ok := self.(*py.Function)
				if !ok {
					return nil, noAttr(self, "__module__")
				}
				if m, ok := f.Dict["__module__"]; ok {
					return m, nil
				}
				if n, ok := f.Globals["__name__"]; ok {
					return n, nil
				}
				return py.None, nil
			},
			Fset: func(self, value py.Object) error {
				f, ok := self.(*py.Function)
				if !ok {
					return noAttr(self, "__module__")
				}
				if f.Dict == nil {
					f.Dict = py.NewStringDict()
				}
				f.Dict["__module__"] = value
				return nil
			},
		}
	}
}

// firstLine is CPython's co_firstlineno: the line of the def or class
// statement (of its first decorator, if any) for a function or class body.
// gpython's compiler leaves Firstlineno at 1 ("FIXME" in compile.go); it is
// recovered, when asked for, from the line of the first instruction and
// the source file: the nearest line above it that starts the definition.
func firstLine(c *py.Code) int {
	// the line of the first instruction with a line of its own: the
	// first line increment (and the ones continuing it at the same
	// address, for a jump of more than 255 lines); instructions the
	// layer puts before the body (the keyword-order prologue of a
	// function with **kwargs) come first without one
	body := int(c.Firstlineno)
	i := 0
	for i+1 < len(c.Lnotab) && c.Lnotab[i+1] == 0 {
		i += 2
	}
	for ; i+1 < len(c.Lnotab); i += 2 {
		body += int(c.Lnotab[i+1])
		if i+3 >= len(c.Lnotab) || c.Lnotab[i+2] != 0 {
			break
		}
	}
	if c.Name == "<module>" || c.Name == "<lambda>" || strings.HasPrefix(c.Name, "<") {
		if c.Name == "<module>" {
			return 1
		}
		return body
	}
	src, err := os.ReadFile(c.Filename)
	if err != nil {
		return body
	}
	lines := strings.Split(string(src), "\n")
	for l := body - 1; l >= 1 && l <= len(lines); l-- {
		t := strings.TrimLeft(lines[l-1], " \t")
		t = strings.TrimPrefix(t, "async ")
		if strings.HasPrefix(t, "def "+c.Name) || strings.HasPrefix(t, "class "+c.Name) {
			for l > 1 && strings.HasPrefix(strings.TrimLeft(lines[l-2], " \t"), "@") {
				l--
			}
			return l
		}
	}
	return body
}
