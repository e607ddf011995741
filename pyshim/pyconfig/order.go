package pyconfig

import (
	"sort"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gowikibot/gowikibot/pyshim/python"
)

// Binding order of a user-config.py's names.
//
// pywikibot warns about the names user-config.py adds in the order its
// exec namespace holds them, a CPython dict keeping the order in which
// the file first bound them. Workaround for gpython v0.2.0: a module's
// globals are a py.StringDict, a Go map, which keeps no order. The order
// is read from the compiled code instead: the module code's STORE_NAME
// instructions in bytecode order (the source order of the assignments,
// imports, defs and loop targets), then the STORE_GLOBAL of the functions
// it defines (a name a function binds with `global` when it is called).
// Names bound some other way (`from x import *`) come last, sorted.

// orderedGlobals returns the names of g, those of added (the names the
// file added to the namespace) first in binding order. The file is
// compiled again only when it added two names or more, so that a file
// setting only pywikibot's variables costs nothing more.
func orderedGlobals(interp *python.Interp, src, path string, g py.StringDict, added []string) []string {
	names := make([]string, 0, len(g))
	for name := range g {
		names = append(names, name)
	}
	sort.Strings(names)
	if len(added) < 2 {
		return names
	}
	var codes []*py.Code
	if len(src) < chunkMinSize {
		code, err := interp.Compile(src, path)
		if err != nil {
			return names
		}
		codes = append(codes, code)
	} else {
		starts := topLevelStarts(src, chunkSize)
		for i, start := range starts {
			end := len(src)
			if i+1 < len(starts) {
				end = starts[i+1]
			}
			code, err := interp.Compile(src[start:end], path)
			if err != nil {
				return names
			}
			codes = append(codes, code)
		}
	}
	rank := map[string]int{}
	note := func(name string) {
		if _, seen := rank[name]; !seen {
			rank[name] = len(rank)
		}
	}
	for _, code := range codes {
		storedNames(code, vm.STORE_NAME, note)
	}
	var nested func(code *py.Code)
	nested = func(code *py.Code) {
		for _, c := range code.Consts {
			if sub, ok := c.(*py.Code); ok {
				storedNames(sub, vm.STORE_GLOBAL, note)
				nested(sub)
			}
		}
	}
	for _, code := range codes {
		nested(code)
	}
	isAdded := map[string]bool{}
	for _, n := range added {
		isAdded[n] = true
	}
	key := func(name string) int {
		if !isAdded[name] {
			return -1
		}
		if r, ok := rank[name]; ok {
			return r
		}
		return len(rank)
	}
	sort.SliceStable(names, func(i, j int) bool { return key(names[i]) < key(names[j]) })
	return names
}

// storedNames calls note with the name of each op instruction of code (a
// store by name), in bytecode order.
func storedNames(code *py.Code, op vm.OpCode, note func(string)) {
	b := code.Code
	ext := 0
	for i := 0; i < len(b); {
		o := vm.OpCode(b[i])
		i++
		if !o.HAS_ARG() {
			continue
		}
		if i+2 > len(b) {
			return
		}
		arg := ext<<16 | int(b[i]) | int(b[i+1])<<8
		i += 2
		if o == vm.EXTENDED_ARG {
			ext = arg
			continue
		}
		ext = 0
		if o == op && arg < len(code.Names) {
			note(code.Names[arg])
		}
	}
}
