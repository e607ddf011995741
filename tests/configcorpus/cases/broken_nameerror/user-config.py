family = 'wikipedia'
mylang = 'en'
# forgot the quotes
usernames['wikipedia']['en'] = ExampleBot
