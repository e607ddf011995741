# A recursive inner function (a cell of its parent) that also reads the
# parent's free variables.
def make_walker(indent):
    def walker(tree):
        lines = []
        def rec(node, depth):
            label, kids = node
            lines.append(indent * depth + label)
            for k in kids:
                rec(k, depth + 1)
        rec(tree, 0)
        return lines
    return walker


w = make_walker("..")
print("\n".join(w(("root", [("a", [("a1", [])]), ("b", [])]))))


def flatten_all(seqs):
    def flat(x):
        return [y for item in x for y in (flat(item) if isinstance(item, list) else [item])]
    return [flat(s) for s in seqs]


print(flatten_all([[1, [2, [3]]], [[4], 5]]))
