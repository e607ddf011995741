import os
try:
    open("_p4_does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
name = "_p4_file_x.txt"
with open(name, "x") as f:
    f.write("new")
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    open(name, "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    open(name, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(name)
try:
    open("_p4_missing_dir/x.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
