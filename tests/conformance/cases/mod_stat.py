import stat, os, tempfile
d = tempfile.mkdtemp()
st = os.stat(d)
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(0o100644), stat.filemode(0o40755))
print(stat.S_IMODE(0o100644) == 0o644, stat.S_IFMT(0o100644) == stat.S_IFREG, stat.ST_SIZE)
os.rmdir(d)
