import textwrap

text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.'
print(textwrap.fill(text, 30))
print('---')
print(textwrap.fill(text, width=40, initial_indent='  * ', subsequent_indent='    '))
print('---')
w = textwrap.TextWrapper(width=25, subsequent_indent='> ')
print(w.fill(text))
print(w.wrap('one two three four five six seven'))
print(w.width)
print(textwrap.fill('One sentence. Two "quoted." Three? Mr. X said hi.  Spaced! end', 30, fix_sentence_endings=True))
