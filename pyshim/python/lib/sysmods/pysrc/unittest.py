"""Unit testing framework (gowikibot): TestCase with the assert methods,
fixtures, skips, expected failures and subtests, loaders, suites, the text
runner and main(), printing what CPython's unittest prints."""
import sys
import time
import traceback
import difflib
import pprint
import re
import _gwb_sys

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True
_MAX_LENGTH = 80


class SkipTest(Exception):
    """Raise to skip the current test."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip a test."""
    def decorator(test_item):
        if isinstance(test_item, type) and issubclass(test_item, TestCase):
            test_item.__unittest_skip__ = True
            test_item.__unittest_skip_why__ = reason
            return test_item

        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)
        skip_wrapper.__name__ = getattr(test_item, '__name__', 'skip_wrapper')
        skip_wrapper.__unittest_skip__ = True
        skip_wrapper.__unittest_skip_why__ = reason
        return skip_wrapper
    if callable(reason) and not isinstance(reason, str):
        test_item, reason = reason, ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None
        self.errors = []


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not raised" % name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self.test_case.fail(self.test_case._formatMessage(
                self.msg, '"%s" does not match "%s"' % (self.expected_regex.pattern, str(exc_value))))
        return True


class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.msg = msg
        self.warning = None

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self._log = self._cm.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self._log:
            if issubclass(w.category, self.expected):
                self.warning = w.message
                return True
        self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not triggered" % self.expected.__name__))


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params

    def id(self):
        return self.test_case.id()

    def shortDescription(self):
        return self.test_case.shortDescription()

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.sub = _SubTest(case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if tb is not None and getattr(exc_value, '__traceback__', None) is None:
            exc_value.__traceback__ = tb
        if issubclass(exc_type, SkipTest):
            self.case._result.addSkip(self.sub, str(exc_value))
        elif getattr(self.case, '_expecting_failure', False):
            # as CPython's: the first failing subtest of an expected
            # failure ends the test, which is that expected failure
            return False
        elif issubclass(exc_type, AssertionError):
            self.case._result.addSubTest(self.case, self.sub, (exc_type, exc_value, tb), True)
        else:
            self.case._result.addSubTest(self.case, self.sub, (exc_type, exc_value, tb), False)
        self.case._sub_failed = True
        return True


class TestCase:
    """A test case: its test_* methods are run, each in a fresh instance."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._cleanups = []
        self._result = None
        self._sub_failed = False
        self._expecting_failure = False
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
            self._testMethodDoc = None
        else:
            self._testMethodDoc = getattr(testMethod, '__doc__', None)

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = cm.__enter__()
        self.addCleanup(cm.__exit__, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, *args, **kwargs):
        cls.__dict__.get('_class_cleanups') or setattr(cls, '_class_cleanups', [])
        cls._class_cleanups.append((function, args, kwargs))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (_qualname(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, _qualname(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (_qualname(self.__class__), self._testMethodName)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def _callCleanups(self, result):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                result.addError(self, sys.exc_info())

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        self._result = result
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            func = getattr(testMethod, '__func__', testMethod)
            if (getattr(self.__class__, "__unittest_skip__", False) or
                    getattr(func, "__unittest_skip__", False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(func, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            func = getattr(testMethod, '__func__', testMethod)
            expecting_failure = (getattr(func, "__unittest_expecting_failure__", False) or
                                 getattr(self, "__unittest_expecting_failure__", False))
            self._sub_failed = False
            self._expecting_failure = expecting_failure
            try:
                self.setUp()
            except SkipTest as e:
                result.addSkip(self, str(e))
                return result
            except KeyboardInterrupt:
                raise
            except BaseException:
                result.addError(self, sys.exc_info())
                self._callCleanups(result)
                return result
            outcome = None
            try:
                testMethod()
            except SkipTest as e:
                outcome = ('skip', str(e))
            except KeyboardInterrupt:
                raise
            except self.failureException:
                outcome = ('fail', sys.exc_info())
            except BaseException:
                outcome = ('error', sys.exc_info())
            try:
                self.tearDown()
            except KeyboardInterrupt:
                raise
            except BaseException:
                if outcome is None:
                    outcome = ('error', sys.exc_info())
                else:
                    result.addError(self, sys.exc_info())
            self._callCleanups(result)
            if outcome is None:
                if expecting_failure:
                    if self._sub_failed:
                        result.addExpectedFailure(self, None)
                    else:
                        result.addUnexpectedSuccess(self)
                elif not self._sub_failed:
                    result.addSuccess(self)
            elif outcome[0] == 'skip':
                result.addSkip(self, outcome[1])
            elif expecting_failure:
                result.addExpectedFailure(self, outcome[1])
            elif outcome[0] == 'fail':
                result.addFailure(self, outcome[1])
            else:
                result.addError(self, outcome[1])
            return result
        finally:
            result.stopTest(self)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None))
        if not args:
            return ctx
        callable_obj, args = args[0], args[1:]
        with ctx:
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self, expected_regex, kwargs.pop('msg', None))
        if not args:
            return ctx
        callable_obj, args = args[0], args[1:]
        with ctx:
            callable_obj(*args, **kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        ctx = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop('msg', None))
        if not args:
            return ctx
        callable_obj, args = args[0], args[1:]
        with ctx:
            callable_obj(*args, **kwargs)

    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _diff_lines(self, first, second):
        a = pprint.pformat(first).splitlines() if not isinstance(first, str) else first.splitlines()
        b = pprint.pformat(second).splitlines() if not isinstance(second, str) else second.splitlines()
        return '\n' + '\n'.join(difflib.ndiff(a, b))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % (_safe_repr(first, True), _safe_repr(second, True))
            if isinstance(first, (list, tuple, dict, set, frozenset)) and type(first) is type(second):
                standardMsg = self._container_msg(first, second, standardMsg)
            elif isinstance(first, str) and isinstance(second, str) and ('\n' in first or '\n' in second):
                standardMsg = '%s != %s\n%s' % (_safe_repr(first, True), _safe_repr(second, True),
                                                ''.join(difflib.ndiff(first.splitlines(True), second.splitlines(True))))
            self.fail(self._formatMessage(msg, standardMsg))

    def _container_msg(self, first, second, standardMsg):
        if isinstance(first, (list, tuple)):
            name = type(first).__name__.capitalize()
            for i in range(min(len(first), len(second))):
                if first[i] != second[i]:
                    standardMsg = '%ss differ: %s != %s\n\nFirst differing element %d:\n%s\n%s\n' % (
                        name, _safe_repr(first, True), _safe_repr(second, True), i,
                        _safe_repr(first[i], True), _safe_repr(second[i], True))
                    break
            else:
                standardMsg = '%ss differ: %s != %s\n\n' % (name, _safe_repr(first, True), _safe_repr(second, True))
                if len(first) > len(second):
                    standardMsg += 'First %s contains %d additional elements.\nFirst extra element %d:\n%s\n' % (
                        name.lower(), len(first) - len(second), len(second), _safe_repr(first[len(second)]))
                else:
                    standardMsg += 'Second %s contains %d additional elements.\nFirst extra element %d:\n%s\n' % (
                        name.lower(), len(second) - len(first), len(first), _safe_repr(second[len(first)]))
            return standardMsg + self._diff_lines(first, second)
        if isinstance(first, dict):
            return '%s != %s\n%s' % (_safe_repr(first, True), _safe_repr(second, True),
                                     '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                                             pprint.pformat(second).splitlines())))
        return standardMsg

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
        self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        self.assertEqual(list(seq1), list(seq2), msg)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertEqual(list1, list2, msg)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertEqual(tuple1, tuple2, msg)

    def assertSetEqual(self, set1, set2, msg=None):
        if set1 == set2:
            return
        lines = []
        d1 = set1 - set2
        d2 = set2 - set1
        if d1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(x) for x in d1)
        if d2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(x) for x in d2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertEqual(d1, d2, msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (_safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (_safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)))

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        missing = list(second)
        extra = []
        for x in first:
            if x in missing:
                missing.remove(x)
            else:
                extra.append(x)
        if missing or extra:
            lines = []
            for x in extra:
                lines.append('First has %d, Second has %d:  %r' % (first.count(x), second.count(x), x))
            for x in missing:
                lines.append('First has %d, Second has %d:  %r' % (first.count(x), second.count(x), x))
            self.fail(self._formatMessage(msg, 'Element counts were not equal:\n' + '\n'.join(lines)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnless = assert_ = assertTrue
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex


class _CapturingHandler:
    def __init__(self, level):
        self.records = []
        self.output = []


class _AssertLogsContext:
    def __init__(self, test_case, logger_name, level, no_logs=False):
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = level or 'INFO'
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        logger = logging.getLogger(self.logger_name) if isinstance(self.logger_name, str) or self.logger_name is None \
            else self.logger_name
        self.logger = logger
        ctx = self

        class Handler(logging.Handler):
            def emit(self, record):
                ctx.records.append(record)
                ctx.output.append('%s:%s:%s' % (record.levelname, record.name, record.getMessage()))
        self.records = []
        self.output = []
        level = self.level if isinstance(self.level, int) else logging.getLevelName(self.level)
        self.handler = Handler(level)
        self.old = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [self.handler]
        logger.setLevel(level)
        logger.propagate = False
        return None if self.no_logs else self

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers, level, self.logger.propagate = self.old
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.output:
                self.test_case.fail('Unexpected logs found: %r' % self.output)
        elif not self.output:
            self.test_case.fail('no logs of level %s or higher triggered on %s' % (
                self.level, self.logger.name))


def _qualname(cls):
    return '%s.%s' % (cls.__module__, getattr(cls, '__qualname__', cls.__name__))


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description
        TestCase.__init__(self, 'runTest')

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (_qualname(self.__class__), self._testFunc.__name__)


class TestSuite:
    """A collection of tests (and suites) run in order."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result, debug=False):
        previous = None
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = test.__class__
                if cls is not previous:
                    if previous is not None:
                        self._tearDownClass(previous, result)
                    previous = cls
                    try:
                        cls._classSetupFailed = False
                        cls.setUpClass()
                    except SkipTest as e:
                        cls.__unittest_skip__ = True
                        cls.__unittest_skip_why__ = str(e)
                    except Exception:
                        cls._classSetupFailed = True
                        result.addError(_ErrorHolder('setUpClass (%s)' % _qualname(cls)), sys.exc_info())
                if cls._classSetupFailed:
                    continue
            test(result)
        if previous is not None:
            self._tearDownClass(previous, result)
        return result

    def _tearDownClass(self, cls, result):
        if cls._classSetupFailed or getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.tearDownClass()
        except Exception:
            result.addError(_ErrorHolder('tearDownClass (%s)' % _qualname(cls)), sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self._tests:
            test.debug()


class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


def _frames_outside_unittest(value):
    # The formatted traceback of value without unittest's own frames.
    text = _gwb_sys.format_tb(value)
    out = []
    keep = False
    for line in text.splitlines(True):
        if line.startswith('  File '):
            keep = '<frozen unittest>' not in line
        if keep:
            out.append(line)
    return ''.join(out)


class TestResult:
    """Records the outcome of tests."""

    _previousTestClass = None

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        lines = []
        frames = _frames_outside_unittest(value) if value is not None else ''
        if frames:
            lines.append('Traceback (most recent call last):\n')
            lines.append(frames)
        lines.extend(traceback.format_exception_only(exctype, value))
        return ''.join(lines)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err, is_failure=None):
        if err is not None:
            if is_failure or issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test) if err else ''))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (_qualname(self.__class__), self.testsRun, len(self.errors), len(self.failures)))


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def write(self, arg):
        self.stream.write(arg)

    def flush(self):
        if hasattr(self.stream, 'flush'):
            self.stream.flush()

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    _newline = True

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _report(self, long, short, test=None):
        if self.showAll:
            self._write_status(test, long)
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._report("ok", '.', test)

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._report("ERROR", 'E', test)

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._report("FAIL", 'F', test)

    def addSubTest(self, test, subtest, err, is_failure=None):
        TestResult.addSubTest(self, test, subtest, err, is_failure)
        if err is not None:
            if is_failure or issubclass(err[0], test.failureException):
                self._report("FAIL", 'F', subtest)
            else:
                self._report("ERROR", 'E', subtest)

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._report("skipped {0!r}".format(reason), 's', test)

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._report("expected failure", 'x', test)

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._report("unexpected success", 'u', test)

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs tests and reports to a stream (default sys.stderr)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False, durations=None):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        startTime = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        timeTaken = time.perf_counter() - startTime
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "", timeTaken))
        self.stream.writeln()
        expectedFails = len(result.expectedFailures)
        unexpectedSuccesses = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        elif run == 0 and not skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expectedFails:
            infos.append("expected failures=%d" % expectedFails)
        if unexpectedSuccesses:
            infos.append("unexpected successes=%d" % unexpectedSuccesses)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


