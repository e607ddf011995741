import sys
def show(title, f):
    print('--', title)
    try:
        f()
    except BaseException as e:
        print('escaped:', repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print('   sub', repr(sub))

def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print('value handler', repr(e), repr(sys.exc_info()[1]) == repr(e), sys.exc_info()[1] is e)
    except* TypeError as e:
        print('type handler', repr(e))
    print('after')
show('basic', basic)

def unhandled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print('value handler')
show('unhandled rest', unhandled)

def naked():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('naked caught as', repr(e), repr(e.exceptions[0]), e.exceptions[0].__traceback__ is not None)
show('naked', naked)

def naked_unhandled():
    try:
        raise KeyError('naked')
    except* ValueError as e:
        print('not here')
show('naked unhandled', naked_unhandled)

def naked_raise_in_handler():
    try:
        raise KeyError('naked')
    except* KeyError as e:
        raise RuntimeError('from handler')
show('naked, handler raises', naked_raise_in_handler)

def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print('reraising')
        raise
show('bare raise', reraise)

def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
show('bare raise in both', reraise_all)

def new_exc():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError('new') 
show('new in handler, rest unhandled', new_exc)

def ctx():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        try:
            raise KeyError('k')
        except KeyError as k:
            print('context', repr(k.__context__))
show('context', ctx)

def new_ctx():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError as e:
            raise KeyError('k')
    except ExceptionGroup as g:
        print(repr(g), repr(g.exceptions[0].__context__))
show('new exception context', new_ctx)

def else_finally():
    for exc in (None, ValueError(1), KeyError(2)):
        try:
            try:
                if exc:
                    raise exc
                print('body ok')
            except* ValueError:
                print('handled')
            else:
                print('else')
            finally:
                print('finally')
        except BaseException as e:
            print('outer got', repr(e))
show('else finally', else_finally)

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print('tuple handler', repr(e))
    except* KeyError as e:
        print('key handler', repr(e))
show('tuple', tuple_types)

def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print('values', repr(e))
    except* TypeError as e:
        print('types', repr(e))
show('nested', nested_groups)

def catch_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* Exception as e:
        print('all', repr(e), type(e).__name__)
show('except* Exception', catch_all)

def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup as e:
        print('no')
show('except* ExceptionGroup', bad_type)

def bad_type2():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42 as e:
        print('no')
show('except* 42', bad_type2)

def no_exc():
    try:
        print('nothing raised')
    except* ValueError:
        print('no')
    return 'ret'
show('no exception', no_exc)

def in_loop():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            print('i', i)
        except* ValueError as e:
            print('handled', i, repr(e))
show('in a loop', in_loop)

def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print('kbd', repr(e))
show('base group', base_group)

def handler_var_deleted():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    print(e)
show('target deleted', handler_var_deleted)

def raise_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('a')
    except* TypeError:
        raise IndexError('b')
show('two handlers raise', raise_two)

x = 0
try:
    raise ExceptionGroup("module level", [ValueError(1)])
except* ValueError as x:
    print('module handler', repr(x))
print('x' in globals())
