import functools

def tag(name, text, cls=None):
    attrs = ' class="%s"' % cls if cls else ''
    return '<%s%s>%s</%s>' % (name, attrs, text, name)

bold = functools.partial(tag, 'b')
warn = functools.partial(tag, 'span', cls='warn')
print(bold('hi'), warn('careful'), warn('x', cls='other'))
print([bold(w) for w in 'ab'])
print(list(map(functools.partial(pow, 2), range(5))))
def parse(s, base=10):
    n = 0
    for ch in s:
        n = n * base + '0123456789'.index(ch)
    return n
int2 = functools.partial(parse, base=2)
print(int2('1011'), int2('11', base=3))
