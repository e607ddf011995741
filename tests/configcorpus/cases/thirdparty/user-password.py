('fanwiki', 'FanBot', BotPassword('fan', 'fan-secret'))
('hr', 'company', 'HRBot', 'hr-secret')
