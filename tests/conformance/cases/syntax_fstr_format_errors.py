try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{12:s}")
except ValueError as e:
    print("ValueError", e)
