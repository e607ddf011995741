class O: pass
for f in (int, float, complex, bool):
    for a in (None, [1], {1:2}, O(), (1,), {1}, b'1', 1j):
        try:
            r = f(a)
            print(f.__name__, type(a).__name__, 'ok', repr(r)[:30])
        except Exception as e:
            print(f.__name__, type(a).__name__, type(e).__name__, e)
for args in ((b'x', 'utf-8'), ('x', 'utf-8'), (None, 'utf-8'), (1, 'utf-8'), ([1], 'ascii'), (b'x', 1), (b'\xff', 'ascii'), (b'x', 'nope')):
    try:
        print(repr(str(*args)))
    except Exception as e:
        print('str', type(e).__name__, e)
for args in (('10', 2), (10, 2), (None, 2), ('z', 36), ('1', 'x'), ('1', 1), ('1', 37), (1.5, 10)):
    try:
        print(int(*args))
    except Exception as e:
        print('int', type(e).__name__, e)
for a in ('x', '1 2', '', ' ', 'nan', 'inf', '1_0', '1__0'):
    for f in (int, float, complex):
        try:
            print(f(a))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for args in ((1, 'x'), ('1', 1), ('1', '1'), (None, 1), (1, None), ([1],), (1, [1])):
    try:
        print(complex(*args))
    except Exception as e:
        print('complex', type(e).__name__, e)
try:
    float(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    int(x=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    int('1', 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    bytes(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    bytes(1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    bytes('x')
except Exception as e:
    print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 3
for f in (int, float, complex):
    for a in (F(), I(), N(), 10**30, True, -0.0):
        try:
            print(f.__name__, type(a).__name__, f(a))
        except Exception as e:
            print(f.__name__, type(a).__name__, type(e).__name__, e)
print(complex(1, 1j), complex(1j, 1j), complex(2.5, True), complex(imag=3), complex(real=2))
print(int('ff', 16), int('ff', base=16), int(b'12'), int('0x1f', 0), float(b'1.5'))
for args in ((b'x', 'utf-8', 3), (b'x', 'utf-8', None), (b'x',)):
    try:
        print(repr(str(*args)))
    except Exception as e:
        print('str', type(e).__name__, e)
print(complex(1j), complex(1j, 0.0), complex(-0.0), complex(0.0, -0.0), complex(-0.0, 1j), complex(1j, -0.0), complex(-0.0, -0.0))
