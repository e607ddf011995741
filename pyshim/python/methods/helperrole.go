package methods

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// HelperRole is what a constant put into a code object by this layer's
// bytecode rewrite stands for, so that code reading the rewritten bytecode
// (the traceback's position lines) can see through the rewrite: a binary
// operator, comparison, unary operator or call replaced by the call of a
// Go helper, or a hook the rewrite added.
type HelperRole int

// The roles of HelperRoleOf.
const (
	RoleNone    HelperRole = iota // not a constant of the rewrite
	RoleBinOp                     // a binary operator's helper (LOAD_CONST h; ROT_THREE; CALL_FUNCTION 2)
	RoleInplace                   // an augmented assignment's operator (+=, &=, ...)
	RoleCompare                   // a comparison's helper
	RoleUnary                     // a unary operator's helper (LOAD_CONST h; ROT_TWO; CALL_FUNCTION 1)
	RoleCall                      // a call rewritten for keyword order (kwcall.go)
	RoleHook                      // a call the rewrite added (handlers, yield, prologues)
	RoleOperand                   // a constant used as an operand, not called (comparison constants)
	RoleBuilder                   // the keyword builder replacing a pre-pass helper's name
	RoleAttr                      // an attribute read (LOAD_ATTR) replaced by a one-argument helper
)

// attrHelperPrefix starts the name of a one-argument helper that stands
// for reading an attribute (LOAD_ATTR NAME becomes the call of
// __pyshim_attr_NAME__ on the object).
const attrHelperPrefix = "__pyshim_attr_"

var (
	roleOnce sync.Once
	roles    map[py.Object]HelperRole
)

// HelperRoleOf returns the role of o among the rewrite's constants
// (RoleNone for any other object).
func HelperRoleOf(o py.Object) HelperRole {
	switch o.(type) {
	case *helper, *unaryHelper, *stackHook, resumeHelper, kwBuilder, kwPrologueFn, kwCellPrologueFn:
	case *kwCall:
		return RoleCall
	case *constCompare:
		return RoleOperand
	default:
		return RoleNone
	}
	roleOnce.Do(func() {
		roles = map[py.Object]HelperRole{
			modHelper: RoleBinOp, addHelper: RoleBinOp, iaddHelper: RoleInplace,
			eqHelper: RoleCompare, neHelper: RoleCompare, isHelper: RoleCompare,
			isNotHelper: RoleCompare, inHelper: RoleCompare, notInHelper: RoleCompare,
			excTracebackHelper: RoleHook, yieldResumeHelper: RoleHook,
			finallyHook: RoleHook, withEndHook: RoleHook, leaveHook: RoleHook, leaveLoopHook: RoleHook,
			kwPrologue: RoleHook, kwCellPrologue: RoleHook, kwBuild: RoleBuilder,
		}
		for _, h := range cmpHelpers {
			if h != nil {
				roles[h] = RoleCompare
			}
		}
		for _, table := range []map[byte]*helper{bitHelpers, boolArithHelpers} {
			for op, h := range table {
				if isInplaceOp(op) {
					roles[h] = RoleInplace
				} else {
					roles[h] = RoleBinOp
				}
			}
		}
		for _, h := range boolUnaryHelpers {
			roles[h] = RoleUnary
		}
	})
	if r, ok := roles[o]; ok {
		return r
	}
	if h, ok := o.(*unaryHelper); ok && strings.HasPrefix(h.name, attrHelperPrefix) {
		return RoleAttr
	}
	return RoleNone
}

// isInplaceOp reports whether op is one of the INPLACE_* opcodes.
func isInplaceOp(op byte) bool {
	switch op {
	case 28, 29, 55, 56, 57, 59, 67, 75, 76, 77, 78, 79:
		return true
	}
	return false
}
