# bytes and bytearray methods with CPython's ASCII semantics (capitalize, center,
# is*, partition, rsplit, translate, zfill, ...), bytearray's list methods,
# pow() with a negative exponent and a modulus, range's start/stop/step.
for b in (b'Hello, World', b'  hi there\tx', b'abc', b'', b'-42', b'ABC def', b'Hello World', b'hello', b'1a', b'\xff\x80A'):
    ba = bytearray(b)
    print(b, b.capitalize(), b.center(15, b'*'), b.center(4), b.ljust(14, b'.'), b.rjust(14), b.zfill(6), b.expandtabs(4), b.swapcase(), b.title(), ba.title(),
          [b.isalnum(), b.isalpha(), b.isascii(), b.islower(), b.isspace(), b.istitle(), b.isupper()],
          b.partition(b'l'), b.rpartition(b'l'), ba.partition(b'o'), b.removeprefix(b'He'), b.removesuffix(b'ld'), b.rsplit(), b.rsplit(b'l', 1), ba.rsplit(b' '),
          b.translate(bytes.maketrans(b'lo', b'01')), b.translate(None, b'l'), ba.translate(bytes.maketrans(b'a', b'b'), b'c'))
ba = bytearray(b'hi')
print(ba.append(33), ba.extend(b'??'), ba.pop(), ba.insert(0, 62), ba.remove(62), ba.reverse(), bytes(ba), ba.copy(), ba.pop(0), ba.insert(-10, 65), ba.insert(99, 66), ba, ba.clear(), ba)
for bad in (lambda: b'x'.center(5, b'ab'), lambda: bytearray().pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(98), lambda: bytearray().insert(0, 300), lambda: b'x'.partition(b''), lambda: bytes.maketrans(b'a', b'bc'), lambda: b'a'.translate(b'x')):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(pow(2, -1, 7), pow(3, -2, 11), range(1, 10, 2).start, range(5).stop, range(1, 10, 2).step)
print(pow(5, -1, -7), pow(10**30, -1, 7), pow(-3, -1, 7))
for bad in (lambda: pow(2, -1, 4), lambda: pow(2, -1, 0)):
    try:
        bad()
    except ValueError as e:
        print(e)
r = range(-5, 20, 3)
print(r.start, r.stop, r.step, range(3)[::2].step, range(10)[2:8:2])
