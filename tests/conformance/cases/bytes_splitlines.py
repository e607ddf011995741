# bytes.splitlines and bytearray.splitlines end lines at \n, \r and \r\n
# only; keepends positionally or by name, an int or bool.
print(b''.splitlines(), b'\n'.splitlines(), b'a\x0bb\x0cc\x1cd\x85e'.splitlines())
print(b'x\r\n\ry'.splitlines(keepends=True), b'a\n\nb\r'.splitlines(True), b'a\n\nb\r'.splitlines(0))
print(bytearray(b'a\nb').splitlines(), bytes.splitlines(b'q\nr'), b'no end'.splitlines(True))
print(b'<?xml version="1.0" encoding="iso-8859-1"?>\r\n<a/>'.splitlines()[0])
for a in [('x',), (1, 2), (1.5,)]:
    try:
        print(b'a'.splitlines(*a))
    except TypeError as e:
        print('TypeError:', e)
try:
    b'a'.splitlines(keep=1)
except TypeError as e:
    print('TypeError:', e)
