print({3, 1, 2})
print({1}, {'only'})
a = 5
print({a, a + 1, a - 1})
print({x % 4 for x in range(10)})
print(sorted({'pear', 'apple', 'fig'}))
