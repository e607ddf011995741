from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
print(Sq(3).area(), isinstance(Sq(2), Shape))
try:
    Shape()
except TypeError:
    print("TypeError abstract")
