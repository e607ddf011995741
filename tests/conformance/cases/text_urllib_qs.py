from urllib.parse import parse_qs, parse_qsl, urlencode

print(parse_qsl('action=query&titles=Main%20Page|Foo&format=json'))
print(parse_qsl('a=1&b=&c&d=2', keep_blank_values=True))
print(parse_qsl('a=1&b=&c&d=2'))
print(parse_qsl('x=a+b&y=%2B'))
print(parse_qsl('a=1;b=2', separator=';'))
qs = parse_qs('a=1&a=2&b=3')
print(sorted(qs.items()))
print(urlencode([('action', 'edit'), ('title', 'Main Page'), ('summary', 'fix: a&b')]))
print(urlencode([('list', ['a', 'b'])], doseq=True))
print(urlencode([('list', ('a', 'b'))]))
print(urlencode([('n', 1), ('f', 2.5), ('t', True)]))
print(urlencode({'single': 'x'}))
try:
    parse_qsl('a', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
