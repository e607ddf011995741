import re

def replace_except(text, old, new, exceptions):
    """Replace old with new except inside spans matched by exceptions."""
    old_rx = re.compile(old)
    exc_rx = [re.compile(e, re.S) for e in exceptions]
    index = 0
    out = []
    while index <= len(text):
        match = old_rx.search(text, index)
        if not match:
            out.append(text[index:])
            break
        # find the nearest exception starting before the match end
        nearest = None
        for rx in exc_rx:
            em = rx.search(text, index)
            if em and em.start() <= match.start() < em.end():
                if nearest is None or em.start() < nearest.start():
                    nearest = em
        if nearest:
            out.append(text[index:nearest.end()])
            index = nearest.end()
            continue
        out.append(text[index:match.start()])
        out.append(match.expand(new))
        index = match.end()
        if match.start() == match.end():
            if index < len(text):
                out.append(text[index])
            index += 1
    return ''.join(out)

text = 'colour <!-- colour --> colour <nowiki>colour</nowiki> [[colour]] colours'
print(replace_except(text, r'\bcolou?r(s?)\b', r'color\1', [r'<!--.*?-->', r'<nowiki>.*?</nowiki>', r'\[\[.*?\]\]']))
print(replace_except('a1b22c', r'(\d+)', r'<\1>', []))
print(replace_except('abc', r'x*', '-', []))
