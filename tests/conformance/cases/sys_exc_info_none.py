import sys
print(sys.exc_info())
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
