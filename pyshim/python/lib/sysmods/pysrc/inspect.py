"""Inspection of live objects (gowikibot).

Type predicates, members, docstrings, source lines and signatures, from the
attributes the interpreter exposes (__code__.co_*, __defaults__, ...).
Frames are the interpreter's frame objects (sys._getframe): f_code,
f_lineno, f_globals, f_locals and f_back.
"""
import sys
import types
import collections
import enum

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
           'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isawaitable',
           'isbuiltin', 'isroutine', 'isabstract', 'getmembers', 'getmro', 'getdoc',
           'cleandoc', 'getmodule', 'getfile', 'getsourcefile', 'getsourcelines',
           'getsource', 'signature', 'Signature', 'Parameter', 'BoundArguments',
           'getfullargspec', 'FullArgSpec', 'currentframe', 'stack', 'unwrap',
           'getattr_static', 'isdatadescriptor', 'ismethoddescriptor', 'formatannotation',
           'getcallargs', 'isasyncgenfunction', 'ismemberdescriptor', 'isgetsetdescriptor']

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType) and hasattr(object, '__func__')


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while True:
        f = getattr(f, '__func__', f)
        if type(f).__name__ != 'partial' or not hasattr(f, 'func'):
            break
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    return hasattr(type(object), '__await__')


def istraceback(object):
    return False


def isframe(object):
    return False


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, (types.BuiltinFunctionType, types.BuiltinMethodType)) and not isfunction(object)


def ismethodwrapper(object):
    return False


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return False


def isgetsetdescriptor(object):
    return isinstance(object, property)


