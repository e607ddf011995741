import platform, locale
print(platform.system(), platform.python_implementation(), type(platform.node()), type(platform.machine()))
print(type(platform.python_version()), len(platform.python_version_tuple()))
print(locale.setlocale(locale.LC_ALL, "C"))
