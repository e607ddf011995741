# Passwords for Beispiel-Bot. chmod 600!
import os
from pywikibot.login import BotPassword

('Beispiel-Bot', 'old-main-password')
('wikipedia', 'Beispiel-Bot', BotPassword('wp', os.environ['BEISPIEL_WP_PW']))
('commons', 'Beispiel-Bot', BotPassword('commons', os.getenv('BEISPIEL_COMMONS_PW', 'fallback-secret')))
('test', 'wikidata', 'BeispielDataBot', os.environ.get('BEISPIEL_TEST_PW', 'test-secret'))
