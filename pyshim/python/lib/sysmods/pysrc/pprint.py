"""Pretty-printing of Python data structures (gowikibot).

Output follows CPython 3.11's pprint: a container whose repr does not fit
in the remaining width is broken into one item per line, dicts sorted by
key unless sort_dicts is false, long strings split into adjacent literals.
"""
import collections as _collections
import re
import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (default sys.stdout), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts in insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr of object, safe against recursive data."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be read back by eval."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SortKey:
    """Orders values that may not be comparable with each other."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _pair_key(t):
    return (_SortKey(t[0]), _SortKey(t[1]))


_builtin_scalars = (str, bytes, bytearray, float, complex, bool, type(None))


def _plain(obj, base):
    """Whether obj is base, or a subclass that keeps base's repr."""
    t = type(obj)
    if t is base:
        return True
    return isinstance(obj, base) and t.__repr__ is base.__repr__


class PrettyPrinter:
    """Pretty-printer with the given layout settings."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else None
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is not None:
            self._format(object, stream, 0, 0, {}, 0)
            stream.write("\n")

    def pformat(self, object):
        sio = _StringIO()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    # -- layout --------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            printer = self._printer_for(object)
            if printer is not None:
                context[objid] = 1
                printer(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _printer_for(self, object):
        if isinstance(object, _collections.OrderedDict):
            return self._pprint_ordered_dict if type(object).__repr__ is _collections.OrderedDict.__repr__ or type(object) is _collections.OrderedDict else None
        if isinstance(object, _collections.defaultdict):
            return self._pprint_default_dict
        if isinstance(object, _collections.Counter):
            return self._pprint_counter
        if isinstance(object, _collections.deque):
            return self._pprint_deque
        if _plain(object, dict):
            return self._pprint_dict
        if _plain(object, list):
            return self._pprint_list
        if _plain(object, tuple):
            return self._pprint_tuple
        if _plain(object, set) or _plain(object, frozenset):
            return self._pprint_set
        if _plain(object, str):
            return self._pprint_str
        if _plain(object, bytes):
            return self._pprint_bytes
        return None

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = list(object.items())
            if self._sort_dicts:
                items = sorted(items, key=_pair_key)
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object).__name__
        stream.write(cls + '(')
        self._format(list(object.items()), stream, indent + len(cls) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        cls = type(object).__name__
        indent += len(cls) + 1
        stream.write('%s(%s,\n%s' % (cls, rdf, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object).__name__
        stream.write(cls + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(cls) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object).__name__
        stream.write(cls + '(')
        indent += len(cls) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, rml))

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        sep = ',\n' + ' ' * indent
        n = len(items)
        for i, (key, ent) in enumerate(items):
            last = i == n - 1
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(ent, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(sep)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            end = '}'
        else:
            name = type(object).__name__
            stream.write(name + '({')
            end = '})'
            indent += len(name) + 1
        items = sorted(object, key=_SortKey)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        sep_nl = ',\n' + ' ' * indent
        sep = ''
        room = max_room = self._width - indent + 1
        items = list(items)
        n = len(items)
        for i, ent in enumerate(items):
            last = i == n - 1
            if last:
                max_room -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if room < w:
                    room = max_room
                    if sep:
                        sep = sep_nl
                if room >= w:
                    room -= w
                    stream.write(sep)
                    sep = ', '
                    stream.write(rep)
                    continue
            stream.write(sep)
            sep = sep_nl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room_line = room = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                room_line -= allowance
            if len(rep) <= room_line:
                chunks.append(rep)
                continue
            words = re.findall(r'\S*\s*', line)
            words.pop()
            room_word = room
            cur = ''
            for j, word in enumerate(words):
                cand = cur + word
                if j == len(words) - 1 and i == len(lines) - 1:
                    room_word -= allowance
                if len(repr(cand)) > room_word:
                    if cur:
                        chunks.append(repr(cur))
                    cur = word
                else:
                    cur = cand
            if cur:
                chunks.append(repr(cur))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(rep)
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        sep = ''
        width = self._width - indent
        pieces = []
        for i in range(0, len(object), 4):
            part = object[i:i + 4]
            cand = b''.join(pieces) + part if pieces else part
            last_room = width - allowance if i + 4 >= len(object) else width
            if pieces and len(repr(cand)) > last_room:
                stream.write(sep + repr(b''.join(pieces)))
                sep = '\n' + ' ' * indent
                pieces = [part]
            else:
                pieces.append(part)
        if pieces:
            stream.write(sep + repr(b''.join(pieces)))
        if parens:
            stream.write(')')

    # -- one-line repr -----------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        if isinstance(object, int) and typ is not bool and typ.__repr__ is int.__repr__:
            # (type() of a big int is gpython's 'bigint', not int)
            if self._underscore_numbers:
                return _underscored(object), True, False
            return repr(object), True, False
        if _plain(object, dict) and not isinstance(object, (_collections.OrderedDict, _collections.defaultdict, _collections.Counter)):
            if not object:
                return '{}', True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            items = list(object.items())
            if self._sort_dicts:
                items = sorted(items, key=_pair_key)
            for k, v in items:
                krepr, kread, krec = self.format(k, context, maxlevels, level)
                vrepr, vread, vrec = self.format(v, context, maxlevels, level)
                parts.append('%s: %s' % (krepr, vrepr))
                readable = readable and kread and vread
                if krec or vrec:
                    recursive = True
            del context[objid]
            return '{%s}' % ', '.join(parts), readable, recursive
        is_list = _plain(object, list)
        if is_list or _plain(object, tuple):
            if is_list:
                if not object:
                    return '[]', True, False
                fmt = '[%s]'
            elif len(object) == 1:
                fmt = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                fmt = '(%s)'
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % '...', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for o in object:
                orepr, oread, orec = self.format(o, context, maxlevels, level)
                parts.append(orepr)
                if not oread:
                    readable = False
                if orec:
                    recursive = True
            del context[objid]
            return fmt % ', '.join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False


def _underscored(n):
    digits = str(abs(n))
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ('-' if n < 0 else '') + '_'.join(groups)


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))
