from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bat', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(groups)
print(groups['a'], 'z' in groups, len(groups))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts)
print(dict(counts))
