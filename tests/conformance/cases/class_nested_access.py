class Config:
    class Defaults:
        timeout = 30
    timeout = Defaults.timeout * 2
print(Config.timeout, Config.Defaults.timeout, Config().Defaults.timeout)
