words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
w = list(words)
w.sort(key=str.lower)
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
recs.sort(key=lambda r: r[1])
print(recs)
nums = [3, -1, 2, -5]
nums.sort(key=abs)
print(nums, sorted(nums))
