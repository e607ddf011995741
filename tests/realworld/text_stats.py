"""Text statistics: words, sentences, frequencies, readability and a
wrapped summary, over a fixed sample text."""
import re
import textwrap
from functools import reduce
from itertools import groupby
from operator import itemgetter

TEXT = """Wikipedia is a free online encyclopedia, created and edited by volunteers
around the world and hosted by the Wikimedia Foundation. It was launched in
January 2001 by Jimmy Wales and Larry Sanger. Initially available only in
English, versions in other languages were quickly developed. Wikipedia is the
largest and most-read reference work in history! Is it reliable? Studies vary;
the English Wikipedia has over 6.7 million articles. Its editors follow policies
such as "neutral point of view" and "verifiability"."""

STOPWORDS = set('a an and the in of is it by to was were only such as over its has'.split())


def words(text):
    return re.findall(r"[A-Za-z][A-Za-z'-]*", text)


def sentences(text):
    parts = re.split(r'(?<=[.!?])\s+(?=[A-Z"])', text.strip())
    return [p.replace('\n', ' ') for p in parts if p]


def syllables(word):
    word = word.lower()
    groups = re.findall(r'[aeiouy]+', word)
    n = len(groups)
    if word.endswith('e') and n > 1 and not word.endswith('le'):
        n -= 1
    return max(n, 1)


def frequencies(ws):
    counts = {}
    for w in ws:
        w = w.lower()
        if w in STOPWORDS:
            continue
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def length_histogram(ws):
    lengths = sorted(len(w) for w in ws)
    return [(k, len(list(g))) for k, g in groupby(lengths)]


def flesch(ws, ss):
    syl = reduce(lambda acc, w: acc + syllables(w), ws, 0)
    return 206.835 - 1.015 * (len(ws) / len(ss)) - 84.6 * (syl / len(ws))


def numbers(text):
    return [float(x) if '.' in x else int(x) for x in re.findall(r'\d+(?:\.\d+)?', text)]


def quoted(text):
    return re.findall(r'"([^"]+)"', text)


def capitalised(ws):
    seen = []
    for w in ws:
        if w[0].isupper() and w not in seen:
            seen.append(w)
    return seen


if __name__ == '__main__':
    ws = words(TEXT)
    ss = sentences(TEXT)
    print('words:', len(ws))
    print('sentences:', len(ss))
    for i, s in enumerate(ss, 1):
        print('%2d. %s' % (i, textwrap.shorten(s, 60)))
    print('top words:', frequencies(ws)[:6])
    print('length histogram:', length_histogram(ws))
    print('longest:', max(ws, key=len), 'shortest:', min(ws, key=len))
    avg = sum(len(w) for w in ws) / len(ws)
    print('average word length: %.2f' % avg)
    print('flesch: %.1f' % flesch(ws, ss))
    print('numbers:', numbers(TEXT))
    print('quoted:', quoted(TEXT))
    print('capitalised:', capitalised(ws))
    print('hyphenated:', [w for w in ws if '-' in w])
    by_first = sorted(((w[0].lower(), w) for w in ws if w.lower() not in STOPWORDS), key=itemgetter(0))
    initials = [(k, len(list(g))) for k, g in groupby(by_first, key=itemgetter(0))]
    print('initials:', initials)
    print()
    print(textwrap.fill(' '.join(ss[:3]), width=50, initial_indent='> ', subsequent_indent='> '))


# --- Part 2: n-grams, concordance and columns -------------------------------
from itertools import islice, tee, chain, combinations
from collections import Counter


def ngrams(seq, n):
    its = tee(seq, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


def concordance(text, word, width=24):
    lines = []
    flat = re.sub(r'\s+', ' ', text)
    for m in re.finditer(r'\b%s\b' % re.escape(word), flat, re.I):
        left = flat[max(0, m.start() - width):m.start()]
        right = flat[m.end():m.end() + width]
        lines.append('%s[%s]%s' % (left.rjust(width), m.group(), right.ljust(width)))
    return lines


def columns(items, width=60, gap=2):
    items = [str(i) for i in items]
    col = max(len(i) for i in items) + gap
    per_row = max(1, width // col)
    rows = []
    for start in range(0, len(items), per_row):
        rows.append(''.join(i.ljust(col) for i in items[start:start + per_row]).rstrip())
    return '\n'.join(rows)


def cooccurrence(sents, vocab):
    pairs = Counter()
    for s in sents:
        present = sorted(set(w.lower() for w in words(s)) & vocab)
        for a, b in combinations(present, 2):
            pairs[(a, b)] += 1
    return pairs.most_common(4)


def part2():
    ws = [w.lower() for w in words(TEXT)]
    bigrams = Counter(ngrams(ws, 2))
    print('top bigrams:', bigrams.most_common(3))
    print('trigrams starting with "the":', sorted(set(t for t in ngrams(ws, 3) if t[0] == 'the'))[:4])
    for line in concordance(TEXT, 'wikipedia'):
        print('  ' + line)
    vocab = set(w for w, _ in frequencies(words(TEXT))[:12])
    print('co-occurrence:', cooccurrence(sentences(TEXT), vocab))
    print(columns(sorted(set(ws))[:30], width=64))
    print('first five long words:', list(islice((w for w in ws if len(w) > 8), 5)))
    print('chained:', list(islice(chain('ab', ws), 4)))


if __name__ == '__main__':
    print()
    part2()
