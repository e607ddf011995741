from collections import Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(3))
print(c['a'], c['z'])
print(sorted(c.elements()))
print(Counter(['x', 'y', 'x']), Counter({'a': 2}), Counter(a=1, b=2))
print(Counter())
