s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("LATIN1"), "x".encode("UTF8"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "€".encode("latin-1")
except UnicodeError as e:
    print("UnicodeError:", e)
try:
    "x".encode("nope")
except LookupError as e:
    print("LookupError:", e)
