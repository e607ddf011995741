package python

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowikibot/gowikibot/pyshim/python/prepass"
)

// The pre-pass puts a def's keyword-only parameters with defaults before
// those without (gpython v0.2.0's compiler pairs the keyword-only defaults
// with the first keyword-only names; see package upstream's index under
// prepass), which also reordered them in co_varnames, and so in
// inspect.signature: def f(a, *, bar, baz='') had the parameters
// (a, baz, bar). restoreKwOnlyOrder puts the names back in source order
// in each such code object, renumbering its local variable operands
// (LOAD_FAST, STORE_FAST, DELETE_FAST) and its cell-to-argument map;
// keyword arguments and __kwdefaults__ are matched by name, so calls are
// unchanged.

// Opcodes of gpython's VM (vm/opcodes.go) that take a local variable index.
const (
	opLoadFastKw   = 124
	opStoreFastKw  = 125
	opDeleteFastKw = 126
	opHaveArgKw    = 90
	opExtArgKw     = 144
)

// restoreKwOnlyOrder restores the keyword-only parameter order of the
// function code objects in code that defs (the pre-pass's) records as
// reordered.
func restoreKwOnlyOrder(code *py.Code, defs []prepass.Def) {
	byName := map[string][]*prepass.Def{}
	for i := range defs {
		if defs[i].KwOnly != nil {
			byName[defs[i].Name] = append(byName[defs[i].Name], &defs[i])
		}
	}
	if len(byName) == 0 {
		return
	}
	var walk func(c *py.Code)
	walk = func(c *py.Code) {
		for _, k := range c.Consts {
			sub, ok := k.(*py.Code)
			if !ok {
				continue
			}
			if cands := byName[sub.Name]; len(cands) > 0 && !strings.HasPrefix(sub.Name, "<") {
				for _, d := range cands {
					if reorderKwOnly(sub, d.KwOnly) {
						break
					}
				}
			}
			walk(sub)
		}
	}
	walk(code)
}

// reorderKwOnly puts c's keyword-only names in the order of names when
// they are the same set, and reports whether it did.
func reorderKwOnly(c *py.Code, names []string) bool {
	a, k := int(c.Argcount), int(c.Kwonlyargcount)
	if k != len(names) || a+k > len(c.Varnames) {
		return false
	}
	cur := c.Varnames[a : a+k]
	at := map[string]int{}
	for i, n := range cur {
		at[n] = a + i
	}
	perm := map[int]int{} // old index -> new index
	for i, n := range names {
		old, ok := at[n]
		if !ok {
			return false
		}
		perm[old] = a + i
	}
	raw := []byte(c.Code)
	for i := 0; i < len(raw); {
		op := raw[i]
		if op < opHaveArgKw {
			i++
			continue
		}
		if i+2 >= len(raw) || op == opExtArgKw {
			return false // an operand beyond 16 bits: leave the code as it is
		}
		if op == opLoadFastKw || op == opStoreFastKw || op == opDeleteFastKw {
			if n, ok := perm[int(raw[i+1])|int(raw[i+2])<<8]; ok {
				raw[i+1], raw[i+2] = byte(n), byte(n>>8)
			}
		}
		i += 3
	}
	c.Code = string(raw)
	copy(cur, names)
	for i, v := range c.Cell2arg {
		if n, ok := perm[int(v)]; ok && v != 255 {
			c.Cell2arg[i] = byte(n)
		}
	}
	return true
}
