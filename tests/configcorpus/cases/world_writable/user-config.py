family = 'wikinews'
mylang = 'de'
