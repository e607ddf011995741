print(b"%d bytes" % 5, b"%s:%s" % (b"k", b"v"), b"%5d|%-5d|" % (1, 2), b"%x %X %o" % (255, 255, 8))
print(b"%.2f" % 3.14159, b"%c%c" % (65, 66) if False else b"%b" % b"raw", b"%%")
print(b"[%(a)s]" % {b"a": b"x"} if False else b"ok")
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError:", e)
