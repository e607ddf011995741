package pyobj

import (
	"github.com/go-python/gpython/py"
)

// The set table reproduces CPython's set implementation (open addressing,
// linear probes then perturbed probing, the same resize policy), so that
// iteration order equals CPython's for the same hashes and history.

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

type dummyType struct{}

func (dummyType) Type() *py.Type { return py.NoneTypeType }

var dummy py.Object = &dummyType{}

type setEntry struct {
	key  py.Object
	hash int64
}

type setTable struct {
	table  []setEntry
	fill   int
	used   int
	finger int
	// mutations counts changes of size, for iterators.
	mutations int
}

func (s *setTable) init() {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
}

func (s *setTable) mask() int { return len(s.table) - 1 }

func keysEqual(a, b py.Object) (bool, error) {
	if x, ok := a.(py.String); ok {
		if y, ok := b.(py.String); ok {
			return x == y, nil
		}
	}
	return Equal(a, b)
}

// lookup returns the index of key in the table, or -1.
func (s *setTable) lookup(key py.Object, hash int64) (int, error) {
	if s.used == 0 {
		return -1, nil
	}
	mask := uint64(s.mask())
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == hash && e.key != dummy {
				eq, err := keysEqual(e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(j), nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// add inserts key (with its hash) unless an equal key is present.
func (s *setTable) add(key py.Object, hash int64) error {
	s.init()
	mask := uint64(s.mask())
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.key == nil {
				if free >= 0 {
					s.used++
					s.mutations++
					s.table[free] = setEntry{key, hash}
					return nil
				}
				s.fill++
				s.used++
				s.mutations++
				*e = setEntry{key, hash}
				if s.fill*5 < int(mask)*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == hash && e.key != dummy {
				eq, err := keysEqual(e.key, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
			} else if e.key == dummy {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func insertClean(table []setEntry, key py.Object, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, hash}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if table[i+j].key == nil {
					table[i+j] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *setTable) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	s.table = make([]setEntry, newsize)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != dummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
}

// discard removes key, reporting whether it was present.
func (s *setTable) discard(key py.Object, hash int64) (bool, error) {
	i, err := s.lookup(key, hash)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{dummy, -1}
	s.used--
	s.mutations++
	return true, nil
}

// merge adds every entry of other (CPython's set_merge).
func (s *setTable) merge(other *setTable) error {
	if other == s || other.used == 0 {
		return nil
	}
	s.init()
	if (s.fill+other.used)*5 >= s.mask()*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && s.mask() == other.mask() && other.fill == other.used {
		for i, e := range other.table {
			if e.key != nil {
				s.table[i] = e
			}
		}
		s.fill, s.used = other.fill, other.used
		s.mutations++
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = other.used, other.used
		s.mutations++
		for _, e := range other.table {
			if e.key != nil && e.key != dummy {
				insertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range other.table {
		if e.key != nil && e.key != dummy {
			if err := s.add(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *setTable) clear() {
	s.table = nil
	s.fill, s.used, s.finger = 0, 0, 0
	s.mutations++
}

// entries returns the active entries in table order.
func (s *setTable) entries() []setEntry {
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != dummy {
			out = append(out, e)
		}
	}
	return out
}

func (s *setTable) pop() (py.Object, bool) {
	if s.used == 0 {
		return nil, false
	}
	i := s.finger & s.mask()
	for s.table[i].key == nil || s.table[i].key == dummy {
		i++
		if i > s.mask() {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{dummy, -1}
	s.used--
	s.mutations++
	s.finger = i + 1
	return key, true
}
