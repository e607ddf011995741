from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm))
cm['color'] = 'blue'
print(args, defaults)
print(cm.get('missing', 'dflt'), 'color' in cm)
child = cm.new_child({'user': 'child'})
print(child['user'], child.parents['user'])
print(cm)
del cm['color']
print(cm['color'])
