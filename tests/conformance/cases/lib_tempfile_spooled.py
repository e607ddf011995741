# tempfile.SpooledTemporaryFile (in memory until max_size or fileno(), then a
# TemporaryFile) and tempfile.TemporaryFile; binary files' mode as FileIO's.
import tempfile, os
with tempfile.SpooledTemporaryFile(max_size=10) as f:
    f.write(b'hello')
    print(f._rolled, f.tell(), f.name)
    f.write(b' world, longer')
    print(f._rolled, f.tell())
    f.seek(0)
    print(f.read(), f.closed)
print(f.closed)
t = tempfile.SpooledTemporaryFile(mode='w+', max_size=100)
print(t.write('é line\nsecond\n'), t._rolled, t.encoding)
t.seek(0)
print(t.readlines(), list(t))
fd = t.fileno()
print(t._rolled, type(fd).__name__, t.mode)
t.seek(0)
print(repr(t.read()))
t.close()
with tempfile.TemporaryFile() as tf:
    tf.write(b'abc')
    tf.seek(0)
    print(tf.read(), tf.mode)
with tempfile.TemporaryFile('w+') as tf:
    tf.write('x\ny')
    tf.seek(0)
    print(tf.readlines(), tf.encoding)
print(*(open(os.path.join(tempfile.mkdtemp(), 'f'), m).mode for m in ('w+b', 'wb', 'ab', 'a+b', 'w', 'a+')))
