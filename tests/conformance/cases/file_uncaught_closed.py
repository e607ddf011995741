f = open("file_uncaught_closed.py")
f.close()
print("closed:", f.closed)
f.readline()
