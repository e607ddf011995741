class Local:
    pass
print(repr(int), repr(str), repr(Local), repr(ValueError), repr(type))
print(str(Local))
