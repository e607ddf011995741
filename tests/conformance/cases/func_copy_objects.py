import copy

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

tree = Node('root', [Node('a'), Node('b')])
c = copy.copy(tree)
d = copy.deepcopy(tree)
tree.children.append(Node('c'))
print(c.name, len(c.children), d.name, len(d.children))
print(c.children is tree.children, d.children is tree.children)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(self.v + 1)

print(copy.copy(Custom(1)).v)
