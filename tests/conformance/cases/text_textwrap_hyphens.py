import textwrap

s = 'A well-known, state-of-the-art, self-explanatory text-wrapping example -- with dashes.'
print(textwrap.wrap(s, 15))
print(textwrap.wrap(s, 15, break_on_hyphens=False))
print(textwrap.wrap('x-ray re-do e-mail abc-def', 6))
print(textwrap.wrap('long-hyphenated-compound-word-here', 10))
