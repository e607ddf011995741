"""unittest: failing subtests of an @expectedFailure test make one
expected failure (not failures); an error in one does too; a passing
expected failure is an unexpected success; a subtest skip stays a skip."""
import io
import unittest


class T(unittest.TestCase):
    @unittest.expectedFailure
    def test_subs_fail(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i, 5)

    @unittest.expectedFailure
    def test_sub_error(self):
        with self.subTest(x=1):
            raise KeyError('k')

    @unittest.expectedFailure
    def test_subs_pass(self):
        with self.subTest(y=1):
            pass

    @unittest.expectedFailure
    def test_one_of_two(self):
        with self.subTest(z=1):
            pass
        with self.subTest(z=2):
            self.fail('second')

    def test_plain_subs(self):
        for i in range(2):
            with self.subTest(i=i):
                self.assertEqual(i, 0)

    def test_sub_skip(self):
        with self.subTest(s=1):
            self.skipTest('why')


suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors),
      'skipped', len(result.skipped), 'expected', len(result.expectedFailures),
      'unexpected', len(result.unexpectedSuccesses))
print(sorted(t.id().split('.')[-1] for t, _ in result.expectedFailures))
print(sorted(str(t).split(' ')[0] for t, _ in result.failures))
print([tb.strip().splitlines()[-1] for _, tb in sorted(result.expectedFailures, key=lambda p: p[0].id())])
