def find(text):
    pattern = "1"
    if (m := text.find(pattern)) >= 0:
        return text[m:]
    return None
print(find("abc 123"), find("none"))
def check(values):

    if n := len(values):
        return n
    return -1
print(check([1, 2]), check([]))
