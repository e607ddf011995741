family = 'fanwiki'
mylang = 'en'
user_families_paths = ['more_families']
usernames['fanwiki']['*'] = 'FanBot'
usernames['fanwiki']['old'] = 'LegacyFanBot'
usernames['company']['hr'] = 'HRBot'
usernames['osmlike']['en'] = 'MapBot'
password_file = 'user-password.py'
