"""Module docstring with an example.

>>> 1 + 1
2
>>> print('a\\n\\nb')
a
<BLANKLINE>
b
"""
# doctest: testmod (quiet and verbose), failures as CPython reports them,
# option flags and directives, expected exceptions, testfile,
# run_docstring_examples, the parser and finder objects.
# (reports name the file without its directory, so that the recorded output
# does not depend on where the checkout is)
__file__ = 'lib_doctest.py'
import doctest
import os
import sys
import tempfile


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b


def broken(n):
    '''Gives the wrong answer.

    >>> broken(2)
    4
    >>> broken(0)
    Expected nothing
    >>> x = broken(1)
    >>> x
    1
    '''
    return n + 1


def raises(x):
    """Raises ValueError.

    >>> raises(1)
    Traceback (most recent call last):
        ...
    ValueError: bad value 1
    >>> raises(2)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> raises(3)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: bad ...
    """
    raise ValueError('bad value %d' % x)


def flags():
    """Option flags.

    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b\\n  c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> 1 == 1
    True
    >>> import os  # doctest: +SKIP
    >>> print(
    ...     'multi'
    ...     'line')
    multiline
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.bump()
    1
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """Bump.

        >>> Counter().bump()
        1
        >>> Counter().bump() + 1
        3
        """
        self.n += 1
        return self.n

    @staticmethod
    def helper():
        """>>> Counter.helper()
        'h'
        """
        return 'h'


def no_examples():
    """Nothing to run here."""


__test__ = {'extra': """
>>> 2 ** 10
1024
"""}

if __name__ == '__main__':
    print(doctest.testmod())
    print(doctest.testmod(verbose=True, optionflags=doctest.ELLIPSIS))
    print(doctest.testmod(raise_on_error=False, report=False))

    os.chdir(tempfile.mkdtemp())
    path = 'example.txt'
    with open(path, 'w') as f:
        f.write('Text file\n\n>>> x = 5\n>>> x * 2\n10\n>>> x - 1\n3\n')
    print(doctest.testfile(path, module_relative=False))
    print(doctest.testfile(path, module_relative=False, verbose=True, name='named'))

    def shown():
        """
        >>> 3 * 3
        9
        >>> 3 * 4
        11
        """
    doctest.run_docstring_examples(shown, {}, name='shown')
    doctest.run_docstring_examples(add, {'add': add}, verbose=True)

    parser = doctest.DocTestParser()
    examples = parser.get_examples('>>> a = 1\n>>> a\n1\n\ntext\n  >>> print("x")\n  x\n')
    for e in examples:
        print(repr(e.source), repr(e.want), e.lineno, e.indent, e.exc_msg, e.options)
    test = parser.get_doctest('>>> 1/0\nTraceback (most recent call last):\nZeroDivisionError: division by zero\n',
                              {}, 'zd', 'zd.txt', 0)
    print(test, test.examples[0].exc_msg)
    finder = doctest.DocTestFinder()
    print([t.name for t in finder.find(sys.modules['__main__'])])
    print([len(t.examples) for t in finder.find(sys.modules['__main__'])])
    runner = doctest.DocTestRunner(verbose=False)
    for t in finder.find(sys.modules['__main__']):
        runner.run(t, out=lambda s: None)
    print(runner.summarize(verbose=False), runner.failures, runner.tries)
    try:
        parser.get_examples('>>>x\n')
    except ValueError as e:
        print('ValueError:', e)
    checker = doctest.OutputChecker()
    print(checker.check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS), checker.check_output('1\n', 'True\n', 0),
          checker.check_output('x\n', 'y\n', 0))
    print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.IGNORE_EXCEPTION_DETAIL, doctest.FAIL_FAST)
