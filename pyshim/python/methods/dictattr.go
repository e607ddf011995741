package methods

import (
	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/classes"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// (see package upstream for the index) A module's globals are a
// py.StringDict, whose GetDict returns the dict itself (py/dict.go), and
// gpython's attribute look-up (py.GetAttrString, py/internal.go) reads an
// object's GetDict before its type: in a module that defines a global
// named get, globals().get was that global ("'int' object is not
// callable"), and likewise keys, items, update and the other dict methods.
// (A class's __dict__ is a mappingproxy: pyobj/mappingproxy.go.) The
// bytecode rewrite replaces LOAD_ATTR of these names by a helper that
// takes a StringDict's method from its type and looks up any other
// object's attribute as getattr() does.

// PatchDictAttrs controls whether LOAD_ATTR of dict method names is routed
// through the helpers below.
var PatchDictAttrs = true

const opLoadAttr = 106

// dictAttrHelpers holds the helper of each dict method name.
var dictAttrHelpers = map[string]*unaryHelper{}

func init() {
	for _, n := range []string{"get", "keys", "values", "items", "pop", "popitem", "setdefault", "update", "copy", "clear", "fromkeys"} {
		name := n
		dictAttrHelpers[name] = &unaryHelper{name: "__pyshim_attr_" + name + "__", fn: func(o py.Object) (py.Object, error) {
			return dictSafeAttr(o, name)
		}}
	}
}

// isDictAttr reports whether the LOAD_ATTR argument arg of code names one
// of the dict methods.
func isDictAttr(code *py.Code, arg int) bool {
	return PatchDictAttrs && arg < len(code.Names) && dictAttrHelpers[code.Names[arg]] != nil
}

// dictSafeAttr is o.name: for a StringDict the method of its type, never
// one of its keys.
func dictSafeAttr(o py.Object, name string) (py.Object, error) {
	if d, ok := o.(*pyobj.Dict); ok && d.Type() == pyobj.DictType {
		// the common case, a plain dict: its type's method, as
		// py.GetAttrString would find it
		if m, ok := pyobj.DictType.Dict[name].(*py.Method); ok {
			return py.NewBoundMethod(d, m), nil
		}
	}
	if sd, ok := o.(py.StringDict); ok {
		if m, ok := py.StringDictType.Dict[name]; ok {
			if meth, ok := m.(*py.Method); ok {
				return py.NewBoundMethod(sd, meth), nil
			}
		}
	}
	return classes.GetAttr(o, name)
}
