package pyobj

import (
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/go-python/gpython/py"
)

// NamedTuple is an instance of a class made by collections.namedtuple.
type NamedTuple struct {
	typ   *py.Type
	Items py.Tuple
}

// Type returns the namedtuple class.
func (n *NamedTuple) Type() *py.Type { return n.typ }

type ntInfo struct {
	fields   []string
	defaults py.Tuple
}

var pyKeywords = map[string]bool{"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true, "await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true, "else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true, "import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r)) {
			continue
		}
		return false
	}
	return true
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
func namedtupleFactory(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var typename, fieldNames py.Object
	var rename py.Object = py.False
	var defaults, module py.Object = py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|$OOO:namedtuple", []string{"typename", "field_names", "rename", "defaults", "module"}, &typename, &fieldNames, &rename, &defaults, &module); err != nil {
		return nil, err
	}
	name, ok := typename.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "typename must be a string")
	}
	var fields []string
	if s, ok := fieldNames.(py.String); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		items, err := toSlice(fieldNames)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, err := StrString(it)
			if err != nil {
				return nil, err
			}
			fields = append(fields, s)
		}
	}
	doRename, err := truth(rename)
	if err != nil {
		return nil, err
	}
	if doRename {
		seen := map[string]bool{}
		for i, f := range fields {
			if !isIdentifier(f) || pyKeywords[f] || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = "_" + strconv.Itoa(i)
			}
			seen[fields[i]] = true
		}
	}
	for _, n := range append([]string{string(name)}, fields...) {
		if !isIdentifier(n) {
			return nil, py.ExceptionNewf(py.ValueError, "Type names and field names must be valid identifiers: %s", pyQuote(n))
		}
		if pyKeywords[n] {
			return nil, py.ExceptionNewf(py.ValueError, "Type names and field names cannot be a keyword: %s", pyQuote(n))
		}
	}
	seen := map[string]bool{}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !doRename {
			return nil, py.ExceptionNewf(py.ValueError, "Field names cannot start with an underscore: %s", pyQuote(f))
		}
		if seen[f] {
			return nil, py.ExceptionNewf(py.ValueError, "Encountered duplicate field name: %s", pyQuote(f))
		}
		seen[f] = true
	}
	info := &ntInfo{fields: fields}
	if defaults != py.None {
		d, err := toSlice(defaults)
		if err != nil {
			return nil, err
		}
		if len(d) > len(fields) {
			return nil, py.ExceptionNewf(py.TypeError, "Got more default values than field names")
		}
		info.defaults = append(py.Tuple(nil), d...)
	}
	return newNamedTupleType(string(name), info), nil
}

func pyQuote(s string) string {
	r, _ := py.ReprAsString(py.String(s))
	return r
}