def getmembers(object, predicate=None):
    """(name, value) pairs of object's attributes, sorted by name."""
    results = []
    names = dir(object)
    if isclass(object):
        mro = getmro(object)
    else:
        mro = ()
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            for base in mro:
                if key in getattr(base, '__dict__', {}):
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers_static(object, predicate=None):
    return getmembers(object, predicate)


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain of a decorated function."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__'):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def cleandoc(doc):
    """A docstring with its indentation removed (as help() shows it)."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """The cleaned docstring of object (or of the class member it overrides)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        cls = object if isclass(object) else None
        name = getattr(object, '__name__', None)
        if cls is None and name is not None:
            qual = getattr(object, '__qualname__', '')
            owner = None
            if '.' in qual:
                owner = getattr(getmodule(object), qual.split('.')[0], None)
            if isclass(owner):
                for base in owner.__mro__[1:]:
                    d = getattr(getattr(base, name, None), '__doc__', None)
                    if d is not None:
                        doc = d
                        break
        elif cls is not None:
            for base in cls.__mro__[1:]:
                if base is object:
                    continue
                if base.__doc__ is not None:
                    doc = base.__doc__
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(object):
    """The file object was defined in."""
    if ismodule(object):
        f = getattr(object, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        mod = sys.modules.get(object.__module__)
        f = getattr(mod, '__file__', None)
        if f:
            return f
        raise TypeError('source code not available')
    object = unwrap(object) if hasattr(object, '__wrapped__') else object
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith('.py'):
        return filename
    return None


def getabsfile(object, _filename=None):
    import os
    return os.path.normcase(os.path.abspath(_filename or getsourcefile(object) or getfile(object)))


def findsource(object):
    import linecache
    file = getsourcefile(object)
    if not file:
        # a standard module written in Python ("<frozen NAME>") has its
        # source embedded, as CPython's modules have theirs on disk
        name = getfile(object)
        source = ''
        if name.startswith('<frozen ') and name.endswith('>'):
            import _gwb_sys
            source = _gwb_sys.frozen_source(name[8:-1])
        if not source:
            raise OSError('source code not available')
        lines = source.splitlines(True)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re
        pat = re.compile(r'^(\s*)class\s*' + object.__name__ + r'\b')
        candidates = [i for i, line in enumerate(lines) if pat.match(line)]
        if not candidates:
            raise OSError('could not find class definition')
        candidates.sort(key=lambda i: len(pat.match(lines[i]).group(1)))
        return lines, candidates[0]
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        lnum = object.co_firstlineno - 1
        # gpython's first line of a decorated function is its def line:
        # include the decorators above it, as CPython does.
        while lnum > 0 and lines[lnum - 1].lstrip().startswith('@'):
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def getblock(lines):
    """The lines of the block (def/class and its body) starting at lines[0]."""
    first = lines[0]
    indent = len(first) - len(first.lstrip())
    end = 1
    # skip decorators and a header continued over several lines
    i = 0
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i += 1
    depth = 0
    while i < len(lines):
        line = lines[i]
        depth += line.count('(') + line.count('[') + line.count('{')
        depth -= line.count(')') + line.count(']') + line.count('}')
        i += 1
        if depth <= 0 and line.rstrip().endswith(':'):
            break
        if depth <= 0 and ':' in line and not line.rstrip().endswith(':'):
            return lines[:i]
    end = i
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent and not line.lstrip().startswith('#'):
            break
        end += 1
    while end > 1 and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def getsourcelines(object):
    """(lines, first line number) of object's source."""
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


class FrameInfo(collections.namedtuple('FrameInfo', 'frame filename lineno function code_context index')):
    """A frame with its file, line, function name and source lines."""


Traceback = collections.namedtuple('Traceback', 'filename lineno function code_context index')


def _context(filename, lineno, context):
    if context <= 0:
        return None, None
    import linecache
    start = max(lineno - 1 - context // 2, 0)
    lines = [linecache.getline(filename, n + 1) for n in range(start, start + context)]
    lines = [line for line in lines if line]
    if not lines:
        return None, None
    return lines, lineno - 1 - start


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame."""
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    lines, index = _context(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo records of frame and the frames it was called from."""
    out = []
    while frame is not None:
        out.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return out


def stack(context=1):
    """FrameInfo records of the caller's frame and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return []


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    for entry in ((obj,) if isclass(obj) else ()) + tuple(getattr(type(obj) if not isclass(obj) else obj, '__mro__', ())):
        d = getattr(entry, '__dict__', {})
        if attr in d:
            return d[attr]
    d = getattr(obj, '__dict__', None)
    if isinstance(d, dict) and attr in d:
        return d[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    pass


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    @property
    def description(self):
        return _PARAM_DESC[self]


_PARAM_DESC = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}


class Parameter:
    """One parameter of a Signature."""

    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _ParameterKind.VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _ParameterKind.VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _ParameterKind.VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _ParameterKind.VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _ParameterKind.VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        return '<{} ({})>'.format(self.__class__.__name__,
                                  ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items()))


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        for p in parameters or ():
            if p.name in params:
                raise ValueError('duplicate parameter name: {!r}'.format(p.name))
            params[p.name] = p
        self._parameters = params
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return dict(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.values()) == list(other._parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        args = list(args)
        for param in params:
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                # (bound only when positional arguments are left for it)
                if i < len(args):
                    arguments[param.name] = tuple(args[i:])
                    i = len(args)
                continue
            if param.kind in (_ParameterKind.KEYWORD_ONLY, _ParameterKind.VAR_KEYWORD):
                break
            if i < len(args):
                if param.name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {!r}'.format(param.name))
                arguments[param.name] = args[i]
                i += 1
        if i < len(args):
            raise TypeError('too many positional arguments')
        var_kw = None
        for param in params:
            if param.kind == _ParameterKind.VAR_KEYWORD:
                var_kw = param
                continue
            if param.kind == _ParameterKind.VAR_POSITIONAL or param.name in arguments:
                continue
            if param.name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        if kwargs:
            if var_kw is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[var_kw.name] = kwargs
        ordered = {}
        for param in params:
            if param.name in arguments:
                ordered[param.name] = arguments[param.name]
        return BoundArguments(self, ordered)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _ParameterKind.KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)


def _signature_of_function(func, skip_first=False):
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    kw_count = code.co_kwonlyargcount
    positional = names[:pos_count]
    keyword_only = names[pos_count:pos_count + kw_count]
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    non_default = pos_count - len(defaults)
    for i, name in enumerate(positional):
        default = defaults[i - non_default] if i >= non_default else _empty
        params.append(Parameter(name, _ParameterKind.POSITIONAL_OR_KEYWORD, default=default,
                                annotation=annotations.get(name, _empty)))
    n = pos_count + kw_count
    if code.co_flags & CO_VARARGS:
        name = names[n]
        params.append(Parameter(name, _ParameterKind.VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        n += 1
    for name in keyword_only:
        params.append(Parameter(name, _ParameterKind.KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[n]
        params.append(Parameter(name, _ParameterKind.VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _user_method(cls, name):
    """cls's name method when it is a Python function (not object's or a
    builtin type's, nor one of the standard library's that stands for a
    builtin one, as abc.ABC.__new__)."""
    method = getattr(cls, name, None)
    if isinstance(method, staticmethod):
        method = method.__func__
    if not isfunction(method) or getattr(method, '_gwb_stands_for_builtin', False):
        return None
    return method


def _go_type(cls):
    """Whether cls is a type the interpreter implements in Go (its methods
    Go methods), such as collections.deque: one CPython implements in C.
    The collections.abc classes are Go types here but Python in CPython."""
    return cls.__module__ != 'collections.abc' and any(
        type(v).__name__ in ('method', 'builtin_function_or_method')
        for v in cls.__dict__.values())


def _signature_of_class(cls):
    """CPython's choice: the class's own __new__, else its own __init__,
    else an inherited __new__, else an inherited __init__; the signature
    of that function (following its __wrapped__ or __signature__), without
    its first parameter; a metaclass's own __call__ comes first. A
    collections.namedtuple class, whose __new__ gowikibot makes in Go,
    has its fields as parameters; a subclass of a builtin type without
    either a ValueError, as in CPython."""
    call = _user_method(type(cls), '__call__')
    if call is not None:
        # a metaclass's own __call__ (enum's EnumType) decides, as in CPython
        sig = signature(call)
        return sig.replace(parameters=list(sig.parameters.values())[1:])
    new = _user_method(cls, '__new__')
    init = _user_method(cls, '__init__')
    if '__new__' in cls.__dict__ and new is not None:
        chosen = new
    elif '__init__' in cls.__dict__ and init is not None:
        chosen = init
    else:
        chosen = new or init
    if chosen is not None:
        sig = signature(chosen)
        return sig.replace(parameters=list(sig.parameters.values())[1:])
    fields = getattr(cls, '_fields', None)
    if issubclass(cls, tuple) and isinstance(fields, tuple):
        defaults = getattr(cls, '_field_defaults', None) or {}
        return Signature([Parameter(f, _ParameterKind.POSITIONAL_OR_KEYWORD, default=defaults.get(f, _empty))
                          for f in fields])
    if any(base.__module__ == 'builtins' or _go_type(base) for base in cls.__mro__[:-1]):
        # a subclass of a builtin type (Exception, dict, collections.deque,
        # ...) that adds no initializer: CPython knows no parameters
        raise ValueError('no signature found for builtin type {!r}'.format(cls))
    return Signature([])


def _signature_from_text(text):
    """The Signature of a builtin's __text_signature__ ("($self, sep=None,
    /, *, key=1)"): "$self" is the instance; the defaults are literals."""
    items = []
    depth, quote, start = 0, None, 1
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
            if depth == 0:
                items.append(text[start:i].strip())
        elif ch == ',' and depth == 1:
            items.append(text[start:i].strip())
            start = i + 1
    params = []
    kind = _ParameterKind.POSITIONAL_OR_KEYWORD
    for item in items:
        if not item:
            continue
        if item == '/':
            params = [p.replace(kind=_ParameterKind.POSITIONAL_ONLY) for p in params]
        elif item == '*':
            kind = _ParameterKind.KEYWORD_ONLY
        elif item.startswith('**'):
            params.append(Parameter(item[2:], _ParameterKind.VAR_KEYWORD))
        elif item.startswith('*'):
            params.append(Parameter(item[1:], _ParameterKind.VAR_POSITIONAL))
            kind = _ParameterKind.KEYWORD_ONLY
        else:
            name, eq, default = item.partition('=')
            name = name.strip().lstrip('$')
            if eq:
                params.append(Parameter(name, kind, default=eval(default.strip(), {})))
            else:
                params.append(Parameter(name, kind))
    return Signature(params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        # the function's signature (following its decorators' __wrapped__
        # and __signature__) without what binding fills; first, as
        # CPython's: unwrapping the method would lose its binding
        sig = signature(obj.__func__, follow_wrapped=follow_wrapped)
        params = list(sig.parameters.values())
        if params and params[0].kind == _ParameterKind.VAR_POSITIONAL:
            return sig
        if not params or params[0].kind not in (_ParameterKind.POSITIONAL_ONLY,
                                                _ParameterKind.POSITIONAL_OR_KEYWORD):
            raise ValueError('invalid method signature')
        return sig.replace(parameters=params[1:])
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    sig = getattr(obj, '__signature__', None)
    resolve = getattr(sig, '_gwb_signature', None)
    if resolve is not None:
        # gowikibot's extension: a __signature__ worked out on first use
        # (the pywikibot package's decorators give their wrappers one, so
        # that importing pywikibot does not import this module)
        sig = resolve()
    if isinstance(sig, Signature):
        return sig
    if isfunction(obj):
        return _signature_of_function(obj)
    import functools
    if isinstance(obj, functools.partial):
        base = signature(obj.func)
        return base.replace(parameters=[p for p in list(base.parameters.values())[len(obj.args):]
                                        if p.name not in (obj.keywords or {})])
    if isclass(obj):
        return _signature_of_class(obj)
    text = getattr(obj, '__text_signature__', None)
    if isinstance(text, str):
        # a builtin's signature line, as CPython's: "($self, prefix, /)"
        return _signature_from_text(text)
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _signature_of_function(call, skip_first=True)
    raise ValueError('no signature found for builtin {!r}'.format(obj))


FullArgSpec = collections.namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    sig = signature(func, follow_wrapped=False)
    args, varargs, varkw, kwonly, defaults, kwdefaults = [], None, None, [], (), {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not _empty:
            annotations[p.name] = p.annotation
        if p.kind == _ParameterKind.POSITIONAL_OR_KEYWORD:
            args.append(p.name)
            if p.default is not _empty:
                defaults += (p.default,)
        elif p.kind == _ParameterKind.VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == _ParameterKind.KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        elif p.kind == _ParameterKind.VAR_KEYWORD:
            varkw = p.name
    if ismethod(func):
        args.insert(0, func.__code__.co_varnames[0] if hasattr(func, '__code__') else 'self')
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly, kwdefaults or None, annotations)


def getcallargs(func, *positional, **named):
    """The arguments a call would bind, in CPython's order: positional
    parameters given, *args, **kwargs, named ones, then defaults."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    arg2value = {}
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (func.__name__, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError('%s() got multiple values for argument %r' % (func.__name__, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        raise TypeError('%s() takes %d positional arguments but %d were given' % (func.__name__, num_args, num_pos))
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                raise TypeError('%s() missing required argument %r' % (func.__name__, arg))
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                raise TypeError('%s() missing required keyword-only argument %r' % (func.__name__, kwarg))
    return arg2value
