x = 1
name = "crlf"
print(f"{x} {name}")
d = {"k": 1,
     "j": 2}
print(d["j"])
