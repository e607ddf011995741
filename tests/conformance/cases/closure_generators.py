# Generator functions nested in functions, capturing and being captured.
def pager(items, size):
    def pages():
        start = 0
        while start < len(items):
            chunk = items[start:start + size]
            yield [(lambda i: start + i)(k) for k in range(len(chunk))], chunk
            start += size
    return pages


for idx, chunk in pager(list("abcdefg"), 3)():
    print(idx, chunk)


def windows(seq, n):
    def gen():
        for i in range(len(seq) - n + 1):
            yield tuple(seq[i + j] for j in range(n))
    return list(gen())


print(windows([1, 2, 3, 4], 2))
