import unicodedata

for ch in 'Aa1 \u00e9\u0301\u2014\u00bd\u20ac\u4e2d\n_(':
    print(ascii(ch), unicodedata.category(ch), unicodedata.combining(ch))
print(unicodedata.name('A'), unicodedata.name('\u00e9'), unicodedata.name('\u2014'))
print(unicodedata.name('\u4e2d'))
print(unicodedata.name('\x00', 'NONE'))
try:
    unicodedata.name('\x00')
except ValueError as e:
    print('ValueError', e)
print(ascii(unicodedata.lookup('LATIN SMALL LETTER E WITH ACUTE')), ascii(unicodedata.lookup('em dash')))
try:
    unicodedata.lookup('NO SUCH THING')
except KeyError as e:
    print('KeyError', e.args[0])
print(unicodedata.decimal('7'), unicodedata.digit('\u0663'), unicodedata.numeric('\u00bd'), unicodedata.decimal('x', -1))
