from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
print(deque('abc'), deque(), deque([1], 0))
try:
    deque().popleft()
except IndexError as e:
    print('IndexError:', e)
e = d.copy()
e.clear()
print(d == deque([-1, 3, 4]), e)
