path = "dir"
print(rf"{path}\file")
print(fr"\n{path}")
print(Rf"\d+{path}")
print(f"tab\there {path}")
print(f"newline\n{path}")
