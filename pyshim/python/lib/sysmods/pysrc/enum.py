"""Support for enumerations (gowikibot). Needs the class layer's metaclass support."""
import sys
import _gwb_sys

__all__ = ["EnumMeta", "EnumType", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique"]


class auto:
    _counter = 0

    def __init__(self, value=None):
        auto._counter = auto._counter + 1
        self._order = auto._counter
        self.value = value

    def __repr__(self):
        return "auto(%s)" % repr(self.value)


def _member_order(ns):
    """Names of the members in definition order."""
    names = [k for k in ns if not (k[:1] == "_" or _is_descriptor(ns[k]))]
    order = []
    modname = ns.get("__module__")
    qualname = ns.get("__qualname__")
    mod = sys.modules.get(modname) if modname else None
    fname = getattr(mod, "__file__", None) if mod is not None else None
    if fname and qualname:
        order = _gwb_sys.class_names(fname, qualname)
    result = [n for n in order if n in names]
    rest = sorted([n for n in names if n not in result])
    return result + rest


def _is_descriptor(obj):
    if isinstance(obj, auto):
        return False
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or callable(obj))


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        member_names = _member_order(classdict)
        values = {}
        for name in member_names:
            values[name] = classdict[name]
        body = {}
        for k in classdict:
            if k not in values:
                body[k] = classdict[k]
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_"] = []
        enum_class = type.__new__(metacls, cls, bases, body, **kwds)
        if Enum is not None and _member_type(enum_class) is not object:
            # a data-type mixin (class S(str, Enum)) comes first in the MRO:
            # as CPython 3.11, repr/str/format stay the enum's unless the
            # class body or an enum base in between defines them
            first_enum = bases[-1]
            if "__hash__" not in body:
                type.__setattr__(enum_class, "__hash__", _data_hash)
            for mname in ("__repr__", "__str__", "__format__"):
                if mname in body:
                    continue
                found = getattr(enum_class, mname)
                if found is getattr(_member_type(enum_class), mname) or found is getattr(object, mname):
                    type.__setattr__(enum_class, mname, getattr(first_enum, mname))
        is_flag = _gwb_sys.issubclass(enum_class, Flag) if Flag is not None else False
        last = None
        used = []
        for name in member_names:
            value = values[name]
            if isinstance(value, auto):
                if value.value is not None:
                    value = value.value
                else:
                    value = enum_class._generate_next_value_(name, 1, len(used), list(used))
            used.append(value)
            existing = None
            for v, m in enum_class._value2member_:
                if v == value:
                    existing = m
            if existing is not None:
                enum_class._member_map_[name] = existing
                continue
            member = _new_member(enum_class, value, body.get("__new__"))
            member._name_ = name
            member.__objclass__ = enum_class
            if "__init__" in body:
                if isinstance(value, tuple):
                    body["__init__"](member, *value)
                else:
                    body["__init__"](member, value)
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            enum_class._value2member_.append((member._value_, member))
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        # CPython 3.11's parameters (inspect.signature of an Enum class
        # shows them): a value lookup, or with names the functional API
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                                boundary=boundary)
        if isinstance(value, cls):
            return value
        for v, m in cls._value2member_:
            if v == value:
                return m
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError("%s is not a valid %s" % (repr(value), cls.__qualname__))

    def _create_(cls, class_name, names, module=None, qualname=None, type=None, start=1, boundary=None):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        items = []
        if names and isinstance(names[0], str) and not isinstance(names, dict):
            i = start
            for n in names:
                items.append((n, i))
                i = i + 1
        elif isinstance(names, dict):
            items = list(names.items())
        else:
            items = list(names)
        ns = {}
        for n, v in items:
            ns[n] = v
        ns["__module__"] = module or "__main__"
        ns["__qualname__"] = qualname or class_name
        order = [n for n, v in items]
        new = EnumType.__new__(EnumType, class_name, (cls,), ns)
        # functional API: definition order is the given order
        new._member_names_ = [n for n in order if n in new._member_names_]
        return new

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        for v, m in cls._value2member_:
            if v == member:
                return True
        return False

    def __repr__(cls):
        return "<enum %s>" % repr(cls.__name__)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {}) if hasattr(cls, "__dict__") else {}
        if name in member_map:
            raise AttributeError("cannot reassign member %s" % repr(name))
        type.__setattr__(cls, name, value)

    def __getattr__(cls, name):
        if name[:1] == "_":
            raise AttributeError(name)
        try:
            return type.__getattribute__(cls, "_member_map_")[name]
        except KeyError:
            raise AttributeError(name)


