# -*- coding: utf-8 -*-
# A user-config.py of the shape bot operators write: it imports json and
# pathlib, reads its settings and a token from files beside it, and uses
# pywikibot.config's names.
import json
import os
import pathlib
from pywikibot.config import usernames
from pywikibot import config

family = 'wikipedia'
mylang = 'test'
here = pathlib.Path(base_dir)
with open(os.path.join(base_dir, 'settings.json'), encoding='utf-8') as f:
    _settings = json.load(f)

usernames['wikipedia']['test'] = _settings['user']
usernames['wikipedia']['de'] = ''
usernames['wiktionary']['*'] = 'WiktBot'
put_throttle = _settings['throttle']
maxlag = config.maxlag + 2
_token = (here / 'token.txt').read_text().strip()
authenticate['test.wikipedia.org'] = ('consumer', 'consumer-secret', 'access', _token)

# A wiki registered by its API URL (AutoFamily), with its own user.
family_files['mywiki'] = 'https://wiki.example.org/w/api.php'
usernames['mywiki']['mywiki'] = 'AutoBot'

password_file = 'user-password.py'
