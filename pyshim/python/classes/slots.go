package classes

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// __slots__: a class whose every class (up to the Go-defined bases)
// declares __slots__ without '__dict__' has instances without a __dict__,
// which take only the attributes named in the slots (and those a data
// descriptor of the class handles). Assigning another raises CPython's
// "'C' object has no attribute 'x'"; obj.__dict__ and vars(obj) raise
// too. Each name of a class's __slots__ is a data descriptor in the class
// dict (addSlotDescriptors), as CPython's member descriptors, keeping the
// value beside the instance's attributes (Instance.slotVals), so that it
// is not in a __dict__ the instance may also have; an unset slot reads as
// a missing attribute.

// slotNames returns the attribute names t's instances are restricted to,
// or nil when they have a __dict__. It is computed once per class (and
// again after a class changes).
func (ci *classInfo) slotNames(t *py.Type) map[string]bool {
	if ci == nil {
		return nil
	}
	if !ci.slotsDone {
		ci.slots = computeSlots(t)
		ci.slotsDone = true
	}
	return ci.slots
}

// computeSlots is slotNames without the cache.
func computeSlots(t *py.Type) map[string]bool {
	names := map[string]bool{}
	for _, x := range mro(t) {
		c, ok := x.(*py.Type)
		if !ok || c == py.ObjectType || !isHeap(c) {
			continue
		}
		decl, ok := c.Dict["__slots__"]
		if !ok {
			return nil
		}
		if s, ok := decl.(py.String); ok {
			decl = py.Tuple{s}
		}
		dict := false
		err := py.Iterate(decl, func(item py.Object) bool {
			s, ok := item.(py.String)
			if !ok {
				return false
			}
			if s == "__dict__" {
				dict = true
				return true
			}
			names[string(s)] = true
			return false
		})
		if err != nil || dict {
			return nil
		}
	}
	return names
}

// noDict reports whether o's class gives its instances no __dict__.
func (o *Instance) noDict() bool {
	return info(o.cls).slotNames(o.cls) != nil
}

// addSlotDescriptors puts a descriptor into dict, the new class name's
// namespace, for each name its __slots__ declares (private names mangled
// as the compiler mangles them), except names the class defines itself.
func addSlotDescriptors(name string, dict py.StringDict) {
	decl, ok := dict["__slots__"]
	if !ok {
		return
	}
	if s, ok := decl.(py.String); ok {
		decl = py.Tuple{s}
	}
	var names []string
	_ = py.Iterate(decl, func(item py.Object) bool {
		if s, ok := item.(py.String); ok {
			names = append(names, string(s))
		}
		return false
	})
	for _, n := range names {
		if n == "__dict__" || n == "__weakref__" {
			continue
		}
		if strings.HasPrefix(n, "__") && !strings.HasSuffix(n, "__") {
			if c := strings.TrimLeft(name, "_"); c != "" {
				n = "_" + c + n
			}
		}
		if _, ok := dict[n]; !ok {
			dict[n] = slotDescriptor(n, name)
		}
	}
}

// slotDescriptor is the descriptor of slot n of class cls.
func slotDescriptor(n, cls string) *slotDescr { return &slotDescr{name: n, cls: cls} }

// slotDescrType is the type of slot descriptors (CPython's
// member_descriptor).
var slotDescrType = py.NewType("member_descriptor", "A __slots__ member of a class.")

// slotDescr is the descriptor of one slot. It has no M__set__: gpython's
// py.SetAttrString calls a type attribute's __set__ before the class's
// own __setattr__ (a frozen dataclass's), so assignment goes through the
// instance's M__setattr__ and setDescr instead.
type slotDescr struct {
	name, cls string
}

// Type returns member_descriptor.
func (d *slotDescr) Type() *py.Type { return slotDescrType }

// M__repr__ is <member 'x' of 'C' objects>.
func (d *slotDescr) M__repr__() (py.Object, error) {
	return py.String("<member '" + d.name + "' of '" + d.cls + "' objects>"), nil
}

// get reads the slot of obj.
func (d *slotDescr) get(obj py.Object) (py.Object, error) {
	if o, ok := obj.(*Instance); ok {
		if v, ok := o.slotVals[d.name]; ok {
			return v, nil
		}
	}
	return nil, noAttr(obj, d.name)
}

// set sets the slot of obj.
func (d *slotDescr) set(obj, value py.Object) error {
	o, ok := obj.(*Instance)
	if !ok {
		return noAttr(obj, d.name)
	}
	o.SetSlotValue(d.name, value)
	return nil
}

// del empties the slot of obj.
func (d *slotDescr) del(obj py.Object) error {
	if o, ok := obj.(*Instance); ok {
		if _, ok := o.slotVals[d.name]; ok {
			delete(o.slotVals, d.name)
			return nil
		}
	}
	return noAttr(obj, d.name)
}

// SlotValues returns the values of o's slots by name (nil when none is
// set), for the copy module.
func (o *Instance) SlotValues() map[string]py.Object { return o.slotVals }

// SetSlotValue sets slot name of o to v, for the copy module.
func (o *Instance) SetSlotValue(name string, v py.Object) {
	if o.slotVals == nil {
		o.slotVals = map[string]py.Object{}
	}
	o.slotVals[name] = v
}
