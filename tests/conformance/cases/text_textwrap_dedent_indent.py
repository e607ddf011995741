import textwrap

block = '''
    def f():
        return 1

    print(f())
'''
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent('  a\n\tb\n')))
print(repr(textwrap.dedent('   x\n  \n   y')))
print(repr(textwrap.indent('one\ntwo\n\nthree', '  ')))
print(repr(textwrap.indent('one\ntwo\n', '# ', lambda line: True)))
print(repr(textwrap.indent('a\r\nb\r\n', '>')))
