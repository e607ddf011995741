import difflib

a = 'The quick brown fox jumps over the lazy dog.\nSecond line here.\nThird.\n'.splitlines(True)
b = 'The quick brown cat jumps over the lazy dog!\nSecond line here.\nA new line.\nThird.\n'.splitlines(True)
print(''.join(difflib.unified_diff(a, b, fromfile='old', tofile='new')))
print(''.join(difflib.context_diff(a, b, 'old', 'new')))
print(''.join(difflib.ndiff(a, b)))
print(''.join(difflib.restore(difflib.ndiff(a, b), 2)) == ''.join(b))
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
print(s.find_longest_match(0, 29, 0, 38))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('Sandbox', ['Sandbox', 'Sand box', 'Sandbag', 'Main Page', 'Sandboxes'], n=2))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'which'], cutoff=0.5))
long_a = ['line %d\n' % i for i in range(300)]
long_b = long_a[:100] + ['changed\n'] + long_a[101:250] + long_a[260:]
print(''.join(difflib.unified_diff(long_a, long_b, n=2)))
text1 = 'one two three four five six seven eight nine ten ' * 30
text2 = text1.replace('five', '5').replace('nine', 'IX')
m = difflib.SequenceMatcher(None, text1, text2)
print(round(m.ratio(), 6), len(m.get_opcodes()), m.get_opcodes()[:4])
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.ndiff(['one\n', 'two\n'], ['ore\n', 'two\n', 'three\n'])))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_CHARACTER_JUNK(' '))
for g in difflib.SequenceMatcher(None, long_a, long_b).get_grouped_opcodes(1):
    print(g)
