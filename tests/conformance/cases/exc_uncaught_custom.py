class ConfigError(Exception):
    pass
def load():
    raise ConfigError("bad config")
load()
