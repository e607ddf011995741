import string

f = string.Formatter()
print(f.format('{0} + {1} = {2}', 1, 2, 3))
print(f.format('{name} is {age}', name='Ann', age=30))
print(f.vformat('{0}-{x}', ('a',), {'x': 'b'}))
