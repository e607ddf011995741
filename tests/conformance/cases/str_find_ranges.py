s = "0123456789"
for args in [(), (3,), (3, 7), (-3,), (-5, -2), (8, 3), (20,), (None, 5), (2, None)]:
    print(list(args), s.find("5", *args), s.find("", *args), s.count("", *args), s.rfind("", *args), s.startswith("", *args), s.endswith("9", *args))
