family = 'labwiki'
mylang = 'lab'
usernames['labwiki']['lab'] = 'LabBot'
