family = 'bad'
mylang = 'en'
usernames['bad']['en'] = 'BadBot'
