name = "Zürich"
print(f"{name} → {len(name)}")
print(f"{'日本':>4}|")
