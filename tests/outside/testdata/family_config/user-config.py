family = 'labcfg'
mylang = 'lab'
usernames['labcfg']['lab'] = 'LabBot'
max_retries = 0
retry_wait = 0
