# A for statement's target written as a one-element tuple without
# parentheses unpacks each item, as in comprehensions.
pairs = [(1,), (2,), (3,)]
result = []
for x, in pairs:
    result.append(x)
print(result)
for (y,) in pairs[:1]:
    print(y)
for a, b, in [(4, 5)]:
    print(a, b)
for k, in {"k": 1}.items() if False else [("only",)]: print(k)
print([z for z, in pairs], {w for w, in pairs})
for [v], in [([6],)]:
    print(v)
for i in range(2): print(i)


def gen():
    for q, in pairs:
        yield q * 10


print(list(gen()))
try:
    for m, in [(1, 2)]:
        pass
except ValueError as e:
    print(type(e).__name__, e)
