s = "unhappy.txt"
print(s.removeprefix("un"), s.removeprefix("x"), s.removesuffix(".txt"), s.removesuffix("y"))
print(s.startswith("un"), s.startswith("happy", 2), s.startswith("hap", 2, 4), s.startswith(("x", "un")))
print(s.endswith(".txt"), s.endswith("happy", 0, 7), s.endswith(("a", "b")), s.endswith("txt", 20))
print("".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
try:
    s.startswith(["un"])
except TypeError as e:
    print("TypeError:", e)
