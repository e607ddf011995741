package pyobj

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// The collections.abc classes are Go types here (abc.go), without
// ABCMeta's register: collections.abc.Mapping.register(cls) raised
// AttributeError. Each gets a register method; the classes registered are
// kept here, and isinstance and issubclass (this package's and the class
// layer's) ask ABCRegistered after the MRO: a class registered with an
// ABC, and its subclasses, count as subclasses of that ABC and of the
// ABC's bases (registering with MutableMapping makes a Mapping), as in
// CPython.

var abcRegistry struct {
	sync.RWMutex
	m   map[*py.Type][]*py.Type
	any atomic.Bool
}

func init() {
	abcRegisterMethod = py.MustNewMethod("register", abcRegister, 0,
		"Register a virtual subclass of an ABC.\n\nReturns the subclass, to allow usage as a class decorator.")
	for _, t := range abcTypes {
		t.Dict["register"] = &py.ClassMethod{Callable: abcRegisterMethod, Dict: py.StringDict{}}
	}
}

// abcRegisterMethod is the function of the ABCs' register.
var abcRegisterMethod *py.Method

// IsABCRegister reports whether o is an ABC's register method as its
// class dict holds it. CPython's is a method of the metaclass ABCMeta, so
// dir() of an ABC's instances and of the built-in types registered with
// it does not list it.
func IsABCRegister(o py.Object) bool {
	c, ok := o.(*py.ClassMethod)
	return ok && c.Callable == py.Object(abcRegisterMethod)
}

// abcRegister is ABC.register(subclass).
func abcRegister(self py.Object, args py.Tuple) (py.Object, error) {
	abc, ok := self.(*py.Type)
	if !ok && len(args) > 0 {
		abc, ok = args[0].(*py.Type)
		args = args[1:]
	}
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor 'register' requires an ABC class")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "register() takes exactly one argument (%d given)", len(args))
	}
	sub, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "Can only register classes")
	}
	if sub.IsSubtype(abc) {
		return sub, nil
	}
	if abc.IsSubtype(sub) {
		return nil, py.ExceptionNewf(py.RuntimeError, "Refusing to create an inheritance cycle")
	}
	ABCRegister(abc, sub)
	return sub, nil
}

// ABCRegister records sub as a virtual subclass of abc.
func ABCRegister(abc, sub *py.Type) {
	abcRegistry.Lock()
	defer abcRegistry.Unlock()
	if abcRegistry.m == nil {
		abcRegistry.m = map[*py.Type][]*py.Type{}
	}
	for _, s := range abcRegistry.m[abc] {
		if s == sub {
			return
		}
	}
	abcRegistry.m[abc] = append(abcRegistry.m[abc], sub)
	abcRegistry.any.Store(true)
}

// ABCRegistered reports whether t is a subclass (by isSub, the caller's
// subtype test) of a class registered with cls or with a class derived
// from cls. It is one atomic load while nothing is registered.
func ABCRegistered(cls, t *py.Type, isSub func(a, b *py.Type) bool) bool {
	if !abcRegistry.any.Load() {
		return false
	}
	abcRegistry.RLock()
	defer abcRegistry.RUnlock()
	for abc, subs := range abcRegistry.m {
		if abc != cls && !isSub(abc, cls) {
			continue
		}
		for _, s := range subs {
			if isSub(t, s) {
				return true
			}
		}
	}
	return false
}
