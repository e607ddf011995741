o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, o1 is o1)
print([o1].count(o1), o2 in [o1], o1 in [o1])
