s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("", "-", 3))
print("aaa".replace("a", "b", 0), "abc".replace("x", "y"))
print("ünï".replace("ï", "i"))
