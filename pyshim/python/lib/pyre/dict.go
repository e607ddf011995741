package pyre

import (
	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/pyobj"
)

// orderedDict builds an insertion-ordered Python dict with str keys.
func orderedDict(keys []string, vals []py.Object) py.Object {
	d := pyobj.NewDict()
	for i, k := range keys {
		d.SetStr(k, vals[i])
	}
	return d
}

// groupNamesInOrder returns the named groups in pattern order.
func (p *Pattern) groupNamesInOrder() []string {
	var names []string
	for g := 1; g <= p.Tr.Groups; g++ {
		if n := p.Tr.GroupNames[g]; n != "" {
			names = append(names, n)
		}
	}
	return names
}