EnumMeta = EnumType
Flag = None
Enum = None

# the data types a member can be an instance of (class S(str, Enum): S.A is
# a str whose value is "x")
_DATA_TYPES = (str, int, float, bytes)


def _member_type(enum_class):
    for klass in enum_class.__mro__:
        if klass in _DATA_TYPES:
            return klass
    return object


def _data_hash(self):
    # the data type's hash (gpython's str/int/float have no __hash__ in their
    # type dicts for the MRO to find before Enum.__hash__)
    return hash(self._value_)


def _new_member(enum_class, value, custom_new=None):
    """A member object: an instance of the mixed-in data type if any, or
    what the class body's own __new__ makes of the value (a tuple value is
    its arguments)."""
    member_type = _member_type(enum_class)
    if custom_new is not None:
        args = value if isinstance(value, tuple) else (value,)
        member = custom_new(enum_class, *args)
        if not hasattr(member, "_value_"):
            member._value_ = value if member_type is object else member_type(*args)
        return member
    if member_type is object:
        member = object.__new__(enum_class)
    elif isinstance(value, tuple):
        member = member_type.__new__(enum_class, *value)
        value = member_type(*value)
    else:
        member = member_type.__new__(enum_class, value)
    member._value_ = value
    return member


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        for v, m in cls._value2member_:
            if v == value:
                return m
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError("%s is not a valid %s" % (repr(value), cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, repr(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    # members are ints (see _new_member): comparisons, hashing and
    # arithmetic are int's
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    def _generate_next_value_(name, start, count, last_values):
        return _gwb_sys.lower(name)

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        high = 1
        for v in last_values:
            while high <= v:
                high = high * 2
        return high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        names = []
        rest = value
        for n in cls._member_names_:
            m = cls._member_map_[n]
            if m._value_ and (value & m._value_) == m._value_ and _is_single_bit(m._value_):
                names.append(n)
                rest = rest & ~m._value_
        if rest:
            return None
        pseudo = _new_member(cls, value)
        pseudo._name_ = "|".join(names) if names else None
        return pseudo

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([self.__class__._member_map_[n] for n in self.__class__._member_names_
                     if _is_single_bit(self.__class__._member_map_[n]._value_)
                     and self._value_ & self.__class__._member_map_[n]._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for n in self.__class__._member_names_:
            all_bits = all_bits | self.__class__._member_map_[n]._value_
        return self.__class__(all_bits & ~self._value_)

    def __eq__(self, other):
        if not isinstance(other, Flag):
            return False
        return type(self) is type(other) and self._value_ == other._value_

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %s>" % (type(self).__name__, repr(self._value_))
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%s)" % (type(self).__name__, repr(self._value_))
        return "%s.%s" % (type(self).__name__, self._name_)


def _is_single_bit(v):
    return v != 0 and (v & (v - 1)) == 0


class IntFlag(int, Flag):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __str__(self):
        return str(self._value_)

    def __or__(self, other):
        return self.__class__(self._value_ | _int_value(other))

    def __and__(self, other):
        return self.__class__(self._value_ & _int_value(other))

    def __xor__(self, other):
        return self.__class__(self._value_ ^ _int_value(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __eq__(self, other):
        if isinstance(other, Flag):
            return self._value_ == other._value_
        return self._value_ == other


def _int_value(other):
    if isinstance(other, Flag):
        return other._value_
    return int(other)


def unique(enumeration):
    duplicates = []
    for name in enumeration._member_map_:
        member = enumeration._member_map_[name]
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for alias, name in duplicates])
        raise ValueError("duplicate values found in %s: %s" % (repr(enumeration), alias_details))
    return enumeration
