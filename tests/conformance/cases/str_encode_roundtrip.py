samples = ["plain", "naïve café", "日本語", "emoji 😀", "mixed ß and €"]
for s in samples:
    u = s.encode("utf-8")
    print(len(s), len(u), u.decode("utf-8") == s, s.encode("ascii", "replace"), s.encode("latin-1", "xmlcharrefreplace"))
print("😀".encode("ascii", "backslashreplace"), "é".encode("ascii", "backslashreplace"), "\u20ac".encode("ascii", "backslashreplace"))
