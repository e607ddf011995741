s = "abracadabra"
print(s.count("a"), s.count("abra"), s.count("a", 3), s.count("a", 3, 8), s.count(""), s.count("z"))
print(s.find("bra"), s.find("bra", 2), s.find("bra", 2, 9), s.find("x"), s.find(""), s.find("a", -3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("bra", 0, 5), s.rfind("x"))
print(s.index("c"), s.rindex("a"), s.index("a", 1))
u = "héllo wörld"
print(u.find("wö"), u.index("l"), u.rfind("l"), u.count("l"))
for f in (s.index, s.rindex):
    try:
        f("zz")
    except ValueError as e:
        print("ValueError:", e)
