import shutil, os
os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "40"
s = shutil.get_terminal_size()
print(s.columns, s.lines, s, tuple(s), s[0])
del os.environ["COLUMNS"]
print(shutil.get_terminal_size((90, 30)).columns > 0)
