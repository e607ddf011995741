import os
name = "_p4_file_wl.txt"
f = open(name, "w")
f.writelines("%d\n" % i for i in range(3))
f.writelines(["a", "b", "\n"])
print("via", "print", sep="_", file=f)
print(1.0, 2.5e20, -0.0, file=f, end="")
f.close()
print(open(name).read())
try:
    with open(name, "w") as g:
        g.writelines([1])
except TypeError as e:
    print("TypeError:", e)
os.remove(name)
