import copy

orig = {'a': [1, 2], 'b': {'c': [3]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
shallow['a'].append(99)
deep['b']['c'].append(100)
print(orig)
print(deep)
lst = [[1], [2]]
c = copy.copy(lst)
print(c == lst, c is lst, c[0] is lst[0])
d = copy.deepcopy(lst)
print(d == lst, d[0] is lst[0])
t = (1, [2])
print(copy.copy(t) == t, copy.deepcopy(t) == t, copy.deepcopy(t)[1] is t[1])
print(copy.copy(5), copy.copy('s'), copy.deepcopy(None))
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1])
