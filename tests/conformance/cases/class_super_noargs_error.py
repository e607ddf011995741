try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
