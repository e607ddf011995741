for s in ["hello world", "HeLLo WoRLD", "they're bill's friends", "élan ÉCOLE", "ß straße", "123abc", ""]:
    print(repr(s.lower()), repr(s.upper()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
