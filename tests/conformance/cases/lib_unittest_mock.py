# unittest.mock: Mock and MagicMock calls, return values, side effects,
# assertions and their messages, call/ANY/sentinel, patch in its forms,
# PropertyMock, mock_open, specs.
import os
import re
import unittest
from unittest import mock
from unittest.mock import ANY, MagicMock, Mock, call, patch, sentinel


def clean(text):
    return re.sub(r"id='\d+'", "id='ID'", str(text))


def fails(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print('AssertionError:', clean(e))
    except AttributeError as e:
        print('AttributeError:', clean(e))
    else:
        print('no error')


r0 = Mock()
print(clean(repr(r0)), clean(repr(r0.foo.bar)), clean(repr(r0())), clean(repr(r0.x().y)))
m = Mock()
print(m.foo is m.foo, m.foo is not m.bar, m.called, m.call_count)
m(1, 2, key='v')
m.method('a')
m.method.inner(3)
m.other()()
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.mock_calls == [call(1, 2, key='v'), call.method('a'), call.method.inner(3), call.other(), call.other()()])
args, kwargs = m.call_args
print(args, kwargs, m.call_args == call(1, 2, key='v'), m.call_args == ((1, 2), {'key': 'v'}))
m.assert_called_with(1, 2, key='v')
m.assert_called_once_with(1, 2, key='v')
m.assert_any_call(1, 2, key='v')
m.method.assert_called_once()
fails(m.assert_called_with, 1, 2)
fails(m.method.assert_not_called)
fails(m.method.assert_called_once_with, 'b')
fails(m.assert_any_call, 5)
fails(Mock(name='thing').assert_called)
fails(Mock().assert_called_with, 1)
fails(m.method.inner.assert_called_once)
m.method('a')
fails(m.method.assert_called_once)
m.assert_has_calls([call.method('a'), call.method.inner(3)])
fails(m.assert_has_calls, [call.method('z')])
m.assert_has_calls([call.method.inner(3), call.method('a')], any_order=True)
fails(m.assert_has_calls, [call.method('q'), call(1, 2, key='v')], any_order=True)
fails(getattr, m, 'assert_called_twice')
fails(getattr, m, 'asert_called')

r = Mock(return_value=42)
print(r(), r(9))
s = Mock(side_effect=[1, 2, ValueError('third')])
print(s(), s())
try:
    s()
except ValueError as e:
    print('ValueError', e)
try:
    s()
except StopIteration:
    print('StopIteration')
e = Mock(side_effect=KeyError('k'))
try:
    e()
except KeyError as err:
    print('KeyError', err)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
d = Mock(side_effect=lambda: mock.DEFAULT, return_value='dflt')
print(d())
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)
cfg = Mock(**{'name.return_value': 'n', 'attr': 5, 'sub.other.side_effect': IndexError})
print(cfg.name(), cfg.attr)
try:
    cfg.sub.other()
except IndexError:
    print('IndexError')
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.method.called)
m.configure_mock(answer=41)
print(m.answer)
named = Mock(name='named')
print(clean(repr(named)), clean(repr(named.child())))
del m.gone
try:
    m.gone
except AttributeError as err:
    print('AttributeError', err)

mm = MagicMock()
print(len(mm), [x for x in mm], 3 in mm, bool(mm), int(mm), float(mm))
mm.__len__.return_value = 5
mm.__iter__.return_value = iter([1, 2])
mm.__getitem__.side_effect = lambda k: k.upper()
mm.__contains__.return_value = True
print(len(mm), [x for x in mm], mm['key'], 7 in mm)
mm['x'] = 1
mm.__setitem__.assert_called_with('x', 1)
with mm as ctx:
    print(clean(repr(ctx)))
mm.__enter__.assert_called_once_with()
mm.__exit__.assert_called_once_with(None, None, None)
print(mm == mm, mm != mm, mm == 3)
print(clean(mm.mock_calls))
mm.__str__.return_value = 'custom'
print(str(mm))
other = MagicMock()
print(len(other))

