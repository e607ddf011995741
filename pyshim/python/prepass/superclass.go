package prepass

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// gpython v0.2.0 has no __class__ cell (see package upstream for the
// index): the pre-pass turns a zero-argument super() in a method of class
// Q into super(__pyshim_sclass__('Q', first, lambda: Q), first). Looking Q
// up by name when the method runs goes wrong once the name is bound to
// something else: a script that does "speedy_delete.SpeedyBot = Local"
// (Local a subclass) made SpeedyBot's own super() find Local and recurse
// for ever, where CPython's __class__ cell keeps the defining class.
// superClass finds the defining class in the MRO of the first argument's
// class instead: the one class whose __qualname__ is Q (or ends in ".Q",
// for a class made inside a function). When none or several match (a
// class that subclasses a class of the same name), the name is looked up
// as before.

type superKey struct {
	qual string
	t    *py.Type
}

// superCache maps (qualified name, class of the first argument) to the
// defining class found in its MRO.
var superCache sync.Map

// superClass is __pyshim_sclass__(qualname, first, fallback).
func superClass(args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "__pyshim_sclass__ takes 3 arguments")
	}
	qual, _ := args[0].(py.String)
	first := args[1]
	var types []*py.Type
	if t, ok := first.(*py.Type); ok {
		// a classmethod's or __new__'s cls, or a metaclass method's class
		types = append(types, t)
	}
	types = append(types, first.Type())
	for _, t := range types {
		key := superKey{string(qual), t}
		if c, ok := superCache.Load(key); ok {
			return c.(*py.Type), nil
		}
		if c := uniqueInMro(t, string(qual)); c != nil {
			superCache.Store(key, c)
			return c, nil
		}
	}
	return py.Call(args[2], nil, nil)
}

// uniqueInMro returns the one class of t's MRO whose qualified name is
// qual or ends in "."+qual, or nil when there is not exactly one.
func uniqueInMro(t *py.Type, qual string) *py.Type {
	var found *py.Type
	for _, o := range t.Mro {
		c, ok := o.(*py.Type)
		if !ok {
			continue
		}
		q := c.Name
		if s, ok := c.Dict["__qualname__"].(py.String); ok {
			q = string(s)
		}
		if q != qual && !strings.HasSuffix(q, "."+qual) {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}
