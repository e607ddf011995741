family = 'helpers'
mylang = 'en'
usernames['helpers']['en'] = 'HelperBot'
usernames['autoimp']['autoimp'] = 'AutoImpBot'
