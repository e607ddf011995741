e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename)
print(str(e))
print(str(OSError(13, "Permission denied")))
print(OSError("plain").errno, str(OSError("plain")))
class MyIO(OSError):
    pass
m = MyIO(5, "I/O error")
print(m.errno, m.strerror, str(m), isinstance(m, OSError))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as err:
    print(type(err).__name__, isinstance(err, OSError))
