d = {'a': 1, 'b': 2}
print(dict.get(d, 'a'), dict.get(d, 'z', 0))
print(sorted(dict.keys(d)), sorted(dict.values(d)), sorted(dict.items(d)))
dict.update(d, c=3)
print(d, dict.__contains__(d, 'c'), dict.__getitem__(d, 'b'))
print(d.__len__(), len(d), d.__contains__('q'))