print(sentinel.token is sentinel.token, sentinel.token, sentinel.other is not sentinel.token, mock.DEFAULT)
print(ANY == 3, ANY == object(), [1, ANY] == [1, 'x'], repr(ANY))
n = Mock()
n(1, {'big': 'dict'})
n.assert_called_with(1, ANY)
print(call(1, a=2), call.x.y(3), call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1))
print(call(1).call_list(), call.a(1).b(2).call_list())
print(call().args, call(4, k=1).kwargs, list(call(1, 2)))


class Target:
    value = 'original'

    def method(self, x):
        return 'real %s' % x

    @property
    def prop(self):
        return 'real prop'


with patch.object(Target, 'value', 'patched'):
    print(Target.value)
print(Target.value)
with patch.object(Target, 'method') as pm:
    pm.return_value = 'mocked'
    print(Target().method(1), clean(repr(pm)))
print(Target().method(1))


@patch.object(Target, 'method', return_value='dec')
def decorated(x, mocked):
    return x, Target().method(2), mocked.call_count


print(decorated('arg'))
with patch('os.getcwd', return_value='/patched'):
    print(os.getcwd())
print(os.getcwd() != '/patched')
p = patch('os.path.exists')
started = p.start()
started.return_value = 'yes'
print(os.path.exists('/nowhere'), clean(repr(started)))
p.stop()
print(os.path.exists('/nowhere'))
env = {'A': '1'}
with patch.dict(env, {'B': '2'}):
    print(sorted(env.items()))
print(env)
with patch.dict(env, {'C': '3'}, clear=True):
    print(env)
print(env)
with patch.multiple(Target, value='mv', other=sentinel.x, create=True):
    print(Target.value, Target.other)
print(hasattr(Target, 'other'))
try:
    with patch.object(Target, 'nonexistent'):
        pass
except AttributeError as err:
    print('AttributeError', str(err).replace(repr(Target), 'TARGET'))
with patch.object(Target, 'prop', new_callable=mock.PropertyMock) as prop:
    prop.return_value = 'mocked prop'
    t = Target()
    print(t.prop)
    t.prop = 'set'
    print(prop.mock_calls)
print(Target().prop)


class Case(unittest.TestCase):
    @patch('os.listdir')
    def test_listdir(self, listdir):
        listdir.return_value = ['a']
        self.assertEqual(os.listdir('.'), ['a'])
        listdir.assert_called_once_with('.')


print(unittest.TextTestRunner(stream=open(os.devnull, 'w')).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Case)).wasSuccessful())

opener = mock.mock_open(read_data='line1\nline2\n')
with patch('builtins.open', opener):
    with open('some/file') as fh:
        print(fh.read())
    with open('other', 'w') as fh:
        fh.write('data')
print(opener.call_args_list)
opener().write.assert_called_once_with('data')
opener2 = mock.mock_open(read_data='a\nb\n')
with patch('builtins.open', opener2):
    with open('x') as fh:
        print(fh.readline(), fh.readlines())
    with open('x') as fh:
        print([line for line in fh])


class Spec:
    attr = 1

    def meth(self):
        pass


sp = Mock(spec=Spec)
print(clean(repr(sp)))  # isinstance(sp, Spec): not in gowikibot (a __class__ property)
sp.meth()
fails(getattr, sp, 'missing')
ss = Mock(spec_set=Spec)
try:
    ss.missing = 1
except AttributeError as err:
    print('AttributeError', err)
auto = mock.create_autospec(Spec)
auto.meth()
print(auto.meth.called)
nc = mock.NonCallableMock()
try:
    nc()
except TypeError:
    print('TypeError not callable')
parent = Mock()
child = Mock(return_value=3)
parent.attach_mock(child, 'kid')
parent.kid(1)
print(parent.mock_calls)
rep = MagicMock()
rep.__repr__ = lambda self: 'custom repr'
print(repr(rep))
calls = Mock()
calls.__call__
calls(1)
print(calls.call_count)
