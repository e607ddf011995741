package pyobj

import (
	"github.com/go-python/gpython/py"
)

// list[int] used as a class base stands for list (PEP 560): the class
// builder calls __mro_entries__.
func init() {
	GenericAliasType.Dict["__mro_entries__"] = py.MustNewMethod("__mro_entries__", func(self py.Object, args py.Tuple) (py.Object, error) {
		g, ok := self.(*GenericAlias)
		if !ok && len(args) > 0 {
			g, ok = args[0].(*GenericAlias)
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__mro_entries__ needs a generic alias")
		}
		return py.Tuple{g.Origin}, nil
	}, 0, "__mro_entries__(bases): the origin class.")
}
