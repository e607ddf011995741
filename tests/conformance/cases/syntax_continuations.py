x = 1 + \
    2
print(f"{x}")
y = [1,
     2,  # comment
     3]
print(y)
if x == 3 and \
   y:
    print("ok")
