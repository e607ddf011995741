family = 'wiktionary'
mylang = 'fr'
usernames['wiktionary']['fr'] = 'ExampleBot'
password_file = "user-password.cfg"
