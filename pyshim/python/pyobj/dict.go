package pyobj

import (
	"strings"
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

type dictEntry struct {
	key, val py.Object
	hash     int64
}

// Item is one key/value pair of a Dict.
type Item struct {
	Key, Value py.Object
}

// Index slots of a Dict's hash table.
const (
	slotEmpty   = -1
	slotDeleted = -2
)

// Dict is Python's dict: any hashable key, insertion order, CPython's
// methods and errors. Like CPython's it is a compact table: the entries in
// insertion order, and an open-addressing index (CPython's probe sequence)
// into them. The zero value is not usable; call NewDict.
type Dict struct {
	typ   *py.Type
	ents  []dictEntry // a nil key marks a deleted entry
	index []int32     // slot -> entry index, slotEmpty or slotDeleted
	n     int
	// mutations counts insertions and deletions, for iterators.
	mutations int

	// Factory is the default_factory of a defaultdict (nil otherwise).
	Factory py.Object
	// attrs holds instance attributes of script-defined subclasses.
	attrs py.StringDict
}

// NewDict returns a new empty dict.
func NewDict() *Dict {
	return &Dict{typ: DictType}
}

// newDictOfType returns an empty dict whose Python type is t (a subtype of
// dict such as OrderedDict).
func newDictOfType(t *py.Type) *Dict {
	return &Dict{typ: t}
}

// DictFromStringDict returns a new dict holding sd's items in the pending
// keyword order when it names every key (see KwOrderOf), else with keys
// sorted (a py.StringDict has no order).
func DictFromStringDict(sd py.StringDict) *Dict {
	d := NewDict()
	if len(sd) == 0 {
		return d
	}
	d.ents = make([]dictEntry, 0, len(sd))
	d.resize(len(sd))
	if keys := registeredOrder(sd); keys != nil {
		for _, k := range keys {
			d.setStr(k, sd[k])
		}
		return d
	}
	if o := pendingKw.Load(); o != nil && len(o.Keys) >= len(sd) {
		n := 0
		for _, k := range o.Keys {
			if _, ok := sd[k]; ok {
				n++
			}
		}
		if n == len(sd) {
			boxed := len(o.Objs) == len(o.Keys)
			for i, k := range o.Keys {
				if v, ok := sd[k]; ok {
					if boxed {
						_ = d.SetItem(o.Objs[i], v)
					} else {
						d.setStr(k, v)
					}
				}
			}
			return d
		}
	}
	for _, k := range sortedKeys(sd) {
		d.setStr(k, sd[k])
	}
	return d
}

// Type returns the Python type of d.
func (d *Dict) Type() *py.Type {
	if d.typ == nil {
		return DictType
	}
	return d.typ
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.n }

// keyHash hashes a key, with fast paths for str and int.
func keyHash(key py.Object) (int64, error) {
	switch k := key.(type) {
	case py.String:
		return hashString(string(k)), nil
	case py.Int:
		return hashInt64(int64(k)), nil
	}
	return Hash(key)
}

// find returns the entry index of key (hash h) and its slot, or -1 and the
// slot where it would be inserted.
func (d *Dict) find(key py.Object, h int64) (int, int, error) {
	if d.index == nil {
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free := -1
	for {
		ix := d.index[i]
		switch {
		case ix == slotEmpty:
			if free < 0 {
				free = int(i)
			}
			return -1, free, nil
		case ix == slotDeleted:
			if free < 0 {
				free = int(i)
			}
		default:
			e := &d.ents[ix]
			if e.hash == h {
				if Identical(e.key, key) {
					return int(ix), int(i), nil
				}
				eq, err := keysEqual(e.key, key)
				if err != nil {
					return -1, -1, err
				}
				if eq {
					return int(ix), int(i), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// lookup returns the entry index of key, or -1, and the key's hash.
func (d *Dict) lookup(key py.Object) (idx int, h int64, err error) {
	h, err = keyHash(key)
	if err != nil {
		return -1, 0, err
	}
	idx, _, err = d.find(key, h)
	return idx, h, err
}

// resize rebuilds the index for at least minUsed entries, dropping deleted
// entries.
func (d *Dict) resize(minUsed int) {
	size := 8
	for size*2 < minUsed*3 {
		size <<= 1
	}
	if d.n < len(d.ents) {
		live := make([]dictEntry, 0, size*2/3+1)
		for _, e := range d.ents {
			if e.key != nil {
				live = append(live, e)
			}
		}
		d.ents = live
		d.mutations++
	}
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = slotEmpty
	}
	mask := uint64(size - 1)
	for ix, e := range d.ents {
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.index[i] != slotEmpty {
			perturb >>= perturbShift
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(ix)
	}
}

// insertNew appends a key known to be absent.
func (d *Dict) insertNew(key, value py.Object, h int64) {
	if d.index == nil || (len(d.ents)+1)*3 > len(d.index)*2 {
		d.resize(d.n + 1)
	}
	_, slot, _ := d.find(key, h)
	if slot < 0 {
		d.resize(d.n + 1)
		_, slot, _ = d.find(key, h)
	}
	d.index[slot] = int32(len(d.ents))
	d.ents = append(d.ents, dictEntry{key, value, h})
	d.n++
	d.mutations++
}

func (d *Dict) setStr(k string, v py.Object) {
	_ = d.SetItem(py.String(k), v)
}

// SetItem sets d[key] = value. It fails only for unhashable keys.
func (d *Dict) SetItem(key, value py.Object) error {
	h, err := keyHash(key)
	if err != nil {
		return err
	}
	ix, slot, err := d.find(key, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.ents[ix].val = value
		return nil
	}
	if slot >= 0 && (len(d.ents)+1)*3 <= len(d.index)*2 {
		d.index[slot] = int32(len(d.ents))
		d.ents = append(d.ents, dictEntry{key, value, h})
		d.n++
		d.mutations++
		return nil
	}
	d.insertNew(key, value, h)
	return nil
}

// Get returns d[key] and whether it is present.
func (d *Dict) Get(key py.Object) (py.Object, bool, error) {
	if d.n == 0 {
		if _, err := keyHash(key); err != nil {
			return nil, false, err
		}
		return nil, false, nil
	}
	ix, _, err := d.lookup(key)
	if err != nil || ix < 0 {
		return nil, false, err
	}
	return d.ents[ix].val, true, nil
}

// GetStr returns d[key] for a string key.
func (d *Dict) GetStr(key string) (py.Object, bool) {
	v, ok, _ := d.Get(py.String(key))
	return v, ok
}

// SetStr sets d[key] = value for a string key.
func (d *Dict) SetStr(key string, value py.Object) { d.setStr(key, value) }

// GetItem returns d[key], raising KeyError(key) when it is missing.
func (d *Dict) GetItem(key py.Object) (py.Object, error) {
	v, ok, err := d.Get(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return v, nil
}

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(key py.Object) (bool, error) {
	i, _, err := d.lookup(key)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeAt(i)
	return true, nil
}

// removeAt deletes entry i (its hash is read from the entry).
func (d *Dict) removeAt(i int) {
	h := d.ents[i].hash
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	s := uint64(h) & mask
	for d.index[s] != int32(i) {
		perturb >>= perturbShift
		s = (s*5 + perturb + 1) & mask
	}
	d.index[s] = slotDeleted
	d.ents[i] = dictEntry{}
	d.n--
	d.mutations++
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.ents, d.index = nil, nil
	d.n = 0
	d.mutations++
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []py.Object {
	out := make([]py.Object, 0, d.n)
	for i := range d.ents {
		k := d.ents[i].key
		if k != nil {
			out = append(out, k)
		}
	}
	return out
}

// Values returns the values in insertion order.
func (d *Dict) Values() []py.Object {
	out := make([]py.Object, 0, d.n)
	for i := range d.ents {
		k := d.ents[i].key
		if k != nil {
			out = append(out, d.ents[i].val)
		}
	}
	return out
}

// Items returns the items in insertion order.
func (d *Dict) Items() []Item {
	out := make([]Item, 0, d.n)
	for i := range d.ents {
		k := d.ents[i].key
		if k != nil {
			out = append(out, Item{k, d.ents[i].val})
		}
	}
	return out
}

// Copy returns a shallow copy of d with the same Python type.
func (d *Dict) Copy() *Dict {
	e := &Dict{typ: d.typ, Factory: d.Factory}
	for _, x := range d.ents {
		if x.key != nil {
			e.insertNew(x.key, x.val, x.hash)
		}
	}
	return e
}

// ToStringDict converts d to a py.StringDict (for **kwargs). Non-string
// keys raise TypeError("keywords must be strings").
func (d *Dict) ToStringDict() (py.StringDict, error) {
	sd := make(py.StringDict, d.n)
	for i := range d.ents {
		k := d.ents[i].key
		if k == nil {
			continue
		}
		s, ok := k.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		sd[string(s)] = d.ents[i].val
	}
	return sd, nil
}

// ToStringDict converts any mapping (Dict, py.StringDict, or an object with
// keys() and __getitem__) to a py.StringDict, as needed for f(**m).
func ToStringDict(m py.Object) (py.StringDict, error) {
	switch v := m.(type) {
	case py.StringDict:
		return v, nil
	case *Dict:
		return v.ToStringDict()
	}
	d := NewDict()
	if err := d.update(m); err != nil {
		if py.IsException(py.TypeError, err) {
			return nil, py.ExceptionNewf(py.TypeError, "argument after ** must be a mapping, not %s", m.Type().Name)
		}
		return nil, err
	}
	return d.ToStringDict()
}

func keyError(key py.Object) error {
	return &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
}

// update merges a mapping or an iterable of pairs into d (dict.update).
func (d *Dict) update(arg py.Object) error {
	switch m := arg.(type) {
	case *Dict:
		if m == d {
			return nil
		}
		for i := range m.ents {
			k := m.ents[i].key
			if k != nil {
				if err := d.SetItem(k, m.ents[i].val); err != nil {
					return err
				}
			}
		}
		return nil
	case py.StringDict:
		for _, k := range sortedKeys(m) {
			d.setStr(k, m[k])
		}
		return nil
	}
	if keysFn, err := py.GetAttrString(arg, "keys"); err == nil {
		keys, err := py.Call(keysFn, nil, nil)
		if err != nil {
			return err
		}
		return iterate(keys, func(k py.Object) error {
			v, err := py.GetItem(arg, k)
			if err != nil {
				return err
			}
			return d.SetItem(k, v)
		})
	}
	if _, err := py.Iter(arg); err != nil {
		return py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", arg.Type().Name)
	}
	n := 0
	return iterate(arg, func(item py.Object) error {
		var pair []py.Object
		switch p := item.(type) {
		case py.Tuple:
			pair = p
		case *py.List:
			pair = p.Items
		default:
			if _, err := py.Iter(item); err != nil {
				return py.ExceptionNewf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			t, err := py.SequenceTuple(item)
			if err != nil {
				return err
			}
			pair = t
		}
		if len(pair) != 2 {
			return py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		n++
		return d.SetItem(pair[0], pair[1])
	})
}

// iterate calls fn for each item of an iterable, stopping at fn's error.
func iterate(obj py.Object, fn func(py.Object) error) error {
	switch v := obj.(type) {
	case py.Tuple:
		for _, x := range v {
			if err := fn(x); err != nil {
				return err
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(v.Items); i++ {
			if err := fn(v.Items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := py.Iter(obj)
	if err != nil {
		return err
	}
	for {
		x, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil
			}
			return err
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// toSlice collects an iterable into a Go slice.
func toSlice(obj py.Object) ([]py.Object, error) {
	switch v := obj.(type) {
	case py.Tuple:
		return v, nil
	case *py.List:
		return v.Items, nil
	}
	var out []py.Object
	err := iterate(obj, func(x py.Object) error {
		out = append(out, x)
		return nil
	})
	return out, err
}

// sortedKeys returns sd's keys in the keyword order of the call in
// progress (see PushKwOrder) when that order names every key, else sorted:
// a py.StringDict (how gpython passes keyword arguments) has no order.
func sortedKeys(sd py.StringDict) []string {
	if keys := KwOrderOf(sd); keys != nil {
		return keys
	}
	if keys := registeredOrder(sd); keys != nil {
		return keys
	}
	keys := make([]string, 0, len(sd))
	for k := range sd {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

// reprDict writes the repr of a dict body ({k: v, ...}).
func (d *Dict) reprBody(sb *strings.Builder) error {
	sb.WriteByte('{')
	first := true
	for i := range d.ents {
		k := d.ents[i].key
		if k == nil {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		ks, err := ReprString(k)
		if err != nil {
			return err
		}
		sb.WriteString(ks)
		sb.WriteString(": ")
		vs, err := ReprString(d.ents[i].val)
		if err != nil {
			return err
		}
		sb.WriteString(vs)
	}
	sb.WriteByte('}')
	return nil
}

// KwOrder is the source order of the keyword arguments of a call in
// progress. gpython passes keyword arguments as a py.StringDict (a Go map),
// which has no order; the bytecode layer records the order of each call
// with two or more keywords here for the duration of the call, and
// everything that turns keyword arguments back into an ordered dict (a
// function's **kwargs, dict(...), dict.update(...), OrderedDict(...),
// namedtuple keyword construction) reads it through KwOrderOf.
type KwOrder struct {
	Keys []string
	// Objs, when not nil, holds the keys as Python strings (parallel to
	// Keys), so that dicts built in this order need not box them again.
	Objs []py.Object
	buf  [6]string
	obuf [6]py.Object
}

// pendingKw is the order of the innermost call in progress, or nil.
var pendingKw atomic.Pointer[KwOrder]

// NewKwOrder returns an empty order with room for n keys.
func NewKwOrder(n int) *KwOrder {
	o := &KwOrder{}
	if n <= len(o.buf) {
		o.Keys, o.Objs = o.buf[:0], o.obuf[:0]
	} else {
		o.Keys, o.Objs = make([]string, 0, n), make([]py.Object, 0, n)
	}
	return o
}

// PushKwOrder makes o the pending keyword order and returns the previous
// one, which the caller restores with PopKwOrder when the call returns.
func PushKwOrder(o *KwOrder) *KwOrder {
	return pendingKw.Swap(o)
}

// PopKwOrder restores the pending order returned by PushKwOrder.
func PopKwOrder(prev *KwOrder) {
	pendingKw.Store(prev)
}

// KwOrderOf returns the keys of sd in the pending keyword order when that
// order names every key of sd (sd holds the keyword arguments of the call
// in progress, or those left over after named parameters took theirs), and
// nil otherwise.
func KwOrderOf(sd py.StringDict) []string {
	if len(sd) == 0 {
		return nil
	}
	o := pendingKw.Load()
	if o == nil || len(o.Keys) < len(sd) {
		return nil
	}
	keys := make([]string, 0, len(sd))
	for _, k := range o.Keys {
		if _, ok := sd[k]; ok {
			keys = append(keys, k)
		}
	}
	if len(keys) != len(sd) {
		return nil
	}
	return keys
}

// CallKw calls fn(*args, **kwargs) with the keyword arguments in the order
// of keys (which must name each key of kwargs once), so that fn's
// **kwargs and dicts it builds from them keep that order. Go code that
// forwards ordered keyword arguments (functools.partial and the like)
// calls this instead of py.Call.
func CallKw(fn py.Object, args py.Tuple, kwargs py.StringDict, keys []string) (py.Object, error) {
	if len(keys) < 2 {
		return py.Call(fn, args, kwargs)
	}
	prev := PushKwOrder(&KwOrder{Keys: keys})
	r, err := py.Call(fn, args, kwargs)
	PopKwOrder(prev)
	return r, err
}

// CallDictKw calls fn(*args, **kw) for an ordered dict kw with string keys,
// keeping its order. A non-string key is CPython's TypeError.
func CallDictKw(fn py.Object, args py.Tuple, kw *Dict) (py.Object, error) {
	sd := make(py.StringDict, kw.Len())
	keys := make([]string, 0, kw.Len())
	for i := range kw.ents {
		k := kw.ents[i].key
		if k == nil {
			continue
		}
		s, ok := k.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		sd[string(s)] = kw.ents[i].val
		keys = append(keys, string(s))
	}
	return CallKw(fn, args, sd, keys)
}
