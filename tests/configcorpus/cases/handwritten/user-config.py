# -*- coding: utf-8 -*-
# My pywikibot configuration (hand-written, kept in git without secrets).
import os

family = 'wikipedia'
mylang = 'de'

# One account for everything on Wikipedia, a separate one on Commons.
usernames['wikipedia']['de'] = 'Beispiel-Bot'
usernames['wikipedia']['en'] = 'Beispiel-Bot'
usernames['wikipedia']['*'] = 'Beispiel-Bot'
usernames['commons']['commons'] = 'Beispiel-Bot'
usernames['wikidata'] = {'wikidata': 'BeispielDataBot', 'test': 'BeispielDataBot'}

password_file = os.path.join('secrets', 'passwords.py')

# Be nice to the servers.
put_throttle = 6
maxlag = 3
max_retries = 5
retry_wait = 10
retry_max = 300
noisysleep = 30.0
step = 50
socket_timeout = (10, 120)
maximum_GET_length = 1024
minthrottle = 1
maxthrottle = 30

# Basic auth for the staging mirror, OAuth for the test wiki.
authenticate['staging.example.org'] = ('stage', 'stagepass')
authenticate['*.wikidata.org'] = ('ckey', 'csecret', 'akey', 'asecret')

cosmetic_changes = True
verbose_output = 1
user_script_paths = ['myscripts']
