print(",".join(str(i) for i in range(5)))
print("".join(["a"] * 3), "-".join(map(str, [1.5, 2, None])), " ".join("abc"))
print("\n".join(["x", "y"]))
for bad in [[1, 2], ["a", None], [b"x"]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
