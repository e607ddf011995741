"""Garbage collector interface (gowikibot): Go's collector runs on its own;
these functions are accepted and do nothing."""

__all__ = ['collect', 'enable', 'disable', 'isenabled', 'get_count', 'get_threshold',
           'set_threshold', 'get_objects', 'garbage', 'callbacks', 'freeze', 'unfreeze',
           'get_stats', 'set_debug', 'get_debug', 'is_tracked', 'get_referrers', 'get_referents']

garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38
_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def collect(generation=2):
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    _threshold = (threshold0, _threshold[1] if threshold1 is None else threshold1,
                  _threshold[2] if threshold2 is None else threshold2)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def get_objects(generation=None):
    return []


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
