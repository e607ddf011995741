x = 7
name = "bot"
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{x=:>4}")
print(f"{name=!s}")
print(f"{x*2=}")
