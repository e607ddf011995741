class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
a = A()
print("%s / %r" % (a, a))
print("%s" % a)
print("[%10s]" % a)
s = "%s-%s"
print(s % ("x", "y"))
t = "%d items"
t %= 5
print(t)
print(b"%s=%d" % (b"k", 3))
print(b"%5b|%x" % (b"ab", 255))
