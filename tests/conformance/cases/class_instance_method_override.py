class A:
    def greet(self):
        return "class"
a = A()
a.greet = lambda: "instance"
print(a.greet(), A().greet())
