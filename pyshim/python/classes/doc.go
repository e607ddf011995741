// Package classes replaces gpython's class builder so that classes defined in Python behave as in CPython: dunder methods, super, classmethod, staticmethod, property, exception subclasses with attributes, isinstance and issubclass.
//
// Classes built by a class statement (or type(name, bases, dict)) are
// gpython types whose instances are *Instance values; Instance implements
// gpython's special-method interfaces by calling the Python methods found
// on the class's MRO (NotImplemented and reflected operands as CPython), and
// wraps a value of the Go base type for subclasses of list, dict, str, int
// and other Go-defined types. Exception classes keep gpython's *py.Exception
// as the instance type (the VM only raises those) and get per-instance
// attributes from descriptors in BaseException's dict, one per attribute
// name that compiled code uses.
//
// Process-wide changes, made once in init: object, type and BaseException
// get CPython's methods (object.__setattr__, type.__call__, ...);
// type(), bool(), object() and zip() get CPython constructors; every compile
// goes through a wrapper that rewrites dotted decorators (@x.setter),
// decorated functions with defaults and "x = yield from g" (gpython's
// compiler mishandles all three), records keyword-only defaults and
// qualified names, and patches the bytecode of for loops so that an error
// raised by the iterator propagates (gpython's FOR_ITER swallowed it;
// iterators that can only stop, over ranges and tuples, are used as they
// are); every function call goes through EvalCode, which re-keys
// keyword-only defaults and words VM errors as CPython does (the methods
// layer fuses it with its depth counter: BeforeEval, AfterEvalError,
// InnerEvalCode).
//
// Install replaces, per context, the class builder and the builtins whose
// behaviour depends on classes (isinstance, issubclass, super, property,
// getattr family, vars, dir, id, hash, reversed, min, max, iter, next, abs,
// repr, ascii, print). Str, Repr, ExceptionMessage and FormatExceptionLine
// give other layers CPython's text for instances, classes and exceptions.
package classes
