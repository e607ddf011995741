from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self):
        ...
    @abstractmethod
    def stop(self):
        ...
    def helper(self):
        return "helper"
class Half(Base):
    def run(self):
        return "run"
class Full(Half):
    def stop(self):
        return "stop"
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
f = Full()
print(f.run(), f.stop(), f.helper(), isinstance(f, Base), issubclass(Full, Base))
class Virtual(metaclass=ABCMeta):
    pass
Virtual.register(int)
print(isinstance(3, Virtual), isinstance("s", Virtual), issubclass(int, Virtual))
