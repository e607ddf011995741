from collections import namedtuple
Emp = namedtuple('Emp', 'name, age dept')
e = Emp('ann', 30, 'eng')
print(e._asdict())
print(e._replace(age=31))
print(Emp._make(['bob', 25, 'ops']))
print(e.count(30), e.index('eng'))
print(e[1:], e + (1,))
try:
    e._replace(salary=1)
except ValueError as err:
    print('ValueError:', err)
