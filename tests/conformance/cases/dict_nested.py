data = {'users': [{'name': 'a', 'tags': {'x': 1}}, {'name': 'b', 'tags': {}}]}
data['users'][1]['tags']['y'] = 2
print(data)
counts = {}
for word in 'the cat and the hat and the bat'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
