s = "text"
print(f"{s!r}")
print(f"{s!s}")
c = "caf\u00e9"
print(f"{c!a}")
print(f"{s!r:>10}|")
print(f"{42!r}")
