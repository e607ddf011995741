from string import Template

t = Template('$who likes $what; ${who}s pay $$10')
print(t.substitute(who='Tim', what='kung pao'))
print(t.substitute({'who': 'Ann', 'what': 'tea'}))
print(t.substitute({'who': 'Ann'}, what='coffee'))
print(t.safe_substitute(who='Bo'))
print(t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e.args[0])
try:
    Template('bad $ here').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('bad $ here').safe_substitute())
print(Template('$a$b ${c}d $_e1').substitute(a=1, b=2, c=3, _e1='E'))
print(Template('$x and $y').get_identifiers())
