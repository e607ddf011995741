for s in ["Ⅻ", "٣", "①", "3.14", "-1", "a1", "ǅungla", "ǅ", "HELLO 123", "hello 123", "123", "   ", "\u00a0", "\u2028", "tab\t", "snake_case", "class", "ñandú", "A\u0301"]:
    print(repr(s), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isupper(), s.islower(), s.istitle(), s.isspace(), s.isidentifier(), s.isprintable())
