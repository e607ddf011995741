# unittest's error and failure reports show CPython 3.11's position lines
# under the source lines of their tracebacks.
import io
import os
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def lookup(table, key):
    return table[key] * 2


class T(unittest.TestCase):
    def test_error(self):
        self.assertEqual(1 + lookup({}, 'k'), 3)

    def test_fail(self):
        values = [1, 2]
        self.assertEqual(len(values) * 2, 5)

    def test_zero(self):
        total = sum([1, 2]) / (len('') * 3)
        self.assertTrue(total)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
text = stream.getvalue().replace(HERE, '')
for line in text.splitlines():
    if line.startswith('Ran ') or line.startswith('----'):
        continue
    print(line)
