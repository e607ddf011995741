import traceback, sys
print(repr(traceback.format_exc()))
e = ValueError("bad value")
print(traceback.format_exception_only(ValueError, e))
print(traceback.format_exception_only(e))
print(traceback.format_exception(KeyError, KeyError("k"), None))
print(sys.exc_info())
