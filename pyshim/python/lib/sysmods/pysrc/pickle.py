"""Serialization of Python objects (gowikibot).

Writes and reads CPython's pickle format: protocols 0 to 5 are read, and
dumps writes the same opcodes as CPython 3.11's pickler for plain data
(None, bools, ints, floats, str, bytes, tuples, lists, dicts, sets,
frozensets), datetime objects, classes and functions by reference, and
instances of Python classes (__reduce__/__reduce_ex__, __getstate__/
__setstate__, __getnewargs__, or the instance __dict__).
"""
import io
import sys

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL",
           "DEFAULT_PROTOCOL", "PickleBuffer"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class PickleBuffer:
    def __init__(self, buffer):
        self._b = bytes(buffer)

    def raw(self):
        return self._b

    def release(self):
        pass


# Opcodes (the pickle format, as documented by pickletools).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_TARGET = 64 * 1024
_BATCH = 1000
_bigint = type(2 ** 100)


def _u(n, size):
    return n.to_bytes(size, 'little')


def _pack_double(x):
    """The 8 big-endian bytes of the IEEE 754 double x."""
    if x != x:
        return b'\x7f\xf8\x00\x00\x00\x00\x00\x00'
    sign = 0
    h = x.hex()
    if h.startswith('-'):
        sign = 1
        h = h[1:]
    if h == 'inf':
        bits = 0x7ff << 52
    else:
        mant, _, exp = h[2:].partition('p')
        lead, _, frac = mant.partition('.')
        frac = (frac + '0' * 13)[:13]
        e = int(exp)
        m = int(frac, 16)
        if lead == '0':
            bits = m if m else 0
        else:
            bits = ((e + 1023) << 52) | m
    return (bits | (sign << 63)).to_bytes(8, 'big')


def _unpack_double(b):
    bits = int.from_bytes(b, 'big')
    sign = '-' if bits >> 63 else ''
    e = (bits >> 52) & 0x7ff
    m = bits & ((1 << 52) - 1)
    if e == 0x7ff:
        if m:
            return float('nan')
        return float(sign + 'inf')
    if e == 0:
        return float.fromhex('%s0x0.%013xp-1022' % (sign, m))
    return float.fromhex('%s0x1.%013xp%d' % (sign, m, e - 1023))


def _encode_long(x):
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    b = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and b[-1] == 0xff and (b[-2] & 0x80):
        b = b[:-1]
    return b


def _decode_long(b):
    return int.from_bytes(b, 'little', signed=True)