func newNamedTupleType(name string, info *ntInfo) *py.Type {
	t := newSubtype(py.TupleType, name, name+"("+strings.Join(info.fields, ", ")+")", true)
	namedTupleTypes.Store(t, true)
	t.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		items, err := ntBind(name, info, args, kwargs)
		if err != nil {
			return nil, err
		}
		return &NamedTuple{typ: metatype, Items: items}, nil
	}
	fieldTuple := make(py.Tuple, len(info.fields))
	for i, f := range info.fields {
		fieldTuple[i] = py.String(f)
		idx := i
		t.Dict[f] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				n, ok := self.(*NamedTuple)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor for '%s' objects doesn't apply to a '%s' object", name, self.Type().Name)
				}
				return n.Items[idx], nil
			},
			Fset: func(self, value py.Object) error {
				return py.ExceptionNewf(py.AttributeError, "can't set attribute")
			},
			Doc: "Alias for field number " + strconv.Itoa(i),
		}
	}
	t.Dict["_fields"] = fieldTuple
	fd := NewDict()
	nd := len(info.defaults)
	for i, v := range info.defaults {
		fd.SetStr(info.fields[len(info.fields)-nd+i], v)
	}
	t.Dict["_field_defaults"] = fd
	t.Dict["__slots__"] = py.Tuple{}
	t.Dict["_make"] = py.MustNewMethod("_make", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 0 {
			if _, ok := args[0].(*py.Type); ok && len(args) == 2 {
				args = args[1:]
			}
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "_make() takes exactly one argument (%d given)", len(args))
		}
		items, err := toSlice(args[0])
		if err != nil {
			return nil, err
		}
		if len(items) != len(info.fields) {
			return nil, py.ExceptionNewf(py.TypeError, "Expected %d arguments, got %d", len(info.fields), len(items))
		}
		return &NamedTuple{typ: t, Items: append(py.Tuple(nil), items...)}, nil
	}, 0, "Make a new object from a sequence or iterable")
	self := func(self py.Object, args py.Tuple) (*NamedTuple, py.Tuple, error) {
		if n, ok := self.(*NamedTuple); ok {
			return n, args, nil
		}
		if len(args) > 0 {
			if n, ok := args[0].(*NamedTuple); ok {
				return n, args[1:], nil
			}
		}
		return nil, nil, py.ExceptionNewf(py.TypeError, "method needs a %s instance", name)
	}
	t.Dict["_replace"] = py.MustNewMethod("_replace", func(s py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		n, args, err := self(s, args)
		if err != nil {
			return nil, err
		}
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s._replace() takes 1 positional argument but %d were given", name, len(args)+1)
		}
		items := append(py.Tuple(nil), n.Items...)
		var bad []string
		for _, k := range sortedKeys(kwargs) {
			found := false
			for i, f := range info.fields {
				if f == k {
					items[i] = kwargs[k]
					found = true
				}
			}
			if !found {
				bad = append(bad, pyQuote(k))
			}
		}
		if len(bad) > 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Got unexpected field names: [%s]", strings.Join(bad, ", "))
		}
		return &NamedTuple{typ: n.typ, Items: items}, nil
	}, 0, "Return a new namedtuple object replacing specified fields with new values")
	t.Dict["_asdict"] = py.MustNewMethod("_asdict", func(s py.Object, args py.Tuple) (py.Object, error) {
		n, _, err := self(s, args)
		if err != nil {
			return nil, err
		}
		d := NewDict()
		for i, f := range info.fields {
			d.SetStr(f, n.Items[i])
		}
		return d, nil
	}, 0, "Return a new dict which maps field names to their values.")
	t.Dict["count"] = py.MustNewMethod("count", func(s py.Object, args py.Tuple) (py.Object, error) {
		n, args, err := self(s, args)
		if err != nil {
			return nil, err
		}
		if err := argCount("count", args, 1, 1); err != nil {
			return nil, err
		}
		c := 0
		for _, x := range n.Items {
			eq, err := Equal(x, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				c++
			}
		}
		return py.Int(c), nil
	}, 0, "Return number of occurrences of value.")
	t.Dict["index"] = py.MustNewMethod("index", func(s py.Object, args py.Tuple) (py.Object, error) {
		n, args, err := self(s, args)
		if err != nil {
			return nil, err
		}
		if err := argCount("index", args, 1, 1); err != nil {
			return nil, err
		}
		for i, x := range n.Items {
			eq, err := Equal(x, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return py.Int(i), nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
	}, 0, "Return first index of value.")
	return t
}

func ntBind(name string, info *ntInfo, args py.Tuple, kwargs py.StringDict) (py.Tuple, error) {
	nf := len(info.fields)
	if len(args) > nf {
		if nd := len(info.defaults); nd > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() takes from %d to %d positional arguments but %d were given", name, nf-nd+1, nf+1, len(args)+1)
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() takes %d positional arguments but %d were given", name, nf+1, len(args)+1)
	}
	items := make(py.Tuple, nf)
	copy(items, args)
	for _, k := range sortedKeys(kwargs) {
		idx := -1
		for i, f := range info.fields {
			if f == k {
				idx = i
			}
		}
		if idx < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() got an unexpected keyword argument '%s'", name, k)
		}
		if idx < len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() got multiple values for argument '%s'", name, k)
		}
		items[idx] = kwargs[k]
	}
	nd := len(info.defaults)
	var missing []string
	for i := range items {
		if items[i] == nil {
			if j := i - (nf - nd); j >= 0 {
				items[i] = info.defaults[j]
			} else {
				missing = append(missing, "'"+info.fields[i]+"'")
			}
		}
	}
	if len(missing) > 0 {
		var list string
		switch len(missing) {
		case 1:
			list = missing[0]
		case 2:
			list = missing[0] + " and " + missing[1]
		default:
			list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), list)
	}
	return items, nil
}

func (n *NamedTuple) info() []string {
	f, _ := n.typ.Lookup("_fields").(py.Tuple)
	out := make([]string, len(f))
	for i, x := range f {
		out[i] = string(x.(py.String))
	}
	return out
}

