import io
import re
import sys
import unittest


class Page:
    def __init__(self, title):
        if not title:
            raise ValueError('empty title')
        self.title = title


class PageTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = ['setUpClass']

    def setUp(self):
        self.page = Page('Main Page')

    def tearDown(self):
        self.page = None

    def test_title(self):
        """The title is kept."""
        self.assertEqual(self.page.title, 'Main Page')
        self.assertIn('Main', self.page.title)
        self.assertIsInstance(self.page, Page)
        self.assertTrue(self.shared)

    def test_empty_raises(self):
        with self.assertRaises(ValueError) as cm:
            Page('')
        self.assertEqual(str(cm.exception), 'empty title')
        self.assertRaisesRegex(ValueError, 'empty', Page, '')

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_dict_fails(self):
        self.assertEqual({'a': 1}, {'a': 2}, 'dicts differ')

    def test_error(self):
        raise KeyError('missing')

    @unittest.skip('needs a wiki')
    def test_skipped(self):
        pass

    @unittest.skipIf(True, 'condition')
    def test_skipped_if(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotEqual(1, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertIsNone(None)
        self.assertRegex('abc123', r'\d+')


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.TestLoader().loadTestsFromTestCase(PageTests)
print(suite.countTestCases())
result = runner.run(suite)
print(re.sub(r'File ".*/', 'File "', re.sub(r'in \d+\.\d+s', 'in TIME', stream.getvalue())))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([PageTests('test_title'), PageTests('test_fails')]))
print(re.sub(r'File ".*/', 'File "', re.sub(r'in \d+\.\d+s', 'in TIME', stream.getvalue())))


class Quiet(unittest.TestCase):
    def test_ok(self):
        pass


unittest.main(argv=['prog'], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
try:
    unittest.main(argv=['prog', 'Quiet'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('SystemExit', e.code)
