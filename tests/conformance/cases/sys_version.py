import sys
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 6), sys.version_info < (4,), list(sys.version_info[:1]))
print(len(sys.version_info), type(sys.version) is str, sys.version_info > (3, 5, 9))
print(sys.platform, sys.maxsize, sys.maxsize == 2**63 - 1, sys.getdefaultencoding(), sys.byteorder)
