import io
b = io.BytesIO(b"abc")
print(b.read(), b.read(), b.tell())
b.write(b"def")
print(b.getvalue())
b.seek(0)
print(b.readline(), b.read(2))
b = io.BytesIO()
b.write(b"x\ny\n")
b.seek(0)
print(list(b))
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError:", e)
