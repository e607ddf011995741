from collections import Counter
text = 'one two three two three three four four four four'
c = Counter(text.split())
for word, n in c.most_common():
    print(word, n)
print(c.most_common(1)[0])
print(len(c), sum(c.values()))
