# A subclass of io.StringIO or io.BytesIO whose __init__ takes arguments of
# its own passes the stream's arguments on with super().__init__.
import io


class S(io.StringIO):
    def __init__(self, *args, extra=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = extra


s = S('ab', extra=5)
print(s.read(), s.extra, s.getvalue())
s = S(extra=6)
s.write('w')
print(repr(s.getvalue()), s.extra)
s = S('a\r\nb', newline='', extra=7)
print(repr(s.getvalue()), s.extra, isinstance(s, io.StringIO))
s = S(initial_value='kw')
print(s.getvalue(), s.extra)


class B(io.BytesIO):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag


b = B(b'xy', tag='t')
print(b.read(), b.tag)


class Plain(io.StringIO):
    pass


print(Plain('p').read())
try:
    S(1)
except TypeError as e:
    print('TypeError:', e)
