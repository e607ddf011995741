import bisect
import heapq

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError', e)

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3])))
print(list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True)))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'edit'))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