def _raw_unicode_escape(s):
    out = []
    for c in s:
        o = ord(c)
        if o > 0xffff:
            out.append('\\U%08x' % o)
        elif o > 0xff or c in '\\\0\n\r\x1a':
            out.append('\\u%04x' % o)
        else:
            out.append(c)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(b):
    s = b.decode('latin-1')
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '\\' and i + 1 < n and s[i + 1] in 'uU':
            width = 4 if s[i + 1] == 'u' else 8
            out.append(chr(int(s[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(c)
            i += 1
    return ''.join(out)


# Go-backed datetime types: reduced as CPython reduces them (a byte state).
# A Python subclass of datetime, date or time without a __reduce_ex__ of its
# own (pywikibot's Timestamp) is reduced the same way, by its own class, as
# CPython's datetime.__reduce_ex__ does: (type(obj), (state, tzinfo)).
def _dt_reduce(obj):
    import datetime as dt
    t = type(obj)
    if t is dt.timedelta or t is dt.timezone:
        return _dt_reduce_exact(obj, t)
    if t is not dt.datetime and t is not dt.date and t is not dt.time:
        # datetime's own __reduce_ex__ goes before a subclass's __reduce__
        if not isinstance(obj, (dt.date, dt.time)) or _class_defines(t, '__reduce_ex__'):
            return None
    if isinstance(obj, dt.datetime):
        y = obj.year
        st = bytes([y >> 8, y & 0xff, obj.month | (128 if getattr(obj, 'fold', 0) else 0), obj.day,
                    obj.hour, obj.minute, obj.second,
                    obj.microsecond >> 16, (obj.microsecond >> 8) & 0xff, obj.microsecond & 0xff])
        args = (st,) if obj.tzinfo is None else (st, obj.tzinfo)
    elif isinstance(obj, dt.date):
        y = obj.year
        args = (bytes([y >> 8, y & 0xff, obj.month, obj.day]),)
    else:
        st = bytes([obj.hour, obj.minute, obj.second, obj.microsecond >> 16,
                    (obj.microsecond >> 8) & 0xff, obj.microsecond & 0xff])
        args = (st,) if obj.tzinfo is None else (st, obj.tzinfo)
    if t is dt.datetime or t is dt.date or t is dt.time:
        return ('datetime', t.__name__, args)
    return (t, args)


def _dt_reduce_exact(obj, t):
    import datetime as dt
    if t is dt.timedelta:
        return ('datetime', 'timedelta', (obj.days, obj.seconds, obj.microseconds))
    if t is dt.timezone:
        off = obj.utcoffset(None)
        name = obj.tzname(None)
        if obj is dt.timezone.utc:
            return ('datetime', 'timezone', (off,))
        default = dt.timezone(off).tzname(None)
        return ('datetime', 'timezone', (off,) if name == default else (off, name))
    return None


def _dt_class(name):
    import datetime as dt
    cls = getattr(dt, name)

    def make(*args):
        if args and isinstance(args[0], (bytes, bytearray)):
            return _dt_from_state(cls, args)
        return cls(*args)
    make.__name__ = name
    return make


def _dt_from_state(cls, args):
    """cls (datetime, date, time or a subclass) made from CPython's pickled
    byte state and tzinfo, as CPython's constructors accept them."""
    import datetime as dt
    b = args[0]
    tz = args[1] if len(args) > 1 else None
    if issubclass(cls, dt.datetime):
        return cls(b[0] * 256 + b[1], b[2] & 127, b[3], b[4], b[5], b[6],
                   (b[7] << 16) | (b[8] << 8) | b[9], tz)
    if issubclass(cls, dt.date):
        return cls(b[0] * 256 + b[1], b[2], b[3])
    return cls(b[0], b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], tz)


def _is_dt_state(func, args):
    """Whether REDUCE calls a Python subclass of datetime, date or time with
    a byte state (a pickle of CPython's)."""
    import datetime as dt
    return bool(args) and isinstance(args[0], (bytes, bytearray)) and isinstance(func, type) \
        and issubclass(func, (dt.date, dt.time))


class _GlobalRef:
    """A module-level name written as a global reference."""

    def __init__(self, module, name):
        self.module = module
        self.name = name


_globals = {}


def _Global(module, name):
    """The one reference object for module.name, so that the memo shares it."""
    g = _globals.get((module, name))
    if g is None:
        g = _globals[(module, name)] = _GlobalRef(module, name)
    return g


_NEWOBJ = _Global('copyreg', '__newobj__')
_RECONSTRUCTOR = _Global('copyreg', '_reconstructor')
_BUILTIN_NAMES = {'set', 'frozenset', 'bytes', 'bytearray', 'object', 'list', 'dict',
                  'tuple', 'int', 'float', 'str', 'complex', 'type', 'getattr'}


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self.fast = 0
        self._out = []
        self._frame = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj."""
        if not hasattr(self, '_out'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._out = []
        if self.proto >= 2:
            self._out.append(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._frame = []
            self._frame_len = 0
        self.save(obj)
        self.write(STOP)
        self._commit_frame()
        self._frame = None
        self._file_write(b''.join(self._out))
        self._out = []

    def write(self, b):
        if self._frame is not None:
            self._frame.append(b)
            self._frame_len += len(b)
        else:
            self._out.append(b)

    def _commit_frame(self, force=True):
        if self._frame is None or not self._frame:
            return
        data = b''.join(self._frame)
        if len(data) >= 4:
            self._out.append(FRAME + _u(len(data), 8))
        self._out.append(data)
        self._frame = []
        self._frame_len = 0

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self.write(BINPUT + bytes([idx]))
            else:
                self.write(LONG_BINPUT + _u(idx, 4))
        else:
            self.write(PUT + repr(idx).encode('ascii') + b'\n')
        self.memo[id(obj)] = (idx, obj)

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes([idx])
            return LONG_BINGET + _u(idx, 4)
        return GET + repr(idx).encode('ascii') + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        if self._frame is not None and self._frame_len >= _FRAME_TARGET:
            self._commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        t = type(obj)
        if obj is None:
            self.write(NONE)
        elif obj is True or obj is False:
            self.save_bool(obj)
        elif t is int or t is _bigint:
            self.save_long(obj)
        elif t is float:
            self.save_float(obj)
        elif t is str:
            self.save_str(obj)
        elif t is bytes:
            self.save_bytes(obj)
        elif t is bytearray:
            self.save_bytearray(obj)
        elif t is tuple:
            self.save_tuple(obj)
        elif t is list:
            self.save_list(obj)
        elif t is dict:
            self.save_dict(obj)
        elif t is set:
            self.save_set(obj)
        elif t is frozenset:
            self.save_frozenset(obj)
        elif isinstance(obj, _GlobalRef):
            self.save_global_ref(obj.module, obj.name, obj)
        elif isinstance(obj, type) or _is_function(obj):
            self.save_global(obj)
        else:
            self.save_object(obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid).encode('ascii') + b'\n')

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + bytes([obj]))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + _u(obj, 2))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            enc = _encode_long(obj)
            n = len(enc)
            if n < 256:
                self.write(LONG1 + bytes([n]) + enc)
            else:
                self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + enc)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(_Global('builtins', 'bytes'), (), obj=obj)
            else:
                self.save_reduce(_Global('_codecs', 'encode'), (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + _u(n, 8) + obj)
        else:
            self.write(BINBYTES + _u(n, 4) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(_Global('builtins', 'bytearray'), (), obj=obj)
            else:
                self.save_reduce(_Global('builtins', 'bytearray'), (bytes(obj),), obj=obj)
            return
        self.write(BYTEARRAY8 + _u(len(obj), 8) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            enc = obj.encode('utf-8')
            n = len(enc)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes([n]) + enc)
            elif n > 0xffffffff and self.proto >= 4:
                self.write(BINUNICODE8 + _u(n, 8) + enc)
            else:
                self.write(BINUNICODE + _u(n, 4) + enc)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def _save_str_fresh(self, obj):
        enc = obj.encode('utf-8')
        if len(enc) <= 0xff:
            self.write(SHORT_BINUNICODE + bytes([len(enc)]) + enc)
        else:
            self.write(BINUNICODE + _u(len(enc), 4) + enc)
        idx = len(self.memo)
        self.write(MEMOIZE)
        self.memo[-idx - 1] = (idx, obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for el in obj:
                self.save(el)
            if id(obj) in self.memo:
                self.write(POP * n + self._get(self.memo[id(obj)][0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for el in obj:
            self.save(el)
        if id(obj) in self.memo:
            get = self._get(self.memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        if not self.bin:
            for x in items:
                self.save(x)
                self.write(APPEND)
            return
        items = list(items)
        if len(items) == 1:
            self.save(items[0])
            self.write(APPEND)
            return
        for start in range(0, len(items), _BATCH):
            self.write(MARK)
            for x in items[start:start + _BATCH]:
                self.save(x)
            self.write(APPENDS)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(list(obj.items()))

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            return
        if len(items) == 1:
            self.save(items[0][0])
            self.save(items[0][1])
            self.write(SETITEM)
            return
        # As CPython's pickler, a size that is a multiple of the batch ends
        # with an empty batch.
        for start in range(0, len(items) + (1 if len(items) % _BATCH == 0 and items else 0), _BATCH):
            self.write(MARK)
            for k, v in items[start:start + _BATCH]:
                self.save(k)
                self.save(v)
            self.write(SETITEMS)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(_Global('builtins', 'set'), (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items) + (1 if len(items) % _BATCH == 0 and items else 0), _BATCH):
            self.write(MARK)
            for x in items[start:start + _BATCH]:
                self.save(x)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(_Global('builtins', 'frozenset'), (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        module = _module_of(obj, name)
        try:
            found = _lookup(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module, name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module, name))
        self.save_global_ref(module, name, obj)

    def save_global_ref(self, module, name, obj):
        if self.proto >= 4:
            self.save(module)
            if name == module and id(name) in self.memo:
                # CPython's module and qualified name are two str objects
                # (datetime.datetime); id() of equal strs is equal here.
                self._save_str_fresh(name)
            else:
                self.save(name)
            self.write(STACK_GLOBAL)
        else:
            if self.fix_imports:
                if module == 'builtins':
                    module = '__builtin__'
                elif module == 'copyreg':
                    module = 'copy_reg'
            self.write(GLOBAL + module.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        if obj is not None:
            self.memoize(obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if func is _NEWOBJ and self.proto >= 2:
            cls = args[0]
            self.save(cls)
            self.save(tuple(args[1:]))
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(list(dictitems))
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)

    def reducer_override(self, obj):
        return NotImplemented

    def save_object(self, obj):
        rv = NotImplemented
        if type(self).reducer_override is not Pickler.reducer_override:
            rv = self.reducer_override(obj)
        if rv is NotImplemented:
            dtr = _dt_reduce(obj)
            if dtr is not None:
                func = _Global(dtr[0], dtr[1]) if len(dtr) == 3 else dtr[0]
                self.save_reduce(func, dtr[-1], obj=obj)
                return
            rv = _user_reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % '__reduce__')
        rv = rv + (None,) * (6 - len(rv))
        self.save_reduce(rv[0], rv[1], rv[2], rv[3], rv[4], rv[5], obj=obj)


def _is_function(obj):
    t = type(obj).__name__
    return t in ('function', 'builtin_function_or_method', 'method', 'builtin_function')


def _module_of(obj, name):
    module = getattr(obj, '__module__', None)
    if module and module != 'collections.abc' and module != 'builtins':
        return module
    import builtins
    if getattr(builtins, name, None) is obj:
        return 'builtins'
    for modname, mod in list(sys.modules.items()):
        if modname == '__main__' or mod is None:
            continue
        try:
            if _lookup(modname, name) is obj:
                return modname
        except Exception:
            pass
    return module or '__main__'


def _lookup(module, name):
    __import__(module)
    obj = sys.modules[module]
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (name, obj))
        obj = getattr(obj, part)
    return obj


def _class_defines(cls, name):
    """Whether a class of cls's MRO other than object defines name (set to
    something other than object's own method)."""
    base = getattr(object, name, None)
    for klass in getattr(cls, '__mro__', (cls,)):
        if klass is object:
            return False
        d = getattr(klass, '__dict__', {})
        if name in d:
            return d[name] is not base
    return False


def _user_reduce(obj, proto):
    cls = type(obj)
    if _class_defines(cls, '__reduce_ex__'):
        return obj.__reduce_ex__(proto)
    if _class_defines(cls, '__reduce__'):
        return obj.__reduce__()
    # object.__reduce_ex__'s default: by class, new-object arguments and state.
    if not hasattr(obj, '__dict__') and not _class_defines(cls, '__getstate__') \
            and not getattr(cls, '__slots__', None):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if _class_defines(cls, '__getstate__'):
        state = obj.__getstate__()
    else:
        state = dict(vars(obj)) if hasattr(obj, '__dict__') else None
        slots = {}
        for klass in getattr(cls, '__mro__', ()):
            d = getattr(klass, '__dict__', {})
            for s in d.get('__slots__', ()) or ():
                if s not in ('__dict__', '__weakref__') and hasattr(obj, s):
                    slots[s] = getattr(obj, s)
        if slots:
            state = (state or None, slots)
        elif not state:
            state = None
    if proto >= 2:
        args = obj.__getnewargs__() if _class_defines(cls, '__getnewargs__') else ()
        return (_NEWOBJ, (cls,) + tuple(args), state)
    return (_RECONSTRUCTOR, (cls, object, None), state)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
}
_MODULE_MAPPING = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'exceptions': 'builtins',
                   'Queue': 'queue', 'cPickle': 'pickle', 'StringIO': 'io', 'cStringIO': 'io'}


class _Mark:
    pass


class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._file = file
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}
        self._buffers = iter(buffers) if buffers is not None else None

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The object module.name (as mapped for Python 2 pickles)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _MODULE_MAPPING:
                module = _MODULE_MAPPING[module]
        if module == 'datetime' and name in ('datetime', 'date', 'time'):
            return _dt_class(name)
        if module in ('copyreg', 'copy_reg'):
            if name == '_reconstructor':
                return _reconstructor
            if name == '__newobj__':
                return _newobj
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        try:
            return _lookup(module, name)
        except ImportError:
            raise
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, sys.modules.get(module, module))) from None

    def _read_all(self):
        f = self._file
        start = None
        try:
            start = f.tell()
        except Exception:
            pass
        data = f.read()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(data), start

    def load(self):
        """Read one pickle from the file and return its object."""
        data, start = self._read_all()
        try:
            value, end = self._load(data, 0)
        finally:
            pass
        if start is not None and hasattr(self._file, 'seek'):
            try:
                self._file.seek(start + end)
            except Exception:
                pass
        return value

    def _load(self, data, pos):
        n = len(data)
        if pos >= n:
            raise EOFError("Ran out of input")
        stack = []
        metastack = []
        memo = self.memo
        while True:
            if pos >= n:
                raise EOFError("Ran out of input")
            op = data[pos]
            pos += 1
            if op == 0x80:  # PROTO
                self.proto = data[pos]
                pos += 1
                if self.proto > HIGHEST_PROTOCOL:
                    raise ValueError("unsupported pickle protocol: %d" % self.proto)
            elif op == 0x95:  # FRAME
                pos += 8
            elif op == 0x2e:  # STOP
                return stack.pop(), pos
            elif op == 0x28:  # MARK
                metastack.append(stack)
                stack = []
            elif op == 0x4b:  # BININT1
                stack.append(data[pos])
                pos += 1
            elif op == 0x4d:  # BININT2
                stack.append(data[pos] | (data[pos + 1] << 8))
                pos += 2
            elif op == 0x4a:  # BININT
                stack.append(int.from_bytes(data[pos:pos + 4], 'little', signed=True))
                pos += 4
            elif op == 0x8c:  # SHORT_BINUNICODE
                ln = data[pos]
                stack.append(data[pos + 1:pos + 1 + ln].decode('utf-8'))
                pos += 1 + ln
            elif op == 0x58:  # BINUNICODE
                ln = int.from_bytes(data[pos:pos + 4], 'little')
                pos += 4
                stack.append(data[pos:pos + ln].decode('utf-8'))
                pos += ln
            elif op == 0x8d:  # BINUNICODE8
                ln = int.from_bytes(data[pos:pos + 8], 'little')
                pos += 8
                stack.append(data[pos:pos + ln].decode('utf-8'))
                pos += ln
            elif op == 0x94:  # MEMOIZE
                memo[len(memo)] = stack[-1]
            elif op == 0x71:  # BINPUT
                memo[data[pos]] = stack[-1]
                pos += 1
            elif op == 0x72:  # LONG_BINPUT
                memo[int.from_bytes(data[pos:pos + 4], 'little')] = stack[-1]
                pos += 4
            elif op == 0x70:  # PUT
                end = data.index(b'\n', pos)
                memo[int(data[pos:end])] = stack[-1]
                pos = end + 1
            elif op == 0x68:  # BINGET
                stack.append(self._memo_get(data[pos]))
                pos += 1
            elif op == 0x6a:  # LONG_BINGET
                stack.append(self._memo_get(int.from_bytes(data[pos:pos + 4], 'little')))
                pos += 4
            elif op == 0x67:  # GET
                end = data.index(b'\n', pos)
                stack.append(self._memo_get(int(data[pos:end])))
                pos = end + 1
            elif op == 0x7d:  # EMPTY_DICT
                stack.append({})
            elif op == 0x5d:  # EMPTY_LIST
                stack.append([])
            elif op == 0x29:  # EMPTY_TUPLE
                stack.append(())
            elif op == 0x8f:  # EMPTY_SET
                stack.append(set())
            elif op == 0x61:  # APPEND
                v = stack.pop()
                _append(stack[-1], [v])
            elif op == 0x65:  # APPENDS
                items = stack
                stack = metastack.pop()
                _append(stack[-1], items)
            elif op == 0x73:  # SETITEM
                v = stack.pop()
                k = stack.pop()
                stack[-1][k] = v
            elif op == 0x75:  # SETITEMS
                items = stack
                stack = metastack.pop()
                d = stack[-1]
                for i in range(0, len(items), 2):
                    d[items[i]] = items[i + 1]
            elif op == 0x90:  # ADDITEMS
                items = stack
                stack = metastack.pop()
                s = stack[-1]
                if isinstance(s, set):
                    s.update(items)
                else:
                    for x in items:
                        s.add(x)
            elif op == 0x91:  # FROZENSET
                items = stack
                stack = metastack.pop()
                stack.append(frozenset(items))
            elif op == 0x74:  # TUPLE
                items = stack
                stack = metastack.pop()
                stack.append(tuple(items))
            elif op == 0x85:  # TUPLE1
                stack[-1] = (stack[-1],)
            elif op == 0x86:  # TUPLE2
                b = stack.pop()
                stack[-1] = (stack[-1], b)
            elif op == 0x87:  # TUPLE3
                c = stack.pop()
                b = stack.pop()
                stack[-1] = (stack[-1], b, c)
            elif op == 0x6c:  # LIST
                items = stack
                stack = metastack.pop()
                stack.append(items)
            elif op == 0x64:  # DICT
                items = stack
                stack = metastack.pop()
                stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
            elif op == 0x4e:  # NONE
                stack.append(None)
            elif op == 0x88:
                stack.append(True)
            elif op == 0x89:
                stack.append(False)
            elif op == 0x47:  # BINFLOAT
                stack.append(_unpack_double(data[pos:pos + 8]))
                pos += 8
            elif op == 0x8a:  # LONG1
                ln = data[pos]
                stack.append(_decode_long(data[pos + 1:pos + 1 + ln]))
                pos += 1 + ln
            elif op == 0x8b:  # LONG4
                ln = int.from_bytes(data[pos:pos + 4], 'little', signed=True)
                if ln < 0:
                    raise UnpicklingError("LONG pickle has negative byte count")
                pos += 4
                stack.append(_decode_long(data[pos:pos + ln]))
                pos += ln
            elif op == 0x43:  # SHORT_BINBYTES
                ln = data[pos]
                stack.append(data[pos + 1:pos + 1 + ln])
                pos += 1 + ln
            elif op == 0x42:  # BINBYTES
                ln = int.from_bytes(data[pos:pos + 4], 'little')
                pos += 4
                stack.append(data[pos:pos + ln])
                pos += ln
            elif op == 0x8e:  # BINBYTES8
                ln = int.from_bytes(data[pos:pos + 8], 'little')
                pos += 8
                stack.append(data[pos:pos + ln])
                pos += ln
            elif op == 0x96:  # BYTEARRAY8
                ln = int.from_bytes(data[pos:pos + 8], 'little')
                pos += 8
                stack.append(bytearray(data[pos:pos + ln]))
                pos += ln
            elif op == 0x93:  # STACK_GLOBAL
                name = stack.pop()
                module = stack.pop()
                if type(name) is not str or type(module) is not str:
                    raise UnpicklingError("STACK_GLOBAL requires str")
                stack.append(self.find_class(module, name))
            elif op == 0x63:  # GLOBAL
                end = data.index(b'\n', pos)
                module = data[pos:end].decode('utf-8')
                end2 = data.index(b'\n', end + 1)
                name = data[end + 1:end2].decode('utf-8')
                pos = end2 + 1
                stack.append(self.find_class(module, name))
            elif op == 0x52:  # REDUCE
                args = stack.pop()
                func = stack[-1]
                stack[-1] = _dt_from_state(func, args) if _is_dt_state(func, args) else func(*args)
            elif op == 0x81:  # NEWOBJ
                args = stack.pop()
                cls = stack.pop()
                stack.append(_newobj(cls, *args))
            elif op == 0x92:  # NEWOBJ_EX
                kwargs = stack.pop()
                args = stack.pop()
                cls = stack.pop()
                stack.append(cls.__new__(cls, *args, **kwargs))
            elif op == 0x62:  # BUILD
                state = stack.pop()
                _build(stack[-1], state)
            elif op == 0x30:  # POP
                if stack:
                    stack.pop()
                else:
                    stack = metastack.pop()
            elif op == 0x31:  # POP_MARK
                stack = metastack.pop()
            elif op == 0x32:  # DUP
                stack.append(stack[-1])
            elif op == 0x49:  # INT
                end = data.index(b'\n', pos)
                s = data[pos:end]
                pos = end + 1
                if s == b'00':
                    stack.append(False)
                elif s == b'01':
                    stack.append(True)
                else:
                    stack.append(int(s))
            elif op == 0x4c:  # LONG
                end = data.index(b'\n', pos)
                s = data[pos:end]
                pos = end + 1
                if s.endswith(b'L'):
                    s = s[:-1]
                stack.append(int(s))
            elif op == 0x46:  # FLOAT
                end = data.index(b'\n', pos)
                stack.append(float(data[pos:end].decode('ascii')))
                pos = end + 1
            elif op == 0x56:  # UNICODE
                end = data.index(b'\n', pos)
                stack.append(_raw_unicode_unescape(data[pos:end]))
                pos = end + 1
            elif op == 0x53:  # STRING
                end = data.index(b'\n', pos)
                s = data[pos:end].decode('latin-1')
                pos = end + 1
                if len(s) >= 2 and s[0] == s[-1] and s[0] in '"\'':
                    s = s[1:-1]
                else:
                    raise UnpicklingError("the STRING opcode argument must be quoted")
                stack.append(self._decode_string(_unescape_py2(s)))
            elif op == 0x54:  # BINSTRING
                ln = int.from_bytes(data[pos:pos + 4], 'little', signed=True)
                pos += 4
                stack.append(self._decode_string(data[pos:pos + ln]))
                pos += ln
            elif op == 0x55:  # SHORT_BINSTRING
                ln = data[pos]
                stack.append(self._decode_string(data[pos + 1:pos + 1 + ln]))
                pos += 1 + ln
            elif op == 0x69:  # INST
                end = data.index(b'\n', pos)
                module = data[pos:end].decode('ascii')
                end2 = data.index(b'\n', end + 1)
                name = data[end + 1:end2].decode('ascii')
                pos = end2 + 1
                klass = self.find_class(module, name)
                args = tuple(stack)
                stack = metastack.pop()
                stack.append(_instantiate(klass, args))
            elif op == 0x6f:  # OBJ
                args = stack
                stack = metastack.pop()
                klass = args.pop(0)
                stack.append(_instantiate(klass, tuple(args)))
            elif op == 0x50:  # PERSID
                end = data.index(b'\n', pos)
                stack.append(self.persistent_load(data[pos:end].decode('ascii')))
                pos = end + 1
            elif op == 0x51:  # BINPERSID
                stack.append(self.persistent_load(stack.pop()))
            elif op == 0x97:  # NEXT_BUFFER
                if self._buffers is None:
                    raise UnpicklingError("pickle stream refers to out-of-band data "
                                          "but no *buffers* argument was given")
                try:
                    stack.append(next(self._buffers))
                except StopIteration:
                    raise UnpicklingError("not enough out-of-band buffers")
            elif op == 0x98:  # READONLY_BUFFER
                pass
            elif op in (0x82, 0x83, 0x84):
                raise UnpicklingError("extension codes are not supported")
            else:
                c = chr(op)
                raise UnpicklingError("invalid load key, %r." % c if op >= 0x80 or not c.isprintable()
                                      else "invalid load key, '%s'." % c)

    def _memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)


