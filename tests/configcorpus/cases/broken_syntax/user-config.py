family = 'wikipedia'
mylang = 'en'
usernames['wikipedia']['en'] = 'ExampleBot
