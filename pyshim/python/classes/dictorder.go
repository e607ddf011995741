package classes

import (
	"runtime"
	"sort"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// An instance's attributes live in a py.StringDict (a Go map: no order;
// see package upstream for the index), where CPython's instance __dict__
// keeps assignment order, which vars(obj), obj.__dict__ and their
// iteration show. Each instance records the order its attributes were first
// set in; when its dict is handed out (vars, __dict__), the order is
// registered with pyobj (pyobj/keyorder.go) until the instance is
// collected. Keys set through the dict itself come after, sorted.

// forget drops name from the recorded order.
func (o *Instance) forget(name string) {
	for i, n := range o.order {
		if n == name {
			o.order = append(o.order[:i], o.order[i+1:]...)
			return
		}
	}
}

// keysInOrder returns the keys of the instance's dict: the recorded order,
// then keys set otherwise, sorted.
func (o *Instance) keysInOrder() []string {
	keys := make([]string, 0, len(o.Dict))
	seen := make(map[string]bool, len(o.order))
	for _, n := range o.order {
		if _, ok := o.Dict[n]; ok && !seen[n] {
			seen[n] = true
			keys = append(keys, n)
		}
	}
	if len(keys) < len(o.Dict) {
		var rest []string
		for k := range o.Dict {
			if !seen[k] {
				rest = append(rest, k)
			}
		}
		sort.Strings(rest)
		keys = append(keys, rest...)
	}
	return keys
}

// exposeDict returns the instance's dict with its order registered.
func (o *Instance) exposeDict() py.StringDict {
	if o.exposed || o.Dict == nil || len(o.order) < 2 {
		return o.Dict
	}
	o.exposed = true
	wp := weak.Make(o)
	d := o.Dict
	unregister := pyobj.RegisterKeyOrder(d, func(sd py.StringDict) []string {
		inst := wp.Value()
		if inst == nil || len(inst.Dict) != len(sd) || len(sd) == 0 {
			return nil
		}
		keys := inst.keysInOrder()
		for _, k := range keys {
			if _, ok := sd[k]; !ok {
				return nil // not this instance's dict any more
			}
		}
		return keys
	})
	runtime.AddCleanup(o, func(f func()) { f() }, unregister)
	return d
}
