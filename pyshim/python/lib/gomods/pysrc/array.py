"""Arrays of numeric values (gowikibot: items kept as Python values, bytes through struct)."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'
_sizes = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
           'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (-2 ** 63, 2 ** 63 - 1),
           'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}


class array:
    """array(typecode[, initializer]): a compact sequence of numbers (or characters, 'u')."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self.itemsize = _sizes[typecode]
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self.fromunicode(initializer)
        else:
            self.extend(initializer)

    def _check(self, v):
        tc = self.typecode
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        if tc in 'fd':
            if not isinstance(v, (int, float)):
                raise TypeError('must be real number, not %s' % type(v).__name__)
            v = float(v)
            if tc == 'f':
                v = _struct.unpack('f', _struct.pack('f', v))[0]
            return v
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not isinstance(v, int):
            raise TypeError('an integer is required (got type %s)' % type(v).__name__)
        lo, hi = _ranges[tc]
        if v < lo or v > hi:
            if tc == 'b':
                raise OverflowError('signed char is %s than %s' % ('less' if v < lo else 'greater',
                                                               'minimum' if v < lo else 'maximum'))
            if tc == 'B':
                raise OverflowError('unsigned byte integer is %s than %s' % ('less' if v < lo else 'greater',
                                                                         'minimum' if v < lo else 'maximum'))
            raise OverflowError('%s %s integer is %s than %s' % (
                'unsigned' if tc.isupper() else 'signed', {'h': 'short', 'i': 'int', 'l': 'long', 'q': 'long long'}[tc.lower()],
                'less' if v < lo else 'greater', 'minimum' if v < lo else 'maximum'))
        return int(v)

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self.typecode
        if self.typecode == 'u':
            return 'array(%r, %r)' % (self.typecode, ''.join(self._items))
        return 'array(%r, %r)' % (self.typecode, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            a = array(self.typecode)
            a._items = self._items[i]
            return a
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array) or v.typecode != self.typecode:
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            self._items[i] = list(v._items)
        else:
            v = self._check(v)
            try:
                self._items[i] = v
            except IndexError:
                raise IndexError('array assignment index out of range') from None
            except TypeError:
                raise TypeError('array indices must be integers') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __eq__(self, other):
        return isinstance(other, array) and self._items == other._items

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, array) or other.typecode != self.typecode:
            raise TypeError('bad argument type for built-in operation')
        a = array(self.typecode)
        a._items = self._items + other._items
        return a

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        a = array(self.typecode)
        a._items = self._items * n
        return a

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items = self._items * n
        return self

    def __copy__(self):
        return array(self.typecode, self._items)

    def __deepcopy__(self, memo):
        return self.__copy__()

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable.typecode != self.typecode:
            raise TypeError('can only extend with array of same kind')
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        return self._items.pop(i)

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        items = self._items[start:stop]
        for i, x in enumerate(items):
            if x == v:
                return i + start
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def _fmt(self, n):
        if self.typecode == 'u':
            return '<%dI' % n
        return '<%d%s' % (n, {'l': 'q', 'L': 'Q'}.get(self.typecode, self.typecode))

    def tobytes(self):
        if self.typecode == 'u':
            return _struct.pack(self._fmt(len(self._items)), *[ord(c) for c in self._items])
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, b):
        b = bytes(b)
        if len(b) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        vals = _struct.unpack(self._fmt(len(b) // self.itemsize), b)
        if self.typecode == 'u':
            vals = [chr(v) for v in vals]
        self._items.extend(vals)

    def byteswap(self):
        if self.typecode in 'bB':
            return
        raw = self.tobytes()
        n = self.itemsize
        swapped = b''.join(raw[i:i + n][::-1] for i in range(0, len(raw), n))
        self._items = []
        self.frombytes(swapped)

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        checked = [self._check(v) for v in lst]
        self._items.extend(checked)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self.typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')


ArrayType = array
