package classes

import "github.com/go-python/gpython/py"

// (see package upstream for the index) gpython v0.2.0's bound-method type
// has no constructor (py/boundmethod.go makes it with NewType and no New),
// so types.MethodType(func, obj) raised "cannot create 'method' instances".
// CPython's method(function, instance) binds any callable to any object
// but None; boundMethodNew gives the type that constructor with CPython's
// argument errors.
func init() {
	py.BoundMethodType.New = boundMethodNew
}

// boundMethodNew is method(function, instance).
func boundMethodNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyErr(py.TypeError, "method() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, pyErr(py.TypeError, "method expected 2 arguments, got %d", len(args))
	}
	fn, self := args[0], args[1]
	if !Callable(fn) {
		return nil, pyErr(py.TypeError, "first argument must be callable")
	}
	if self == py.None {
		return nil, pyErr(py.TypeError, "instance must not be None")
	}
	if m, ok := fn.(*py.Method); ok && !ownMethod(self, m) {
		// A Go function that is not a method of the object's type (len,
		// print): gpython's BoundMethod would call it with the object as
		// its Go receiver, dropping the object; moduleFunc makes it an
		// ordinary first argument.
		fn = &moduleFunc{m}
	}
	return py.NewBoundMethod(self, fn), nil
}

// ownMethod reports whether m is a Go method of self's type (list.append
// bound to a list), which gpython's BoundMethod calls with self as its
// receiver.
func ownMethod(self py.Object, m *py.Method) bool {
	t := self.Type()
	for _, b := range append(py.Tuple{t}, t.Mro...) {
		if bt, ok := b.(*py.Type); ok && bt.Dict[m.Name] == py.Object(m) {
			return true
		}
	}
	return false
}

// moduleFunc wraps a module's Go function bound by method(): calling it
// calls the function with the object as first argument, as CPython does.
type moduleFunc struct{ fn *py.Method }

var moduleFuncType = py.NewType("builtin_function_or_method", "")

func init() {
	// the wrapped function's names, which the bound method's repr and
	// attributes give
	for _, n := range []string{"__name__", "__qualname__"} {
		moduleFuncType.Dict[n] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return py.String(self.(*moduleFunc).fn.Name), nil
		}}
	}
}

// Type is the wrapped function's type's name.
func (m *moduleFunc) Type() *py.Type { return moduleFuncType }

// M__call__ calls the wrapped function.
func (m *moduleFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.Call(m.fn, args, kwargs)
}

// M__eq__ compares the wrapped functions, so that two bound methods of
// the same function and object are equal.
func (m *moduleFunc) M__eq__(other py.Object) (py.Object, error) {
	if o, ok := other.(*moduleFunc); ok {
		return py.NewBool(o.fn == m.fn), nil
	}
	return py.NotImplemented, nil
}

// M__hash__ is the wrapped function's hash.
func (m *moduleFunc) M__hash__() (py.Object, error) {
	return Hash(m.fn)
}

// boundFunc is what __func__ of a bound method answers: the callable
// method() was given.
func boundFunc(b *py.BoundMethod) py.Object {
	if m, ok := b.Method.(*moduleFunc); ok {
		return m.fn
	}
	return b.Method
}
