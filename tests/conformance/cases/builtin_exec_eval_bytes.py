# exec() and eval() of bytes and bytearray source, with a coding cookie
ns = {}
exec(b"x = 40 + 2\nname = 'caf\xc3\xa9'\n", ns)
print(ns['x'], ns['name'])
print(eval(b"1 + 1"), eval(bytearray(b"'ab' * 2")))
exec(b"# -*- coding: latin-1 -*-\ny = '\xe9t\xe9'\n", ns)
print(ns['y'])
try:
    eval(42)
except TypeError as e:
    print(e)
