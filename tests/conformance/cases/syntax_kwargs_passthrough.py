def target(a, b=0, **rest):
    return a, b, rest
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
opts = {"b": 2, "c": 3}
print(wrapper(1, **opts))
print(wrapper(**{"a": 5}, d=4))
print(target(*[7], **dict(b=8)))
try:
    target(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    target(1, **[1])
except TypeError as e:
    print("TypeError")
