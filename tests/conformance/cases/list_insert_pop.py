l = [1, 2, 3]
l.insert(0, "a"); l.insert(2, "b"); l.insert(100, "end"); l.insert(-1, "m"); l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
