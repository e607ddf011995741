l = [5, 3, 8]
l.insert(1, 4)
l.append(l.pop(0))
print(l, l.index(8), len(l))
stack = []
for ch in "(a(b)c)":
    if ch == "(":
        stack.append(ch)
    elif ch == ")":
        stack.pop()
print(stack, not stack)
q = [1, 2, 3]
while q:
    print(q.pop(0), end=" ")
print()
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, [0] * 3 + [1] * 2)
print(list.index([4, 5, 6], 5), list.count([1, 1, 2], 1))
