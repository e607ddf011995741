x = 5
print(f"{{x}}")
print(f"{{{x}}}")
print(f"a{{b}}c")
print(f"}}{{")
