import os
name = "_p4_file_enc.txt"
with open(name, "w", encoding="latin-1") as f:
    f.write("café naïve\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.read())
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo €\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-8") as f:
    print(f.read(3), f.read(), end="")
with open(name, "w", encoding="ascii", errors="replace") as f:
    f.write("é!")
with open(name) as f:
    print(f.read())
os.remove(name)
