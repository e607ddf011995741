import html

print(html.escape('<script>alert("x") & \'y\'</script>'))
print(html.escape('<a href="x">', quote=False))
print(html.escape('plain text'))
print(html.escape(''))
print(html.escape('&amp;'))
