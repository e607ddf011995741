import os
name = "_p4_file_bin.dat"
with open(name, "wb") as f:
    print(f.write(b"\x00\x01\xffdata"), f.write(bytes([10, 20])))
with open(name, "rb") as f:
    data = f.read()
print(data, len(data), data[2], type(data) is bytes)
with open(name, "rb") as f:
    print(f.read(2), f.read(3), f.read())
with open(name, "ab") as f:
    f.write(b"\nmore\n")
with open(name, "rb") as f:
    print(f.readlines())
try:
    with open(name, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
os.remove(name)
