family = 'wikipedia'
mylang = 'en'
usernames['wikipedia']['en'] = 'ExampleBot'
password_file = None
