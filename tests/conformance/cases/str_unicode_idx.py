s = "añb€c𝄞d"
print(len(s), s[1], s[3], s[5], s[-1], s[2:6], s[::2], s[::-1])
print(s.find("€"), s.index("c"), s.rfind("d"), s.count("𝄞"), s.find("b", 3), s.find("d", -2))
print(s.startswith("ñ", 1), s.endswith("€", 0, 4), s.split("€"), s.partition("𝄞"))
print(s.upper(), s.center(11, "·"), s.ljust(9, "_"), s.rjust(9, "_"), s.zfill(10))
