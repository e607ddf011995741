import re

print(re.escape('http://example.com/path?a=1&b=2'))
print(re.escape('a.b*c+d(e)[f]{g}|h^i$j\\k'))
print(re.escape('hello world_123'))
print(re.escape('tab\there~#-'))
print(re.escape('üñí'))
s = 'price: $5.00 (approx.)'
print(re.search(re.escape('$5.00'), s).span())
