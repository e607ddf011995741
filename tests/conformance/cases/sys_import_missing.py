try:
    import nonexistent_module_gwb
except ImportError as e:
    print(type(e), e)
try:
    from os import nonexistent_name_gwb
except ImportError as e:
    print("ImportError")
try:
    import os.nonexistent_sub_gwb
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
import nonexistent_module_gwb2
