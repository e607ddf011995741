x = 1
print(f"{x}")
print(f"{undefined_name}")
