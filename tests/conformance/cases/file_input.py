a = input()
b = input("second> ")
print("got", repr(a), repr(b))
try:
    input("third> ")
except EOFError as e:
    print("EOFError:", e)
