# the shapes of the eighth round's user-configs: numbers of their own
# type, one of the wrong type (kept with its warning), no password_file
family = 'wikipedia'
mylang = 'test'
usernames['wikipedia']['test'] = 'ValuesBot'
minthrottle = 2
maxthrottle = 5
put_throttle = 1.5
noisysleep = 1
max_retries = 100
socket_timeout = 120
# names pywikibot does not know: warned about, not config attributes
flickr = {'api_key': 'x'}
my_bot_setting = 'kept only in the file'
