"""Abstract Base Classes (gowikibot). Needs the class layer's metaclass support."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    p = property(fget, fset, fdel, doc)
    return p


def abstractclassmethod(f):
    f.__isabstractmethod__ = True
    return classmethod(f)


def abstractstaticmethod(f):
    f.__isabstractmethod__ = True
    return staticmethod(f)


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    fget = getattr(value, "fget", None)
    if fget is not None and getattr(fget, "__isabstractmethod__", False):
        return True
    func = getattr(value, "__func__", None)
    if func is not None and getattr(func, "__isabstractmethod__", False):
        return True
    return False


def _check_abstract(cls):
    abstracts = getattr(cls, "__abstractmethods__", ())
    if abstracts:
        names = sorted(abstracts)
        plural = "s" if len(names) > 1 else ""
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, plural, ", ".join(names)))


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key in namespace:
            if _is_abstract(namespace[key]):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, key, None)
                if _is_abstract(value):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        _check_abstract(cls)
        return type.__call__(cls, *args, **kwargs)

    # CPython's ABCMeta has no __call__: inspect.signature of an abstract
    # class does not take this one.
    __call__._gwb_stands_for_builtin = True

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        if type.__instancecheck__(cls, instance):
            return True
        for c in cls._abc_registry:
            if isinstance(instance, c):
                return True
        return False

    def __subclasscheck__(cls, subclass):
        if type.__subclasscheck__(cls, subclass):
            return True
        for c in cls._abc_registry:
            if issubclass(subclass, c):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        # Also checked here: the class layer may not route instantiation
        # through a Python metaclass's __call__.
        _check_abstract(cls)
        return object.__new__(cls)

    # CPython's ABC has no __new__: inspect.signature does not take this
    # one for a subclass's parameters.
    __new__._gwb_stands_for_builtin = True


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    return cls
