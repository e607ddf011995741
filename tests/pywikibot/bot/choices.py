"""Answer options of pywikibot.bot_choice as pywikibot.bot exports them."""
from pywikibot import bot
from pywikibot.bot_choice import StandardOption, IntegerOption, ChoiceException, UnhandledAnswer
o = bot.StandardOption('yes', 'y')
print(o.format(), o.format('y'), o.test('Y'), o.test('yes'), o.result('yes'))
i = bot.IntegerOption(1, 5)
print(i.test('3'), i.test('9'), i.result('3'))
l = bot.ListOption(['a', 'b'])
print(l.test('2'), l.result('2'))
try:
    raise bot.ChoiceException('skip', 's')
except bot.ChoiceException as e:
    print('caught', e.option, e.shortcut)
s = bot.StaticChoice('never', 'n', 42)
print(s.result('n'), s.handle(), s.format())
