"""pywikibot.bot.set_interface('buffer'), the interface pywikibot's own
tests use: the messages are kept (without their level's prefix) instead of
shown, questions get their default answer. Same output from real pywikibot
9.6.3 (buffer_ui.out) and gowikibot."""
import pywikibot
from pywikibot import bot

bot.set_interface('buffer')
ui = pywikibot.bot.ui
print(type(ui).__module__, type(ui).__name__, ui is bot.ui)
pywikibot.info('hello')
pywikibot.warning('careful')
pywikibot.error('bad')
pywikibot.critical('worse')
pywikibot.stdout('result')
pywikibot.log('logged')
pywikibot.debug('debugged')
print(ui.pop_output())
print(ui.pop_output())
print(repr(ui.input('Question?', default='d')))
print(repr(ui.input_choice('Question?', [('Yes', 'y'), ('No', 'n')], default='n')))
print(repr(ui.input_list_choice('Which?', ['a', 'b'], default='b')))
print(repr(pywikibot.input('Question?', default='x')))
print(ui.pop_output())
ui.output('direct')
pywikibot.info('<<lightred>>coloured<<default>>')
print(ui.pop_output())
pywikibot.info('dropped')
ui.clear()
print(ui.pop_output())
bot.set_interface('terminal')
pywikibot.info('shown again')
