package classes

import "github.com/go-python/gpython/py"

// (see package upstream for the index) gpython v0.2.0 keeps integers beyond 64 bits in a separate type,
// py.BigIntType, named "bigint": type(10**20) printed <class 'bigint'>,
// was not `int`, and error messages named 'bigint'. CPython has one int
// type. The type is renamed "int" for messages, and type(x) (typeNew) and
// x.__class__ answer int for a big int.
func init() {
	py.BigIntType.Name = "int"
	py.BigIntType.Dict["__class__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.IntType, nil
	}}
}

// typeOf is type(o): o's type, with int for gpython's big int and
// builtin_function_or_method for a built-in method bound to its object
// (builtinfunc.go).
func typeOf(o py.Object) *py.Type {
	t := o.Type()
	switch t {
	case py.BigIntType:
		return py.IntType
	case py.BoundMethodType:
		if builtinBound(o.(*py.BoundMethod)) {
			return py.MethodType
		}
	}
	return t
}
