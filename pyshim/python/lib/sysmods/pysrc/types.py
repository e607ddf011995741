"""Names of built-in types and dynamic type helpers (gowikibot)."""
import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'GeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'TracebackType', 'FrameType',
           'new_class', 'prepare_class', 'resolve_bases', 'DynamicClassAttribute',
           'coroutine', 'GenericAlias', 'UnionType', 'NoneType', 'EllipsisType',
           'NotImplementedType', 'MethodWrapperType', 'WrapperDescriptorType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'CoroutineType', 'AsyncGeneratorType', 'CellType']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
MethodWrapperType = type(object().__str__)
WrapperDescriptorType = type(object.__init__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys']) if 'fromkeys' in dict.__dict__ else MethodDescriptorType
GetSetDescriptorType = type(FunctionType.__dict__['__code__']) if '__code__' in FunctionType.__dict__ else type(property())
MemberDescriptorType = GetSetDescriptorType
# A class's __dict__ is a mappingproxy (pyobj/mappingproxy.go).
MappingProxyType = type(type.__dict__)


CellType = object


class TracebackType:
    pass


class FrameType:
    pass


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _c, _co, _ag


try:
    GenericAlias = type(list[int])
except Exception:
    class GenericAlias:
        pass

UnionType = type(int | str)


# Attribute order of SimpleNamespace objects by id(): an instance's
# __dict__ is kept in sorted key order by the interpreter, but the repr
# lists attributes in the order they were set.
_ns_order = {}


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        _ns_order[id(self)] = []
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __setattr__(self, name, value):
        order = _ns_order.setdefault(id(self), [])
        if name not in order:
            order.append(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        object.__delattr__(self, name)
        order = _ns_order.get(id(self))
        if order is not None and name in order:
            order.remove(name)

    def _items(self):
        d = self.__dict__
        order = [k for k in _ns_order.get(id(self), ()) if k in d]
        order += [k for k in d if k not in order]
        return [(k, d[k]) for k in order]

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, ', '.join('%s=%r' % kv for kv in self._items()))

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns."""
    out = []
    changed = False
    for b in bases:
        if isinstance(b, type):
            out.append(b)
            continue
        me = getattr(b, '__mro_entries__', None)
        if me is None:
            out.append(b)
            continue
        changed = True
        out.extend(me(bases))
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords for a class."""
    kwds = dict(kwds) if kwds else {}
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, resolved, dict(ns), **kwds)


class DynamicClassAttribute(property):
    """A property that falls back to the class's __getattr__ on the class."""


def coroutine(func):
    """Mark a generator function as a coroutine (no-op here)."""
    return func