def _unescape_py2(s):
    out = bytearray()
    i = 0
    n = len(s)
    simple = {'n': 10, 't': 9, 'r': 13, '\\': 92, "'": 39, '"': 34, 'a': 7, 'b': 8, 'f': 12, 'v': 11, '0': 0}
    while i < n:
        c = s[i]
        if c == '\\' and i + 1 < n:
            d = s[i + 1]
            if d == 'x':
                out.append(int(s[i + 2:i + 4], 16))
                i += 4
                continue
            if d in '01234567' and i + 2 < n and s[i + 2] in '01234567':
                j = i + 1
                while j < n and j < i + 4 and s[j] in '01234567':
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xff)
                i = j
                continue
            if d in simple:
                out.append(simple[d])
                i += 2
                continue
        out.append(ord(c) & 0xff)
        i += 1
    return bytes(out)


def _append(target, items):
    if isinstance(target, list):
        target.extend(items)
        return
    ext = getattr(target, 'extend', None)
    if ext is not None:
        ext(items)
    else:
        for x in items:
            target.append(x)


def _instantiate(klass, args):
    if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
        try:
            return klass(*args)
        except TypeError as err:
            raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)))
    return klass.__new__(klass)


def _build(inst, state):
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None and _class_defines(type(inst), '__setstate__'):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        d = getattr(inst, '__dict__', None)
        for k, v in state.items():
            if type(k) is str and d is not None:
                setattr(inst, k, v)
            else:
                setattr(inst, k, v)
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read one pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """The object pickled in data (bytes)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(None, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors)
    return u._load(bytes(data), 0)[0]
