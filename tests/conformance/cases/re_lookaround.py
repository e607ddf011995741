import re

print(re.findall(r'(?<=\$)\d+', 'cost $30, tax $5, 7 items'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30, tax $5, 7 items'))
print(re.findall(r'\w+(?=:)', 'a: b c: d'))
print(re.findall(r'\b\w+\b(?!:)', 'a: b c: d'))
print(re.sub(r'(?<=\d)(?=(\d{3})+\b)', ',', '1234567 and 1000'))
print(re.findall(r'(?<=\[\[)[^\]|]+', '[[Foo|bar]] and [[Baz]]'))
print(re.sub(r'(?<![\w])cat(?![\w])', 'dog', 'cat concat cat.'))
