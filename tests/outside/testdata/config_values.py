"""The values a script reads from pywikibot.config after a user-config
that sets numbers of their own types (an int stays an int, a float given
for an int variable is kept with a warning) and no password_file."""
from pywikibot import config

for name in ('put_throttle', 'minthrottle', 'maxthrottle', 'maxlag', 'max_retries', 'retry_wait',
             'retry_max', 'noisysleep', 'step', 'socket_timeout', 'password_file', 'simulate',
             'verbose_output', 'maximum_GET_length'):
    print(name, repr(getattr(config, name)))
# names of the user-config that pywikibot does not know are no attributes
print('flickr', hasattr(config, 'flickr'), 'my_bot_setting', hasattr(config, 'my_bot_setting'))
