items = [3, 1, 2]
print(f"{sorted(items)}")
print(f"{len(items) * 2}")
print(f"{items[0] + items[1]}")
print(f"{[i * 2 for i in items]}")
print(f"{(lambda v: v + 1)(4)}")
print(f"{max(items, key=lambda v: -v)}")
print(f"{3 != 4} {3 == 4} {3 <= 4}")
print(f"{ items[1] }")
