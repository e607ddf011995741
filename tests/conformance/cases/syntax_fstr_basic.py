name = "World"
n = 42
print(f"Hello, {name}!")
print(f'{n} items')
print(F"upper prefix {n}")
print(f"{n}{n}{n}")
print(f"")
print(f"no fields")
