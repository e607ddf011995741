import io
buf = io.StringIO()
print("a", "b", sep="-", file=buf)
print(1, 2, 3, file=buf, end="!\n")
print(repr(buf.getvalue()))
