# Raw literals keep a backslash at the end of a line, and the newline.
a = r"""one \
two"""
print(repr(a), len(a))

b = r'x\
y'
print(repr(b), len(b))

c = r"""tail \\
\d+ \" \' \\\
end"""
print(repr(c))

d = rb"""bytes \
more"""
print(repr(d))

e = Rb'B\
Q'
print(repr(e))

f = bR"""q \
w"""
print(repr(f))

# A raw triple literal with quotes inside, and a backslash before a quote.
g = r"""He said "hi" \
and \"left\" '''x''' \
"""
print(repr(g))

# A raw literal without backslash-newline is untouched.
h = r"a\nb\\c"
print(repr(h), len(h))

name = "N"
i = rf"""{name} \
\t{name!r}"""
print(repr(i))

j = fr'{1+1}\
z'
print(repr(j))

import re
pat = re.compile(r"""(\d+)\
(\w+)""")
print(pat.pattern, pat.match("12\nab").groups())


k = r"""a\
b\
c"""
# Line numbers after such literals are unchanged.
for src in ['k = r"""a\\\nb\\\nc"""\n)\n', "k = r'a\\\nb'\n)\n", 'k = rb"""\\\n"""\n\n)\n']:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("line", e.lineno)
print(repr(k))
print(repr(r'''mixed\
"""inner"""\
'''))
