# UnicodeEncodeError / UnicodeDecodeError built from Python code.
e = UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "ordinal not in range(128)")
print(e.encoding, repr(e.object), e.start, e.end, e.reason)
print(str(e))
print(repr(e.args))
print(isinstance(e, UnicodeError), isinstance(e, ValueError))

e2 = UnicodeEncodeError("ascii", "abcdef", 1, 4, "nope")
print(str(e2))

e3 = UnicodeEncodeError("latin-1", "\u20ac", 0, 1, "ordinal not in range(256)")
print(str(e3))

e4 = UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "x")
print(str(e4))

d = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "invalid start byte")
print(d.encoding, repr(d.object), d.start, d.end, d.reason)
print(str(d))
d2 = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "invalid continuation byte")
print(str(d2))
d3 = UnicodeDecodeError("utf-8", bytearray(b"\x80"), 0, 1, "bad")
print(repr(d3.object), str(d3))

try:
    raise UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range(128)")
except UnicodeError as err:
    print("caught", type(err).__name__, err.start, err.end)

try:
    UnicodeEncodeError("ascii", "x")
except TypeError as err:
    print("TypeError", err)

try:
    UnicodeDecodeError("utf-8", "not bytes", 0, 1, "r")
except TypeError as err:
    print("TypeError", err)

e.reason = "changed"
e.start = 0
print(str(e))

# Go-raised errors still carry the attributes.
try:
    "h\xe9".encode("ascii")
except UnicodeEncodeError as err:
    print(err.encoding, err.start, err.end, err.reason, str(err))
try:
    b"h\xe9".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.encoding, err.start, err.end, str(err))


class MyErr(UnicodeEncodeError):
    pass


m = MyErr("ascii", "\xe9", 0, 1, "mine")
print(type(m).__name__, m.reason, str(m))
print(str(UnicodeError("plain")))
try:
    "a\u20acb".encode("latin-1")
except UnicodeEncodeError as err:
    print(err.encoding, err.start, err.end, str(err))
try:
    b"ab\xc3".decode("utf-8")
except UnicodeDecodeError as err:
    print(repr(err.object), err.start, err.end, str(err))
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as err:
    err.end = 3
    print(str(err))
