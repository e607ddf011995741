from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])))
print(list(permutations('abc')))
print(list(permutations(range(3), 2)))
print(list(permutations('ab', 3)))
print(list(combinations('abcd', 3)))
print(list(combinations(range(4), 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
