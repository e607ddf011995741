try:
    open("_p4_nope.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
    print(str(e))
try:
    open(".", "w")
except OSError as e:
    print(e.errno, e.strerror, e.filename, type(e) is IsADirectoryError)
