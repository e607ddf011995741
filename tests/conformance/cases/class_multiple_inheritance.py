class Loud:
    def speak(self):
        return self.sound().upper()
class Dog:
    def sound(self):
        return "woof"
class LoudDog(Loud, Dog):
    pass
d = LoudDog()
print(d.speak(), isinstance(d, Loud), isinstance(d, Dog))
class Mixin:
    greeting = "hi"
    def greet(self):
        return self.greeting + " " + self.name
class Person:
    def __init__(self, name):
        self.name = name
class Greeter(Mixin, Person):
    pass
print(Greeter("bob").greet())
