# f"{not a field}" in a comment
s = "f'{not a field}'"   # {also} a comment
print(s)
t = 'it''s'
print(t)
u = """ {braces} in a plain string """
print(u)
print("#not a comment")
