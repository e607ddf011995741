import sys_pkg_gwb
import sys_pkg_gwb.sub
from sys_pkg_gwb import helper
from sys_pkg_gwb.sub import deep
print(sys_pkg_gwb.NAME, sys_pkg_gwb.sub.VALUE, helper.f(), deep.g())
print(sys_pkg_gwb.sub.deep is deep, sys_pkg_gwb.helper is helper)
print(helper.__name__, deep.__name__, sys_pkg_gwb.__name__)
