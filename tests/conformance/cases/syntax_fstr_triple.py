x = 10
y = 20
print(f"""a
{x}
b {y}
c""")
print(f'''single {x}
quotes''')
s = f"""{
x
+
y
}"""
print(s)
