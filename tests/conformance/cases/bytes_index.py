b = b"hello world"
print(b[0], b[-1], b[1:5], b[::2], b[::-1], b[100:], len(b))
print(list(b[:3]), [x for x in b"ab"], tuple(b"xy"))
for c in b"hi":
    print(c)
try:
    b[20]
except IndexError as e:
    print("IndexError:", e)
print(type(b[0]).__name__ if False else "", isinstance(b, bytes), type(b) is bytes)
