print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("a::b".partition("::"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
