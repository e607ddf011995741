import textwrap

text = ('The Python Software Foundation is a non-profit corporation. '
        'Its mission is to promote, protect, and advance the Python programming language, '
        'and to support and facilitate the growth of a diverse community.')
for width in (20, 35, 50):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap('', 10))
print(textwrap.wrap('short', 10))
print(textwrap.wrap('a supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('a supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('tab\tseparated\ttext here', 12))
print(textwrap.wrap('  leading spaces kept? ', 10))
