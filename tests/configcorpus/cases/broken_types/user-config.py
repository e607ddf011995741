family = 'wikipedia'
mylang = 'en'
put_throttle = '10'
maxlag = None
simulate = 'yes'
max_retires = 3
