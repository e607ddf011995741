# Augmented assignments to nonlocal names and through captured containers.
def stats():
    counts = {}
    total = 0
    def add(word):
        nonlocal total
        seen = counts.get(word, 0)
        def bump():
            nonlocal seen, total
            seen += 1
            total += len(word)
            counts[word] = seen
        bump()
        return seen
    def report():
        return sorted(counts.items()), total
    return add, report


add, report = stats()
for w in "the cat saw the other cat the end".split():
    add(w)
print(report())
