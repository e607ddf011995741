d = {"key": "value"}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f"""{d["key"]} and {d['key']}""")
items = ["a", "b"]
print(f"{items[0] + ', ' + items[1]}")
print(f"{'yes' if items else 'no'}")