// M__repr__ returns Name(field=value, ...).
func (n *NamedTuple) M__repr__() (py.Object, error) {
	if !reprEnter(n) {
		return py.String("..."), nil
	}
	defer reprLeave(n)
	fields := n.info()
	var sb strings.Builder
	sb.WriteString(n.typ.Name + "(")
	for i, x := range n.Items {
		if i > 0 {
			sb.WriteString(", ")
		}
		if i < len(fields) {
			sb.WriteString(fields[i] + "=")
		}
		s, err := ReprString(x)
		if err != nil {
			return nil, err
		}
		sb.WriteString(s)
	}
	sb.WriteByte(')')
	return py.String(sb.String()), nil
}

// M__str__ is repr.
func (n *NamedTuple) M__str__() (py.Object, error) { return n.M__repr__() }

// M__len__ returns the number of fields.
func (n *NamedTuple) M__len__() (py.Object, error) { return py.Int(len(n.Items)), nil }

// M__bool__ reports whether there are fields.
func (n *NamedTuple) M__bool__() (py.Object, error) { return py.NewBool(len(n.Items) > 0), nil }

// M__iter__ iterates over the values.
func (n *NamedTuple) M__iter__() (py.Object, error) { return py.NewIterator(n.Items), nil }

// M__getitem__ indexes or slices like a tuple.
func (n *NamedTuple) M__getitem__(key py.Object) (py.Object, error) { return n.Items.M__getitem__(key) }

// M__contains__ implements `x in nt`.
func (n *NamedTuple) M__contains__(x py.Object) (py.Object, error) {
	for _, it := range n.Items {
		eq, err := Equal(it, x)
		if err != nil {
			return nil, err
		}
		if eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

// M__hash__ hashes like the equal tuple.
func (n *NamedTuple) M__hash__() (py.Object, error) {
	h, err := hashTuple(n.Items)
	return py.Int(h), err
}

// M__add__ concatenates into a plain tuple.
func (n *NamedTuple) M__add__(other py.Object) (py.Object, error) {
	if t, ok := asTuple(other); ok {
		return append(append(py.Tuple(nil), n.Items...), t...), nil
	}
	return py.NotImplemented, nil
}

func asTuple(o py.Object) (py.Tuple, bool) {
	switch v := o.(type) {
	case py.Tuple:
		return v, true
	case *NamedTuple:
		return v.Items, true
	}
	return nil, false
}

func (n *NamedTuple) cmp(other py.Object, op int) (py.Object, error) {
	t, ok := asTuple(other)
	if !ok {
		if op == OpEQ || op == OpNE {
			return py.NewBool(op == OpNE), nil
		}
		return py.NotImplemented, nil
	}
	return seqCompare(n.Items, t, op)
}

// Comparison operators compare as tuples.
func (n *NamedTuple) M__eq__(o py.Object) (py.Object, error) { return n.cmp(o, OpEQ) }

// M__ne__ implements !=.
func (n *NamedTuple) M__ne__(o py.Object) (py.Object, error) { return n.cmp(o, OpNE) }

// M__lt__ implements <.
func (n *NamedTuple) M__lt__(o py.Object) (py.Object, error) { return n.cmp(o, OpLT) }

// M__le__ implements <=.
func (n *NamedTuple) M__le__(o py.Object) (py.Object, error) { return n.cmp(o, OpLE) }

// M__gt__ implements >.
func (n *NamedTuple) M__gt__(o py.Object) (py.Object, error) { return n.cmp(o, OpGT) }

// M__ge__ implements >=.
func (n *NamedTuple) M__ge__(o py.Object) (py.Object, error) { return n.cmp(o, OpGE) }

// NewNamedTupleType returns a new namedtuple class, as
// collections.namedtuple(name, fields, defaults=defaults) does (the
// names are not validated). typing.NamedTuple can build on it.
func NewNamedTupleType(name string, fields []string, defaults py.Tuple) *py.Type {
	return newNamedTupleType(name, &ntInfo{fields: append([]string(nil), fields...), defaults: defaults})
}

// namedTupleTypes holds the classes namedtuple made: classes made at run
// time, whose attributes a program may set (Point.__doc__ = '...'), as on
// CPython's heap types (they are not marked as heap types here, which would
// change how the class layer builds their subclasses).
var namedTupleTypes sync.Map

// IsNamedTupleType reports whether t was made by collections.namedtuple.
func IsNamedTupleType(t *py.Type) bool {
	_, ok := namedTupleTypes.Load(t)
	return ok
}
