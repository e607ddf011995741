text = "Some text [[Link|label]] and [[Other]] plus {{Template|a=1|b=2}}.\n== Section ==\nMore text.\n"
print(text.count("[["), text.find("{{"), text.rfind("]]"))
start = text.find("{{")
end = text.find("}}", start)
inner = text[start + 2:end]
name, *params = inner.split("|")
print(name, params)
for p in params:
    k, _, v = p.partition("=")
    print("  %s -> %s" % (k.strip(), v.strip()))
for line in text.splitlines():
    if line.startswith("==") and line.endswith("=="):
        print("heading:", line.strip("= "))
links = []
pos = 0
while True:
    i = text.find("[[", pos)
    if i < 0:
        break
    j = text.find("]]", i)
    target = text[i + 2:j].split("|")[0]
    links.append(target)
    pos = j + 2
print(links, text.replace("[[", "").replace("]]", "").count("Link"))
