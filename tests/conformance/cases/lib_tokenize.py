# tokenize: generate_tokens and tokenize over varied source, token
# types and exact types, errors, detect_encoding, untokenize round trips.
import io
import token
import tokenize

SOURCES = [
    "x = 1\n",
    "def f(a, b=2, *args, **kw):\n    '''doc\n    string'''\n    return a + b  # comment\n\n\nclass C:\n    pass\n",
    "if x:\n\tif y:\n\t\tz = [1,\n\t\t     2]  # in parens\n\n# trailing comment\nelse:\n    w = x @ y\n",
    "s = 'a' \"b\" r'\\d' b'x' f'{x!r:>10}' rb\"q\" U'u'\nt = '''\nmulti\n''' + \"\"\"x\"\"\"\n",
    "n = 0x1F + 0o17 + 0b101 + 1_000 + 3.14 + 1e-3 + .5 + 2j + 1.5J + 10.\n",
    "a += 1; b -= 2; c **= 3; d //= 4; e >>= 5; f <<= 6; g := 7; h -> i; ...; ~j != k\n",
    "x = \\\n    5\n",
    "no_newline_at_end = True",
    "if a:\n    b\n  # odd comment\n    c\n",
    "s = 'con\\\ntinued'\n",
    "\u00e9t\u00e9 = '\u00fcber'\nprint(\u00e9t\u00e9)\n",
    "x = $ ?\n",
    "\n\n   \n",
    "",
    "async def f():\n    await g()\n",
]

for src in SOURCES:
    print('---', repr(src))
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        print(' ', tok.type, token.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end, repr(tok.line))
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    print('  round trip:', tokenize.untokenize(toks) == src)
    pairs = [t[:2] for t in toks]
    again = tokenize.untokenize(pairs)
    print('  compat:', repr(again))
    print('  same tokens:', [t[:2] for t in tokenize.generate_tokens(io.StringIO(again).readline)] == pairs)

print(repr(list(tokenize.generate_tokens(io.StringIO('a = 1\n').readline))[0]))

# bytes, encodings
for data in [b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', b'\xef\xbb\xbfy = 1\n', b'#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\nz=2\n', b'a=1\n']:
    print(tokenize.detect_encoding(io.BytesIO(data).readline))
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    for tok in toks[:4]:
        print(' ', tok)
    print('  untokenize:', tokenize.untokenize(toks))

# errors
for src in ["x = '''abc\n", "f(1,\n", "if x:\n        a\n    b\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
try:
    tokenize.detect_encoding(io.BytesIO(b'# coding: nonesuch\n').readline)
except SyntaxError as e:
    print('SyntaxError', e)
try:
    tokenize.untokenize([(token.NAME, 'a', (2, 0), (2, 1), 'a'), (token.NAME, 'b', (1, 0), (1, 1), 'b')])
except ValueError as e:
    print('ValueError', e)
print(tokenize.TokenInfo(token.OP, '(', (1, 0), (1, 1), '(').exact_type == token.LPAR, tokenize.NL, tokenize.COMMENT, tokenize.ENCODING)
