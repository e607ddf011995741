def parse(lines):
    found = []
    for line in lines:
        if (pos := line.find("=")) > 0:
            found.append(line[:pos])
    return found
print(parse(["a=1", "b", "cc=3"]))
def first_word(text):
    if text:
        if words := text.split():
            return words[0]
    return None
print(first_word("hello world"), first_word("   "), first_word(""))
def count(items):
    total = 0
    for item in items:
        if not (n := len(item)):
            continue
        total += n
    return total
print(count(["ab", "", "c"]))
