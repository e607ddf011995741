# except* in generators, nested in handlers and in except bodies, in class bodies; sys.exc_info()
# in handlers, finally and after; an exception from a clause's type
import sys
def show(title, f):
    print('--', title)
    try:
        r = f()
        if r is not None:
            print('returned', r)
    except BaseException as e:
        print('escaped:', repr(e), repr(e.__cause__), repr(e.__context__) if not isinstance(e, BaseExceptionGroup) else '')

def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield 'in handler ' + repr(e)
        yield 'still ' + repr(sys.exc_info()[1])
    except* TypeError:
        yield 'type'
    yield 'after ' + repr(sys.exc_info())
show('generator', lambda: list(gen()))

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError as k:
            print('inner handler', repr(k), repr(sys.exc_info()[1]))
        except* OSError:
            print('os handler')
        print('back in outer handler', repr(sys.exc_info()[1]))
    except* TypeError as t:
        print('type handler', repr(t))
    print('after', sys.exc_info())
show('nested', nested)

def else_raises():
    try:
        pass
    except* ValueError:
        pass
    else:
        raise KeyError('from else')
show('else raises', else_raises)

def raise_from():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError('x') from e
show('raise from', raise_from)

def in_except():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError as e:
            print('handled', repr(sys.exc_info()[1]))
        print('outer again', repr(sys.exc_info()[1]))
        raise
show('inside except', in_except)

class C:
    try:
        raise ExceptionGroup("cls", [ValueError(1)])
    except* ValueError as e:
        seen = repr(e)
print('class', C.seen, hasattr(C, 'e'))

def finally_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    finally:
        print('finally', repr(sys.exc_info()[1]))
show('finally with rest', finally_raise)

def all_caught_return():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            pass
    return 'done'
show('loop', all_caught_return)

def exc_in_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* undefined_name:
        pass
show('undefined type', exc_in_type)

# sys.exception() (3.11): the handled exception, also in an except* handler
print(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()))
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
