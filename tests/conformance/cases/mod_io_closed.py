import io
s = io.StringIO("x")
print(s.closed)
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError:", e)
with io.StringIO() as t:
    t.write("in with")
    print(t.getvalue())
print(t.closed)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
print(io.SEEK_END, io.StringIO("abc").seek(0, 2))
