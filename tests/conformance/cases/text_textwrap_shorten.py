import textwrap

print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 25))
print(textwrap.shorten('   lots   of    whitespace   ', 100))
print(textwrap.wrap('one two three four five six', 10, max_lines=2))
print(textwrap.wrap('one two three four five six', 10, max_lines=2, placeholder=' ~'))
