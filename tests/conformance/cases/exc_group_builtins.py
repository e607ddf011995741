def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]))
t(lambda: BaseExceptionGroup("m", [ValueError(1)]))
t(lambda: type(BaseExceptionGroup("m", [ValueError(1)])))
t(lambda: type(BaseExceptionGroup("m", [KeyboardInterrupt()])))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", ValueError()))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup("m", [ValueError()], 3))
t(lambda: ExceptionGroup("m", (ValueError(),)).exceptions)
t(lambda: str(ExceptionGroup("m", [ValueError(1), TypeError(2)])))
t(lambda: str(ExceptionGroup("m", [ValueError(1)])))
t(lambda: ExceptionGroup("m", [ValueError(1)]).args)
t(lambda: ExceptionGroup("m", [ValueError(1)]).message)
t(lambda: ExceptionGroup("m", {ValueError(1)}))
t(lambda: ExceptionGroup(message="m", exceptions=[ValueError(1)]))
t(lambda: ExceptionGroup.__mro__)
t(lambda: BaseExceptionGroup.__mro__)
t(lambda: issubclass(ExceptionGroup, BaseExceptionGroup))
t(lambda: ExceptionGroup("m", [ValueError()]).derive([TypeError()]))
t(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]).derive([TypeError()]))
class MyEG(ExceptionGroup):
    pass
t(lambda: MyEG("x", [ValueError(2)]))
t(lambda: MyEG("x", [KeyboardInterrupt()]))
t(lambda: MyEG("x", [ValueError(2)]).derive([ValueError(3)]))
t(lambda: MyEG("x", [ValueError(2), TypeError(3)]).split(ValueError))
t(lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]).exceptions)
t(lambda: ExceptionGroup("m", [ValueError(1), ExceptionGroup("n", [TypeError(2), ValueError(3)])]).split(ValueError))
t(lambda: ExceptionGroup("m", [ValueError(1), ExceptionGroup("n", [TypeError(2), ValueError(3)])]).subgroup(TypeError))
t(lambda: ExceptionGroup("m", [ValueError(1)]).subgroup(TypeError))
t(lambda: ExceptionGroup("m", [ValueError(1)]).split(TypeError))
t(lambda: ExceptionGroup("m", [ValueError(1)]).split(Exception))
t(lambda: ExceptionGroup("m", [ValueError(1), KeyError(2)]).split((KeyError, ValueError)))
t(lambda: ExceptionGroup("m", [ValueError(1), KeyError(2)]).split(lambda e: isinstance(e, KeyError)))
t(lambda: ExceptionGroup("m", [ValueError(1), KeyError(2)]).split(lambda e: True))
t(lambda: ExceptionGroup("m", [ValueError(1)]).split(1))
t(lambda: ExceptionGroup("m", [ValueError(1)]).split(int))
t(lambda: ExceptionGroup("m", [ValueError(1)]).split())
eg = ExceptionGroup("m", [ValueError(1)])
t(lambda: eg.subgroup(lambda e: True) is eg)
t(lambda: eg.split(ExceptionGroup)[0] is eg)
t(lambda: ExceptionGroup("m", [ValueError(1)]).subgroup(ExceptionGroup))
eg.add_note("hello")
eg.__cause__ = KeyError(9)
eg.__context__ = KeyError(8)
m, r = ExceptionGroup("top", [eg, TypeError(4)]).split(ValueError)
t(lambda: (m, r))
t(lambda: (m.exceptions[0].__notes__, m.exceptions[0].__cause__, m.exceptions[0].__context__))
try:
    raise ExceptionGroup("x", [ValueError(5)])
except ExceptionGroup as e:
    s = e.subgroup(ValueError)
    print(s is e)
    s2, _ = ExceptionGroup("y", [e, KeyError()]).split(ValueError)
    print(s2.__traceback__ is None, s2.exceptions[0] is e)
t(lambda: repr(ExceptionGroup("m", [ValueError(1)])))
t(lambda: ExceptionGroup.__module__)
t(lambda: ExceptionGroup.__name__)
class Weird(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self
    def derive(self, excs):
        return Weird(self.message, excs, self.extra)
w = Weird("w", [ValueError(1), TypeError(2)], 42)
t(lambda: w.split(ValueError))
t(lambda: (w.split(ValueError)[0].extra))
t(lambda: BaseExceptionGroup("a", [ValueError()]).__class__ is ExceptionGroup)
class Bad(BaseExceptionGroup): pass
t(lambda: Bad("a", [ValueError()]))
t(lambda: Bad("a", [KeyboardInterrupt()]))
class Bad2(BaseExceptionGroup, Exception): pass
t(lambda: Bad2("a", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", [ValueError(1)]) == ExceptionGroup("m", [ValueError(1)]))
eg = ExceptionGroup("m", [ValueError(1)])
eg.add_note("hello")
m, r = ExceptionGroup("top", [eg, TypeError(4)]).split(ValueError)
print(m.exceptions[0].__notes__ is eg.__notes__, m.exceptions[0].__notes__)
class W(ExceptionGroup):
    def derive(self, excs):
        return 1
try:
    W("a", [ValueError(), TypeError()]).split(ValueError)
except Exception as e:
    print(type(e).__name__, e)
print(ExceptionGroup("m", [ValueError(1)]).split(lambda e: 0))
try:
    ExceptionGroup("m", [ValueError(1)]).split(lambda e: 1/0)
except Exception as e:
    print(type(e).__name__, e)
# __notes__ is absent until set; add_note makes the list
e = ValueError()
print(hasattr(e, '__notes__'))
e.add_note('a')
e.add_note('b')
print(e.__notes__)
del e.__notes__
print(hasattr(e, '__notes__'))
e.__notes__ = ('x',)
print(e.__notes__)
# derived groups keep the traceback, cause, context and a copy of the notes
try:
    try:
        raise KeyError('ctx')
    except KeyError:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)]) from OSError('cause')
except ExceptionGroup as eg:
    eg.add_note('n1')
    match, rest = eg.split(ValueError)
    print(match.__traceback__ is eg.__traceback__, rest.__traceback__ is eg.__traceback__)
    print(repr(match.__cause__), repr(match.__context__), match.__notes__, match.__notes__ is eg.__notes__)
    print(match.__suppress_context__, rest.__suppress_context__)
# TaskGroup raises the builtin ExceptionGroup
import asyncio
async def boom(n):
    raise ValueError(n)
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
try:
    asyncio.run(main())
except ExceptionGroup as e:
    print(type(e) is ExceptionGroup, e.exceptions)
print(isinstance(ExceptionGroup('x', [ValueError()]), Exception), isinstance(BaseExceptionGroup('x', [KeyboardInterrupt()]), Exception))

# ExceptionGroup[T] (__class_getitem__) and types.GenericAlias(origin, args)
import types
a = ExceptionGroup[ValueError]
print(a, type(a).__name__, a.__origin__, a.__args__)
print(BaseExceptionGroup[int, str])
def f() -> ExceptionGroup[OSError]: pass
print(f.__annotations__)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
