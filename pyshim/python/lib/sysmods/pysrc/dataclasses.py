"""Data classes (gowikibot subset): @dataclass, field, fields, asdict,
astuple, replace, is_dataclass. Needs class annotations (__annotations__)."""
import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata
        self.kw_only = kw_only

    def __repr__(self):
        return "Field(name=%s,type=%s,default=%s)" % (repr(self.name), repr(self.type), repr(self.default))


def field(default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    """Whether annotation tp is typing.ClassVar (or ClassVar[...])."""
    if isinstance(tp, str):
        return tp.startswith(('ClassVar', 'typing.ClassVar', 't.ClassVar'))
    return getattr(tp, '_name', None) == 'ClassVar'


def _get_fields(cls):
    result = []
    for base in reversed(cls.__mro__[1:] if hasattr(cls, "__mro__") else ()):
        for f in getattr(base, "__dataclass_fields_list__", []):
            result = [x for x in result if x.name != f.name]
            result.append(f)
    ann = cls.__dict__.get("__annotations__", {}) if hasattr(cls, "__dict__") else getattr(cls, "__annotations__", {})
    for name in ann:
        if _is_classvar(ann[name]):
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is not MISSING:
                setattr(cls, name, f.default)
            else:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
        else:
            f = field(default=default)
        f.name = name
        f.type = ann[name]
        if isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory" % (type(f.default), name))
        result = [x for x in result if x.name != name]
        result.append(f)
    return result


def _process_class(cls, init, repr_, eq, order, frozen):
    flds = _get_fields(cls)
    cls.__dataclass_fields_list__ = flds
    cls.__dataclass_fields__ = dict([(f.name, f) for f in flds])
    cls.__dataclass_params__ = (init, repr_, eq, order, frozen)
    init_fields = [f for f in flds if f.init]
    seen_default = False
    for f in init_fields:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %s follows default argument" % repr(f.name))
    if init and "__init__" not in cls.__dict__:
        def __init__(self, *args, **kwargs):
            if len(args) > len(init_fields):
                raise TypeError("%s.__init__() takes %d positional arguments but %d were given"
                                % (cls.__qualname__, len(init_fields) + 1, len(args) + 1))
            values = {}
            i = 0
            for f in init_fields:
                if i < len(args):
                    if f.name in kwargs:
                        raise TypeError("%s.__init__() got multiple values for argument %s" % (cls.__qualname__, repr(f.name)))
                    values[f.name] = args[i]
                elif f.name in kwargs:
                    values[f.name] = kwargs[f.name]
                elif f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                else:
                    missing = [g.name for g in init_fields[i:] if g.name not in kwargs and g.default is MISSING and g.default_factory is MISSING]
                    if len(missing) == 1:
                        raise TypeError("%s.__init__() missing 1 required positional argument: %s" % (cls.__qualname__, repr(missing[0])))
                    raise TypeError("%s.__init__() missing %d required positional arguments: %s" % (
                        cls.__qualname__, len(missing), ", ".join([repr(m) for m in missing[:-1]]) + " and " + repr(missing[-1])))
                i = i + 1
            for k in kwargs:
                if k not in [f.name for f in init_fields]:
                    raise TypeError("%s.__init__() got an unexpected keyword argument %s" % (cls.__qualname__, repr(k)))
            for f in flds:
                if f.init:
                    v = values[f.name]
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                elif f.default is not MISSING:
                    v = f.default
                else:
                    continue
                object.__setattr__(self, f.name, v)
            post = getattr(self, "__post_init__", None)
            if post is not None:
                post()
        cls.__init__ = __init__
    if repr_ and "__repr__" not in cls.__dict__:
        def __repr__(self):
            parts = ["%s=%s" % (f.name, repr(getattr(self, f.name))) for f in flds if f.repr]
            return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))
        cls.__repr__ = __repr__
    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return _cmp_tuple(self, flds) == _cmp_tuple(other, flds)
        cls.__eq__ = __eq__
        if not frozen:
            cls.__hash__ = None
    if order:
        def __lt__(self, other):
            return _cmp_tuple(self, flds) < _cmp_tuple(other, flds)

        def __le__(self, other):
            return _cmp_tuple(self, flds) <= _cmp_tuple(other, flds)

        def __gt__(self, other):
            return _cmp_tuple(self, flds) > _cmp_tuple(other, flds)

        def __ge__(self, other):
            return _cmp_tuple(self, flds) >= _cmp_tuple(other, flds)
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError("cannot assign to field %s" % repr(name))

        def __delattr__(self, name):
            raise FrozenInstanceError("cannot delete field %s" % repr(name))

        def __hash__(self):
            return hash(_cmp_tuple(self, flds))
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
        cls.__hash__ = __hash__
    return cls


def _cmp_tuple(obj, flds):
    return tuple([getattr(obj, f.name) for f in flds if f.compare])


def dataclass(cls=None, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(c):
        c = _process_class(c, init, repr, eq, order, frozen)
        if slots:
            c = _add_slots(c, weakref_slot)
        return c
    if cls is None:
        return wrap
    return wrap(cls)


def _class_slots(cls):
    slots = cls.__dict__.get('__slots__', ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _add_slots(cls, weakref_slot):
    """The class again, with __slots__ naming its fields (those no base
    class has a slot for), as CPython's dataclass(slots=True) makes it."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_class_slots(base))
    names = tuple(f.name for f in fields(cls) if f.name not in inherited)
    if weakref_slot:
        names += ('__weakref__',)
    ns = dict(cls.__dict__)
    ns['__slots__'] = names
    for name in names:
        ns.pop(name, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new.__qualname__ = qualname
    return new


def fields(class_or_instance):
    flds = getattr(class_or_instance, "__dataclass_fields_list__", None)
    if flds is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(flds)


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields_list__")


def asdict(obj, dict_factory=dict):
    if not is_dataclass(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, list):
        return [_asdict_inner(v, dict_factory) for v in obj]
    if isinstance(obj, tuple):
        return tuple([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return dict([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items()])
    return _copy.deepcopy(obj)


def astuple(obj, tuple_factory=tuple):
    if not is_dataclass(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory([getattr(obj, f.name) for f in fields(obj)])


def replace(obj, **changes):
    kwargs = {}
    for f in fields(obj):
        if f.init:
            kwargs[f.name] = getattr(obj, f.name)
    for k in changes:
        kwargs[k] = changes[k]
    return type(obj)(**kwargs)


def make_dataclass(cls_name, fields, bases=(), namespace=None, **kwargs):
    raise NotImplementedError("make_dataclass is not supported")
