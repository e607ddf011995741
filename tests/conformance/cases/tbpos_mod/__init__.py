"""A module whose functions fail, for exc_traceback_positions.py."""


def lookup(table, key):
    value = table[key]
    return value


def ratio(a, b):
    scaled = a * 10
    return scaled / b + 1


def call_attr(obj):
    return len(obj.items()) + obj.missing_attr
