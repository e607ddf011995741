# The password comes from the environment; here it is not set.
('Batman', BotPassword('update-statistics', os.environ.get('GWB_CORPUS_UNSET_PASSWORD')))
('AutoBot', BotPassword('auto', 'auto-secret'))
