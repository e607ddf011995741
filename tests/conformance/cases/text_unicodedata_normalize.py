import unicodedata

samples = ['Cafe\u0301', 'caf\u00e9', '\u00c5', 'A\u030a', '\ufb01', '\u2460', '\uff21\uff22',
           '\u1e9b\u0323', 'e\u0323\u0302', '\ud55c\uad6d\uc5b4', '\u1100\u1161\u11a8', 'x\u0307\u0323']
for s in samples:
    out = [unicodedata.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), [ascii(o) for o in out], [len(o) for o in out])
print(unicodedata.is_normalized('NFC', 'caf\u00e9'), unicodedata.is_normalized('NFD', 'caf\u00e9'))
try:
    unicodedata.normalize('XYZ', 'a')
except ValueError as e:
    print('ValueError', e)
