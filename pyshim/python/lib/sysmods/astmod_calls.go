package sysmods

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// literalCall is ast.literal_eval of a call: set() (the empty set has no
// display, so CPython 3.11 accepts this one call), and the calls the
// pre-pass writes for displays when a literal needed it (1_000):
// __pyshim_dict__(k1, v1, k2, v2, ...) for {k1: v1, ...} and
// __pyshim_set__(a, b) for {a, b}. Anything else is malformed.
func literalCall(c *ast.Call) (py.Object, error) {
	name, ok := c.Func.(*ast.Name)
	if !ok || len(c.Keywords) != 0 || c.Starargs != nil || c.Kwargs != nil {
		return nil, malformed(c)
	}
	switch string(name.Id) {
	case "set":
		if len(c.Args) == 0 {
			return pyobj.SetFromIterable(py.Tuple{})
		}
	case "__pyshim_set__":
		t, err := literals(c.Args)
		if err != nil {
			return nil, err
		}
		return pyobj.SetFromIterable(t)
	case "__pyshim_dict__":
		if len(c.Args)%2 != 0 {
			break
		}
		d := pyobj.NewDict()
		for i := 0; i < len(c.Args); i += 2 {
			k, err := literal(c.Args[i])
			if err != nil {
				return nil, err
			}
			v, err := literal(c.Args[i+1])
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return nil, malformed(c)
}
