words = ["Straße", "STRASSE", "straße", "ǅ", "ﬁ", "İstanbul", "ΣΊΣΥΦΟΣ"]
for w in words:
    print(w, w.lower(), w.upper(), w.casefold(), w.title(), w.swapcase(), w.lower() == w.casefold())
print("straße".casefold() == "STRASSE".casefold())
