class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.shared.append(Counter.instances)
Counter(); Counter(); c = Counter()
print(Counter.instances, c.shared, Counter.shared is c.shared)
Counter.new_attr = "added"
print(c.new_attr)
def late(self):
    return "late method"
Counter.late = late
print(c.late())