def getTestCaseNames(testCaseClass, prefix='test', sortUsing=None, testNamePatterns=None):
    names = []
    for name in dir(testCaseClass):
        if name.startswith(prefix) and callable(getattr(testCaseClass, name)):
            names.append(name)
    return sorted(names)


class TestLoader:
    """Makes suites from test case classes, modules and names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = None
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        return getTestCaseNames(testCaseClass, self.testMethodPrefix)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite.")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            import importlib
            mod_parts = parts[:]
            while mod_parts:
                try:
                    module = importlib.import_module('.'.join(mod_parts))
                    break
                except ImportError:
                    mod_parts.pop()
            parts = parts[len(mod_parts):]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            return test
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        import fnmatch
        import importlib
        import os
        start_dir = os.path.abspath(start_dir)
        if start_dir not in sys.path:
            sys.path.insert(0, start_dir)
        tests = []
        for name in sorted(os.listdir(start_dir)):
            if fnmatch.fnmatch(name, pattern) and name.endswith('.py'):
                tests.append(self.loadTestsFromModule(importlib.import_module(name[:-3])))
        return self.suiteClass(tests)


defaultTestLoader = TestLoader()


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    return suiteClass([testCaseClass(n) for n in getTestCaseNames(testCaseClass, prefix)])


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    return defaultTestLoader.loadTestsFromModule(module)


class TestProgram:
    """Runs the tests of a module from the command line (unittest.main)."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.testRunner = testRunner
        self.testLoader = testLoader
        names = []
        for a in argv[1:]:
            if a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a in ('-f', '--failfast'):
                self.failfast = True
            elif not a.startswith('-'):
                names.append(a)
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        self.runTests()

    def runTests(self):
        runner = self.testRunner or TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast))
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def installHandler():
    pass


def removeHandler(method=None):
    return method


def registerResult(result):
    pass


def removeResult(result):
    return True


def addModuleCleanup(function, *args, **kwargs):
    pass


class IsolatedAsyncioTestCase(TestCase):
    pass


def __getattr__(name):
    # CPython's 'import unittest' imports these submodules; ours are made
    # on first use
    if name in ('case', 'loader', 'result', 'suite', 'runner', 'util'):
        import importlib
        return importlib.import_module('unittest.' + name)
    raise AttributeError("module 'unittest' has no attribute '%s'" % name)
