"""specialbots.UploadRobot.exit is BaseBot.exit, taking no argument (a
script may replace it); a run ending with an exception still prints the
statistics and names it: the same output from real pywikibot 9.6.3
(upload_exit.out) and gowikibot."""
import inspect

import pywikibot
from pywikibot.bot import BaseBot
from pywikibot.specialbots import UploadRobot


class FakeSite:
    def __repr__(self):
        return 'FakeSite()'


pywikibot.Site = lambda *args, **kwargs: FakeSite()  # the robot's default site, not used


class Robot(UploadRobot):
    def skip_run(self):
        return False

    def upload_file(self, file_url):
        if file_url == 'bad':
            raise ValueError('cannot read ' + file_url)
        return file_url


print(UploadRobot.exit is BaseBot.exit, list(inspect.signature(UploadRobot.exit).parameters))
bot = Robot(['a', 'b'], target_site=FakeSite(), description='d')
bot.run()
print(dict(bot.counter))
bot = Robot(['a', 'bad', 'c'], target_site=FakeSite(), description='d')
try:
    bot.run()
except ValueError as e:
    print('ValueError:', e)
print(dict(bot.counter))
calls = []
bot = Robot(['a'], target_site=FakeSite(), description='d')
bot.exit = lambda: calls.append('replaced exit')
bot.run()
print(calls)
