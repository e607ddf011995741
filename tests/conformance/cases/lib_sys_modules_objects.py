import sys, types


class Lazy(types.ModuleType):
    @property
    def computed(self):
        return 'lazy value'


lz = Lazy('lazymod')
lz.plain = 1
sys.modules['lazymod'] = lz
import lazymod
from lazymod import computed, plain
print(lazymod is lz, computed, plain, type(lazymod).__name__)


class Obj:
    answer = 42


sys.modules['objmod'] = Obj()
from objmod import answer
import objmod
