package sysmods

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// structSeq is a read-only record that is also a tuple, as CPython's
// struct sequences (sys.float_info, sys.flags): fields by name and by
// index, len, iteration, equality with tuples, and the repr
// NAME(field=value, ...).
type structSeq struct {
	typ    *py.Type
	fields []string
	t      py.Tuple
}

// Type returns the record's own type.
func (s *structSeq) Type() *py.Type { return s.typ }

// newStructSeq makes a record of a new type named name with the fields
// (in order) and values.
func newStructSeq(name string, fields []string, values py.Tuple) *structSeq {
	typ := py.NewType(name, "")
	s := &structSeq{typ: typ, fields: fields, t: values}
	for i, f := range fields {
		i := i
		typ.Dict[f] = getter(func(self py.Object) (py.Object, error) { return self.(*structSeq).t[i], nil })
	}
	typ.Dict["n_fields"] = py.Int(len(fields))
	typ.Dict["n_sequence_fields"] = py.Int(len(fields))
	return s
}

// M__repr__ is NAME(field=value, ...).
func (s *structSeq) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString(s.typ.Name + "(")
	for i, f := range s.fields {
		if i > 0 {
			b.WriteString(", ")
		}
		v, err := pyobj.ReprString(s.t[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(f + "=" + v)
	}
	b.WriteString(")")
	return py.String(b.String()), nil
}

// M__str__ is the repr.
func (s *structSeq) M__str__() (py.Object, error) { return s.M__repr__() }

// M__getitem__ indexes and slices the values.
func (s *structSeq) M__getitem__(k py.Object) (py.Object, error) { return s.t.M__getitem__(k) }

// M__len__ is the number of fields.
func (s *structSeq) M__len__() (py.Object, error) { return py.Int(len(s.t)), nil }

// M__iter__ iterates over the values.
func (s *structSeq) M__iter__() (py.Object, error) { return py.NewIterator(s.t), nil }

func (s *structSeq) other(o py.Object) py.Object {
	if w, ok := o.(*structSeq); ok {
		return w.t
	}
	return o
}

// M__eq__ compares the values with a tuple or another record.
func (s *structSeq) M__eq__(o py.Object) (py.Object, error) { return s.t.M__eq__(s.other(o)) }

// M__ne__ is the negation of M__eq__.
func (s *structSeq) M__ne__(o py.Object) (py.Object, error) { return s.t.M__ne__(s.other(o)) }
