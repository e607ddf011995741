from __future__ import annotations
from __future__ import print_function, division
from __future__ import (absolute_import,
                        unicode_literals)
print("future ok")
