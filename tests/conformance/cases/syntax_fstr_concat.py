x = 1
s = "plain " f"f-part {x} " "more"
print(s)
t = (f"line {x}, "
     "next "
     f"last {x + 1}")
print(t)
print("a" "b" f"{x}")
