"""The input functions read through bot.ui._raw_input as pywikibot
9.6.3's (replacing it answers them): input, input_choice, input_yn and
input_list_choice with their prompts on stderr. Same output from real
pywikibot 9.6.3 (ui_raw_input.out) and gowikibot."""
import io
from contextlib import redirect_stderr

import pywikibot
from pywikibot import bot

answers = iter(['typed', '', 'b', 'x', 'y', '', '3'])
bot.ui._raw_input = lambda: next(answers)


def ask(call):
    err = io.StringIO()
    with redirect_stderr(err):
        result = call()
    print(repr(result), repr(err.getvalue()))


ask(lambda: pywikibot.input('question'))
ask(lambda: pywikibot.input('question?', default='dflt'))
ask(lambda: pywikibot.input_choice('Choose', [('alpha', 'a'), ('beta', 'b')], default='a'))
ask(lambda: pywikibot.input_yn('Sure?', default=False))
ask(lambda: bot.input_list_choice('question', ('answer 1', 'answer 2', 'answer 3'), '2'))
ask(lambda: bot.input_list_choice('pick', ['one', 'two', 'three']))
