package pyobj

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Set is Python's set: any hashable element, CPython's iteration order.
type Set struct {
	t   setTable
	typ *py.Type
}

// FrozenSet is Python's frozenset: an immutable, hashable Set.
type FrozenSet struct {
	Set
	hashCache int64
	hashed    bool
}

// SetType and FrozenSetType are the Python types set and frozenset.
var (
	SetType       = py.NewType("set", "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.")
	FrozenSetType = py.NewType("frozenset", "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.")
)

// Type returns set (or the set subtype s was made with).
func (s *Set) Type() *py.Type {
	if s.typ != nil {
		return s.typ
	}
	return SetType
}

// Type returns frozenset.
func (s *FrozenSet) Type() *py.Type {
	if s.typ != nil {
		return s.typ
	}
	return FrozenSetType
}

// NewSet returns a new empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns a new empty frozenset.
func NewFrozenSet() *FrozenSet { return &FrozenSet{} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.t.used }

// Add adds an element, failing for unhashable ones.
func (s *Set) Add(key py.Object) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return s.t.add(key, h)
}

// Contains reports whether key is an element.
func (s *Set) Contains(key py.Object) (bool, error) {
	h, err := setHash(key)
	if err != nil {
		return false, err
	}
	i, err := s.t.lookup(key, h)
	return i >= 0, err
}

// Items returns the elements in iteration order.
func (s *Set) Items() []py.Object {
	out := make([]py.Object, 0, s.t.used)
	for _, e := range s.t.table {
		if e.key != nil && e.key != dummy {
			out = append(out, e.key)
		}
	}
	return out
}

// setHash hashes a set element; a (mutable) set is hashed as the
// equivalent frozenset, as CPython does for `in` and discard.
func setHash(key py.Object) (int64, error) {
	if s, ok := key.(*Set); ok {
		f := &FrozenSet{Set: Set{t: s.t}}
		return f.hash(), nil
	}
	return Hash(key)
}

