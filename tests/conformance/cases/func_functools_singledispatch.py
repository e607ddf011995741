from functools import singledispatch

@singledispatch
def describe(obj):
    return 'object'

@describe.register(int)
def _(obj):
    return 'int %d' % obj

@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)

def describe_str(obj):
    return 'str ' + obj

describe.register(str, describe_str)
print(describe(3), describe([1, 2]), describe('x'), describe(2.5), describe(None))
print(describe.dispatch(int) is not describe.dispatch(float))
