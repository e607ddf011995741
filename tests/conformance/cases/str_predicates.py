tests = ["abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "½", "²", " \t\n", "", "a b", "_id", "1x", "Hello World", "hello World", "ÉCOLE", "école", "x\x07", "naïve"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isprintable(), t.isascii())
