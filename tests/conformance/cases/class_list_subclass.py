class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(len(s), s.peek(), s[0], list(s), s.pop(), len(s))
print(isinstance(s, list), 2 in s, sorted(s, reverse=True))
t = Stack([5, 6])
print(len(t), t[1], sum(t))
for x in t:
    print("x", x)
