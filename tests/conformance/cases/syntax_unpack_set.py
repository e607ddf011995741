a = [1, 2]
s = {*a, 3}
print(sorted(s))
t = {*a, *"ab"}
print(sorted(t, key=str))
