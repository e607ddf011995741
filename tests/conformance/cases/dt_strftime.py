from datetime import datetime
d = datetime(2009, 7, 4, 15, 6, 7, 890)
for f in ["%Y-%m-%d %H:%M:%S", "%y %b %B %a %A", "%I:%M %p", "%j %U %W %w", "%f", "%%Y literal",
          "%d/%m/%Y", "%H%M%S", "%c", "%x", "%X", "%G-W%V-%u", "[%z][%Z]"]:
    print(repr(d.strftime(f)))
print(datetime(2024, 1, 1, 0, 5).strftime("%I %p"), datetime(2024, 1, 1, 12, 5).strftime("%I %p"))
