try:
    set([1]) | [2]
except TypeError as e:
    print('TypeError:', e)
try:
    set([1]) & 'a'
except TypeError as e:
    print('TypeError:', e)
print(set([1]).union([2]), set('ab').intersection('bc'))
