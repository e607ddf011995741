"""bot_choice: an Option that does not say how it is shown raises
NotImplementedError from format (so Option.formatted does), and
QuitKeyboardInterrupt answers as the 'quit' option: format, test, handled,
result (itself). Same output from real pywikibot 9.6.3 (choice_quit.out)
and gowikibot."""
from pywikibot import bot_choice
from pywikibot.bot_choice import QuitKeyboardInterrupt

option = bot_choice.OutputOption()
print(option.stop)
try:
    bot_choice.Option.formatted('?', [option], None)
except NotImplementedError as e:
    print('NotImplementedError', repr(str(e)))
quit_option = QuitKeyboardInterrupt()
print(quit_option.stop, quit_option.option, quit_option.shortcut, quit_option.result('*') is quit_option)
print(quit_option.format(), quit_option.format(default='q'), quit_option.format(default='y'))
for answer in ('q', 'Q', 'quit', 'QUIT', 'x', ''):
    print(repr(answer), quit_option.test(answer), quit_option.handled(answer) is quit_option)
print(bot_choice.Option.formatted('Go on?', [bot_choice.StandardOption('yes', 'y'), quit_option], 'q'))
