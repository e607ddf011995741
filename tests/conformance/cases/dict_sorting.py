scores = {'ann': 3, 'bob': 7, 'cid': 5, 'dee': 7}
print(sorted(scores))
print(sorted(scores.items()))
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(sorted(scores.values(), reverse=True))
by_score = {}
for name, s in scores.items():
    by_score.setdefault(s, []).append(name)
print(by_score)
print(dict(sorted(by_score.items())))
