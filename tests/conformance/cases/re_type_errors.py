import re

for args in [(1, 'a'), ('a', 1), ('a', None)]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__)
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
