package classes

import (
	"github.com/go-python/gpython/py"
)

// object.__reduce__ and object.__reduce_ex__ exist, as in CPython, so that
// classes can name them (dateutil's `__reduce__ = object.__reduce__`) and
// code can look them up; gpython's object has neither. The pickle module
// treats them as "no reducer of its own" and pickles the instance by class
// and state itself; called directly they raise TypeError.
func init() {
	d := py.ObjectType.Dict
	for _, name := range []string{"__reduce__", "__reduce_ex__"} {
		if _, ok := d[name]; ok {
			continue
		}
		name := name
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, _, err := normSelf(self, args, name)
			if err != nil {
				return nil, err
			}
			return nil, pyErr(py.TypeError, "cannot reduce '%s' object directly (gowikibot: use the pickle or copy module)", self.Type().Name)
		}, 0, "Helper for pickle.")
	}
}
