import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable))
print(string.capwords('the quick  brown\tfox'))
print(string.capwords('a-b c-d', '-'))
print(string.capwords("hello WORLD it's"))
