# distutils.version (deprecated): LooseVersion and StrictVersion.
import warnings
warnings.simplefilter('ignore')
from distutils.version import LooseVersion, StrictVersion
print(LooseVersion('1.10') > LooseVersion('1.9'), LooseVersion('2.0b1') < '2.0', repr(LooseVersion('3.4.1a')))
print(StrictVersion('1.5a2') < StrictVersion('1.5'), str(StrictVersion('1.0')), StrictVersion('2.1.3') == '2.1.3')
print(sorted(['1.10', '1.9', '1.2.3'], key=LooseVersion))
try:
    StrictVersion('1.x')
except ValueError as e:
    print('ValueError', e)
import distutils
print(distutils.__version__[:2])
