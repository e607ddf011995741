# str() of a SyntaxError: its message with "(file, line N)" when it has a
# file name (the base name) and a line, as pywikibot's exit hook prints it
# for a script that does not compile; the traceback module and an
# uncaught error's last line show the message alone.
import traceback

e = SyntaxError('bad thing', ('some/dir/mod.py', 3, 5, 'x = = 1\n'))
print(str(e), '|', e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(repr(e))
print(e.args)
print(str(SyntaxError('m', (None, 4, 1, 'x'))))
print(str(SyntaxError('m', ('a/b.py', None, 1, 'x'))))
print(str(SyntaxError('only message')), SyntaxError('only message').msg)
print(repr(str(SyntaxError())), SyntaxError().msg)
print(str(SyntaxError('a', 'b', 'c')))
print(str(IndentationError('unexpected indent', ('f.py', 2, 1, ' x\n'))))
print(traceback.format_exception_only(SyntaxError, SyntaxError('only message'))[-1], end='')
try:
    exec(compile('x = = 1', 'dir/f.py', 'exec'))
except SyntaxError as err:
    print(str(err), '|', err.msg, err.filename, err.lineno)
    print(traceback.format_exception_only(type(err), err)[-1], end='')
raise SyntaxError('raised', ('dir/g.py', 7, 2, 'y y\n'))