func (f *FrozenSet) hash() int64 {
	if f.hashed {
		return f.hashCache
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range f.t.table {
		if e.key != nil && e.key != dummy {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(f.t.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	r := int64(h)
	if r == -1 {
		r = 590923713
	}
	f.hashCache, f.hashed = r, true
	return r
}

// table returns the set table of a set or frozenset.
func tableOf(o py.Object) *setTable {
	switch v := o.(type) {
	case *Set:
		return &v.t
	case *FrozenSet:
		return &v.t
	}
	return nil
}

// newLike returns an empty set of the same kind (set or frozenset) as o.
func newLike(o py.Object) (py.Object, *setTable) {
	if f, ok := o.(*FrozenSet); ok {
		n := &FrozenSet{Set: Set{typ: f.typ}}
		return n, &n.t
	}
	s := &Set{}
	if v, ok := o.(*Set); ok {
		s.typ = v.typ
	}
	return s, &s.t
}

// updateTable adds all elements of an iterable (CPython's
// set_update_internal).
func updateTable(t *setTable, other py.Object) error {
	if ot := tableOf(other); ot != nil {
		return t.merge(ot)
	}
	if d, ok := other.(*Dict); ok {
		t.init()
		if (t.fill+d.n)*5 >= t.mask()*3 {
			t.resize((t.used + d.n) * 2)
		}
		for _, k := range d.Keys() {
			h, err := Hash(k)
			if err != nil {
				return err
			}
			if err := t.add(k, h); err != nil {
				return err
			}
		}
		return nil
	}
	return iterate(other, func(k py.Object) error {
		h, err := Hash(k)
		if err != nil {
			return err
		}
		return t.add(k, h)
	})
}

// tableFromIterable returns a table for any iterable (sharing it when the
// iterable is already a set).
func tableFromIterable(o py.Object) (*setTable, error) {
	if t := tableOf(o); t != nil {
		return t, nil
	}
	t := &setTable{}
	err := updateTable(t, o)
	return t, err
}

// SetFromIterable builds a set from any iterable.
func SetFromIterable(o py.Object) (*Set, error) {
	s := NewSet()
	if err := updateTable(&s.t, o); err != nil {
		return nil, err
	}
	return s, nil
}

// FrozenSetFromIterable builds a frozenset from any iterable.
func FrozenSetFromIterable(o py.Object) (*FrozenSet, error) {
	s := NewFrozenSet()
	if err := updateTable(&s.t, o); err != nil {
		return nil, err
	}
	return s, nil
}

func setNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "set() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "set expected at most 1 argument, got %d", len(args))
	}
	s := &Set{}
	if metatype != SetType {
		s.typ = metatype
	}
	if len(args) == 1 {
		if err := updateTable(&s.t, args[0]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func frozenSetNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		if f, ok := args[0].(*FrozenSet); ok && metatype == FrozenSetType {
			return f, nil
		}
	}
	s := &FrozenSet{}
	if metatype != FrozenSetType {
		s.typ = metatype
	}
	if len(args) == 1 {
		if err := updateTable(&s.t, args[0]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func setRepr(o py.Object, t *setTable) (py.Object, error) {
	name := o.Type().Name
	if t.used == 0 {
		return py.String(name + "()"), nil
	}
	if !reprEnter(o) {
		return py.String(name + "(...)"), nil
	}
	defer reprLeave(o)
	var sb strings.Builder
	if name != "set" {
		sb.WriteString(name + "(")
	}
	sb.WriteByte('{')
	first := true
	for _, e := range t.table {
		if e.key == nil || e.key == dummy {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		s, err := ReprString(e.key)
		if err != nil {
			return nil, err
		}
		sb.WriteString(s)
	}
	sb.WriteByte('}')
	if name != "set" {
		sb.WriteByte(')')
	}
	return py.String(sb.String()), nil
}

// setIterator iterates over a set table, raising RuntimeError when the set
// changes size.
type setIterator struct {
	t    *setTable
	pos  int
	used int
}

var setIteratorType = py.NewType("set_iterator", "")

// Type returns the Python type of the object.
func (it *setIterator) Type() *py.Type { return setIteratorType }

// M__iter__ returns the iterator itself.
func (it *setIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next element.
func (it *setIterator) M__next__() (py.Object, error) {
	if it.t == nil {
		return nil, py.StopIteration
	}
	if it.t.used != it.used {
		it.t = nil
		return nil, py.ExceptionNewf(py.RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(it.t.table) {
		e := it.t.table[it.pos]
		it.pos++
		if e.key != nil && e.key != dummy {
			return e.key, nil
		}
	}
	it.t = nil
	return nil, py.StopIteration
}

// ---- operations shared by set and frozenset ----

func setIntersection(self py.Object, t *setTable, other py.Object) (py.Object, error) {
	res, rt := newLike(self)
	if ot := tableOf(other); ot != nil {
		a, b := t, ot
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.entries() {
			i, err := a.lookup(e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				if err := rt.add(e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return res, nil
	}
	err := iterate(other, func(k py.Object) error {
		h, err := setHash(k)
		if err != nil {
			return err
		}
		i, err := t.lookup(k, h)
		if err != nil || i < 0 {
			return err
		}
		return rt.add(k, h)
	})
	return res, err
}

func setDifference(self py.Object, t *setTable, other py.Object) (py.Object, error) {
	ot := tableOf(other)
	otherSize := -1
	if ot != nil {
		otherSize = ot.used
	} else if d, ok := other.(*Dict); ok {
		otherSize = d.n
	}
	if otherSize < 0 || (t.used>>2) > otherSize {
		res, rt := newLike(self)
		if err := rt.merge(t); err != nil {
			return nil, err
		}
		err := iterate(other, func(k py.Object) error {
			h, err := setHash(k)
			if err != nil {
				return err
			}
			_, err = rt.discard(k, h)
			return err
		})
		return res, err
	}
	res, rt := newLike(self)
	for _, e := range t.entries() {
		var found bool
		if ot != nil {
			i, err := ot.lookup(e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = i >= 0
		} else {
			_, ok, err := other.(*Dict).Get(e.key)
			if err != nil {
				return nil, err
			}
			found = ok
		}
		if !found {
			if err := rt.add(e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

func symDiffUpdate(t *setTable, other py.Object) error {
	ot, err := tableFromIterable(other)
	if err != nil {
		return err
	}
	if ot == t {
		t.clear()
		return nil
	}
	for _, e := range ot.entries() {
		found, err := t.discard(e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := t.add(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

func setSymDiff(self py.Object, t *setTable, other py.Object) (py.Object, error) {
	res, rt := newLike(self)
	if err := updateTable(rt, other); err != nil {
		return nil, err
	}
	if err := symDiffUpdate(rt, self); err != nil {
		return nil, err
	}
	return res, nil
}

func setUnion(self py.Object, t *setTable, others ...py.Object) (py.Object, error) {
	res, rt := newLike(self)
	if err := rt.merge(t); err != nil {
		return nil, err
	}
	for _, o := range others {
		if err := updateTable(rt, o); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// isSubset reports whether every element of a is in b.
func isSubset(a, b *setTable) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, e := range a.entries() {
		i, err := b.lookup(e.key, e.hash)
		if err != nil {
			return false, err
		}
		if i < 0 {
			return false, nil
		}
	}
	return true, nil
}

func setCompare(a *setTable, other py.Object, op int) (py.Object, error) {
	b := tableOf(other)
	if b == nil {
		if v, ok := other.(*dictView); ok && v.kind != viewValues {
			s, err := v.toSet()
			if err != nil {
				return nil, err
			}
			b = &s.t
		} else if v, ok := other.(*mappingView); ok && v.kind != viewValues {
			// a Mapping mixin's keys() or items()
			e, err := v.elems()
			if err != nil {
				return nil, err
			}
			s := NewSet()
			for _, x := range e {
				if err := s.Add(x); err != nil {
					return nil, err
				}
			}
			b = &s.t
		} else {
			if op == OpEQ {
				return py.False, nil
			}
			if op == OpNE {
				return py.True, nil
			}
			return py.NotImplemented, nil
		}
	}
	switch op {
	case OpEQ, OpNE:
		eq := a.used == b.used
		if eq {
			var err error
			eq, err = isSubset(a, b)
			if err != nil {
				return nil, err
			}
		}
		return py.NewBool(eq == (op == OpEQ)), nil
	case OpLE:
		r, err := isSubset(a, b)
		return py.NewBool(r), err
	case OpLT:
		if a.used >= b.used {
			return py.False, nil
		}
		r, err := isSubset(a, b)
		return py.NewBool(r), err
	case OpGE:
		r, err := isSubset(b, a)
		return py.NewBool(r), err
	case OpGT:
		if b.used >= a.used {
			return py.False, nil
		}
		r, err := isSubset(b, a)
		return py.NewBool(r), err
	}
	return py.NotImplemented, nil
}

// setBinop implements the operators | & - ^ for sets and frozensets.
func setBinop(self py.Object, t *setTable, other py.Object, op byte) (py.Object, error) {
	if tableOf(other) == nil {
		return py.NotImplemented, nil
	}
	switch op {
	case '|':
		return setUnion(self, t, other)
	case '&':
		return setIntersection(self, t, other)
	case '-':
		return setDifference(self, t, other)
	case '^':
		return setSymDiff(self, t, other)
	}
	return py.NotImplemented, nil
}

// M__len__ implements len(self).
func (s *Set) M__len__() (py.Object, error) { return py.Int(s.t.used), nil }

// M__bool__ implements truth testing.
func (s *Set) M__bool__() (py.Object, error) { return py.NewBool(s.t.used > 0), nil }

// M__repr__ implements repr(self).
func (s *Set) M__repr__() (py.Object, error) { return setRepr(s, &s.t) }

// M__str__ implements str(self).
func (s *Set) M__str__() (py.Object, error) { return setRepr(s, &s.t) }

// M__iter__ implements iter(self).
func (s *Set) M__iter__() (py.Object, error) { return &setIterator{t: &s.t, used: s.t.used}, nil }

// M__contains__ implements the in operator.
func (s *Set) M__contains__(k py.Object) (py.Object, error) {
	r, err := s.Contains(k)
	return py.NewBool(r), err
}

// M__or__ implements the | operator.
func (s *Set) M__or__(o py.Object) (py.Object, error) { return setBinop(s, &s.t, o, '|') }

// M__and__ implements the & operator.
func (s *Set) M__and__(o py.Object) (py.Object, error) { return setBinop(s, &s.t, o, '&') }

// M__sub__ implements the - operator.
func (s *Set) M__sub__(o py.Object) (py.Object, error) { return setBinop(s, &s.t, o, '-') }

// M__xor__ implements the ^ operator.
func (s *Set) M__xor__(o py.Object) (py.Object, error) { return setBinop(s, &s.t, o, '^') }

// M__ior__ implements |=.
func (s *Set) M__ior__(o py.Object) (py.Object, error) {
	if tableOf(o) == nil {
		return py.NotImplemented, nil
	}
	return s, updateTable(&s.t, o)
}

// M__iand__ implements &=.
func (s *Set) M__iand__(o py.Object) (py.Object, error) {
	if tableOf(o) == nil {
		return py.NotImplemented, nil
	}
	r, err := setIntersection(s, &s.t, o)
	if err != nil {
		return nil, err
	}
	s.t = r.(*Set).t
	s.t.mutations++
	return s, nil
}

// M__isub__ implements -=.
func (s *Set) M__isub__(o py.Object) (py.Object, error) {
	if tableOf(o) == nil {
		return py.NotImplemented, nil
	}
	return s, differenceUpdate(&s.t, o)
}

// M__ixor__ implements ^=.
func (s *Set) M__ixor__(o py.Object) (py.Object, error) {
	if tableOf(o) == nil {
		return py.NotImplemented, nil
	}
	return s, symDiffUpdate(&s.t, o)
}

// M__eq__ implements ==.
func (s *Set) M__eq__(o py.Object) (py.Object, error) { return setCompare(&s.t, o, OpEQ) }

// M__ne__ implements !=.
func (s *Set) M__ne__(o py.Object) (py.Object, error) { return setCompare(&s.t, o, OpNE) }

// M__lt__ implements <.
func (s *Set) M__lt__(o py.Object) (py.Object, error) { return setCompare(&s.t, o, OpLT) }

// M__le__ implements <=.
func (s *Set) M__le__(o py.Object) (py.Object, error) { return setCompare(&s.t, o, OpLE) }

// M__gt__ implements >.
func (s *Set) M__gt__(o py.Object) (py.Object, error) { return setCompare(&s.t, o, OpGT) }

// M__ge__ implements >=.
func (s *Set) M__ge__(o py.Object) (py.Object, error) { return setCompare(&s.t, o, OpGE) }

// M__repr__ implements repr(self).
func (s *FrozenSet) M__repr__() (py.Object, error) { return setRepr(s, &s.t) }

// M__str__ implements str(self).
func (s *FrozenSet) M__str__() (py.Object, error) { return setRepr(s, &s.t) }

// M__hash__ implements hash(self).
func (s *FrozenSet) M__hash__() (py.Object, error) { return py.Int(s.hash()), nil }

// M__or__ implements the | operator.
func (s *FrozenSet) M__or__(o py.Object) (py.Object, error) {
	return setBinop(s, &s.t, o, '|')
}

// M__and__ implements the & operator.
func (s *FrozenSet) M__and__(o py.Object) (py.Object, error) {
	return setBinop(s, &s.t, o, '&')
}

// M__sub__ implements the - operator.
func (s *FrozenSet) M__sub__(o py.Object) (py.Object, error) {
	return setBinop(s, &s.t, o, '-')
}

// M__xor__ implements the ^ operator.
func (s *FrozenSet) M__xor__(o py.Object) (py.Object, error) {
	return setBinop(s, &s.t, o, '^')
}

// The in-place operators of frozenset build new objects, as CPython's do.
func (s *FrozenSet) M__ior__(o py.Object) (py.Object, error) { return s.M__or__(o) }

// M__iand__ implements &=.
func (s *FrozenSet) M__iand__(o py.Object) (py.Object, error) { return s.M__and__(o) }

// M__isub__ implements -=.
func (s *FrozenSet) M__isub__(o py.Object) (py.Object, error) { return s.M__sub__(o) }

// M__ixor__ implements ^=.
func (s *FrozenSet) M__ixor__(o py.Object) (py.Object, error) { return s.M__xor__(o) }

func differenceUpdate(t *setTable, other py.Object) error {
	if ot := tableOf(other); ot == t {
		t.clear()
		return nil
	}
	return iterate(other, func(k py.Object) error {
		h, err := setHash(k)
		if err != nil {
			return err
		}
		_, err = t.discard(k, h)
		return err
	})
}
