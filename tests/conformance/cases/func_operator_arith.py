import operator

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.contains('abc', 'd'), operator.concat([1], [2]))
print(operator.getitem([1, 2, 3], 1), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
d = {}
operator.setitem(d, 'a', 1)
print(d)
operator.delitem(d, 'a')
print(d)
print(operator.index(7))
