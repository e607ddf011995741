package methods

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Assignment expressions inside functions. gpython's 3.4 grammar has no
// walrus, and the pre-pass can rewrite most uses to statements, but not
// all (in an elif condition, after `or`, in call arguments). For those it
// writes `__pyshim_wstore__((VALUE), __pyshim_wname_NAME__)`; here that
// call is turned into a store into the function's local NAME:
//
//	LOAD_GLOBAL __pyshim_wstore__   (dropped)
//	<VALUE>
//	LOAD_GLOBAL __pyshim_wname_NAME__   → DUP_TOP
//	CALL_FUNCTION 2                     → STORE_FAST NAME (STORE_DEREF for a cell)
//
// When NAME is assigned nowhere else in the function, it becomes a new local
// variable and the function's other loads of NAME read it. (A function
// nested in it that reads NAME still looks for a global.)

const (
	opDupTop      = 4
	walrusStore   = "__pyshim_wstore__"
	walrusNamePfx = "__pyshim_wname_"
)

func hasWalrusStore(code *py.Code) bool {
	for _, n := range code.Names {
		if n == walrusStore {
			return true
		}
	}
	return false
}

// rewriteWalrus applies the transformation to the decoded instructions.
func rewriteWalrus(code *py.Code, ins []*instr) {
	if !hasWalrusStore(code) {
		return
	}
	nameOf := func(in *instr) string {
		if (in.op == opLoadGlobal || in.op == opLoadName) && in.arg < len(code.Names) {
			return code.Names[in.arg]
		}
		return ""
	}
	var pending []*instr
	newLocals := map[string]int{}
	for k, in := range ins {
		n := nameOf(in)
		if n == walrusStore {
			pending = append(pending, in)
			continue
		}
		if !strings.HasPrefix(n, walrusNamePfx) || k+1 >= len(ins) || ins[k+1].op != opCallFunction || ins[k+1].arg != 2 || len(pending) == 0 {
			continue
		}
		target := strings.TrimSuffix(strings.TrimPrefix(n, walrusNamePfx), "__")
		h := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		h.drop = true
		in.op, in.arg = opDupTop, 0
		store := ins[k+1]
		if i := indexOf(code.Cellvars, target); i >= 0 {
			store.op, store.arg = opStoreDeref, i
		} else if i := indexOf(code.Freevars, target); i >= 0 {
			store.op, store.arg = opStoreDeref, len(code.Cellvars)+i
		} else {
			i := indexOf(code.Varnames, target)
			if i < 0 {
				i = len(code.Varnames)
				code.Varnames = append(code.Varnames, target)
				code.Nlocals++
				newLocals[target] = i
			}
			store.op, store.arg = opStoreFast, i
		}
	}
	// Names that became locals here: their loads read the local.
	for _, in := range ins {
		if in.drop || (in.op != opLoadGlobal && in.op != opLoadName) || in.arg >= len(code.Names) {
			continue
		}
		if i, ok := newLocals[code.Names[in.arg]]; ok {
			in.op, in.arg = opLoadFast, i
		}
	}
}

func indexOf(names []string, n string) int {
	for i, x := range names {
		if x == n {
			return i
		}
	}
	return -1
}
