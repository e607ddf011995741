('AutoBot', BotPassword('auto', 'auto-secret'))
