package classes

import "github.com/go-python/gpython/py"

// (see package upstream for the index) gpython v0.2.0 names the type of
// its Go functions (len, print, the methods of built-in types) "method"
// and the type of every bound method "boundmethod" (py/method.go,
// py/boundmethod.go): type(len).__name__ was 'method' and
// type([].append).__name__ 'boundmethod'. CPython has
// builtin_function_or_method for a built-in function and for a built-in
// method bound to its object, and method for a Python function bound to an
// object. The two types are renamed, and type(x) and isinstance (typeOf)
// answer builtin_function_or_method for a bound method whose function is a
// Go one, as CPython's [].append is.
func init() {
	py.MethodType.Name = "builtin_function_or_method"
	py.BoundMethodType.Name = "method"
	py.BoundMethodType.Dict["__class__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return typeOf(self), nil
	}}
}

// builtinBound reports whether o is a Go function bound to an object
// (a built-in method such as [].append).
func builtinBound(o *py.BoundMethod) bool {
	_, ok := o.Method.(*py.Method)
	return ok
}
