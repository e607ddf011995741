# The types of built-in functions and methods, and of bound Python
# methods: names, identity, isinstance against the types module, reprs.
import types


class Greeter:
    def hello(self):
        return 'hello'

    @classmethod
    def make(cls):
        return cls()


print(type(len).__name__, type(print).__name__, type(abs).__name__)
print(type([].append).__name__, type('x'.join).__name__, type({}.get).__name__)
print(type(Greeter().hello).__name__, type(Greeter.make).__name__, type(Greeter.hello).__name__)
print(type(len), type([].append), type(Greeter().hello))
print(type(len) is type([].append), type(len) is types.BuiltinFunctionType)
print(types.BuiltinFunctionType is types.BuiltinMethodType)
print(types.BuiltinFunctionType.__name__, types.MethodType.__name__)
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(Greeter().hello, types.MethodType), isinstance([].append, types.MethodType))
print(isinstance(Greeter().hello, types.BuiltinMethodType), isinstance(len, types.MethodType))
print(repr(len), repr(print), repr(sorted))
print(repr([].append).startswith('<built-in method append of list object at 0x'))
print(repr(Greeter().hello).startswith('<bound method Greeter.hello of <__main__.Greeter object at 0x'))
for obj in (len, [].append, Greeter().hello, Greeter.hello, lambda: 0):
    print(type(obj).__name__, callable(obj))
try:
    len[0]
except TypeError as exc:
    print(exc)
print([].append.__class__, len.__class__, Greeter().hello.__class__, (lambda: 0).__class__)
