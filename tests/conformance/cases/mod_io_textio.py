import io
s = io.StringIO("line1\nline2\nline3\n")
print(s.readline(), end="")
print(s.readline(3))
print(s.readlines())
s = io.StringIO()
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), s.tell(), s.seek(0), s.read(1))
print(s.readable(), s.writable(), s.seekable())
