print(", ".join(["a", "b", "c"]))
print("".join(x for x in "hello" if x != "l"))
print("-".join(("x",)))
print("|".join([]))
print(str.join(":", ["p", "q"]))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
