class Coded(Exception):
    code = 100
    message = "default message"
class Specific(Coded):
    code = 200
e = Coded()
print(e.code, e.message, Coded.code)
s = Specific("x")
print(s.code, Specific.code)
s.code = 5
print(s.code, Specific.code, Specific().code)
