# Sort keys built in nested scopes that both capture and are captured.
def rank(pages, weights):
    def score(p):
        bonus = weights.get(p[0], 0)
        return sorted([p[1] + bonus + w for w in weights.values()], key=lambda v: -v)[0]
    return [name for name, _ in sorted(pages, key=lambda p: (-score(p), p[0]))]


print(rank([("A", 3), ("B", 5), ("C", 1)], {"A": 10, "C": 2}))


def group_by_len(words, reverse):
    lens = sorted({len(w) for w in words}, reverse=reverse)
    return [(n, sorted([w for w in words if len(w) == n], key=lambda w: (w[-1], w))) for n in lens]


print(group_by_len(["bob", "al", "eve", "jo", "zed", "x"], True))
