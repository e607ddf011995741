words = ["banana", "kiwi", "apple", "fig"]
print(min(words, key=len), max(words, key=len), max(words), min(words))
print(max(3, 7, 5), min(3, 7, 5), max([1, 5, 2], key=lambda x: -x))
print(max([], default="empty"), min([], default=None), max([4], default=0))
print(max("abc", key=str.upper), min([-3, 2, -1], key=abs))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
print(max([1, 3, 3, 2], key=lambda x: x % 3), max(["a", "b"], key=len))
