from operator import itemgetter, attrgetter, methodcaller

pages = [
    {'title': 'Zebra', 'size': 1200, 'ns': 0},
    {'title': 'apple', 'size': 300, 'ns': 14},
    {'title': 'Mango', 'size': 1200, 'ns': 0},
]
print([p['title'] for p in sorted(pages, key=itemgetter('size'))])
print([p['title'] for p in sorted(pages, key=itemgetter('ns', 'title'))])
print([p['title'] for p in sorted(pages, key=itemgetter('size'), reverse=True)])
titles = [p['title'] for p in pages]
print(sorted(titles, key=methodcaller('lower')))
pairs = [(1, 'b'), (0, 'c'), (1, 'a')]
print(sorted(pairs, key=itemgetter(1)))
print(list(map(itemgetter(0), pairs)))
