from .. import helper
from ..helper import f
def g():
    return "deep.g+" + f() + "+" + helper.f()
