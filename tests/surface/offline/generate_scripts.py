"""pywikibot.scripts.generate_user_files and generate_family_file import
with pywikibot 9.6.3's names: the config templates' placeholders, the
sections' names, file_exists, get_site_and_lang with force (a code the
family does not know falls back to 'en'), and FamilyFileGenerator's
attributes and refusal of a bad family name.
Same output from real pywikibot 9.6.3 (generate_scripts.out) and gowikibot."""
import os
import re

from pywikibot.scripts import generate_family_file as gff
from pywikibot.scripts import generate_user_files as guf


def show(*args):
    print(*args, flush=True)


show(guf.USER_BASENAME, sorted(guf.DISABLED_SECTIONS), sorted(guf.OBSOLETE_SECTIONS),
     sorted(guf.SCRIPT_SECTIONS))
for name in ('SMALL_CONFIG', 'EXTENDED_CONFIG', 'PASSFILE_CONFIG'):
    show(name, sorted(set(re.findall('{([a-z_]+)}', getattr(guf, name)))))
show(guf.PASSFILE_CONFIG.format(botpasswords="('Bot', BotPassword('x', 'y'))").splitlines()[-1])
show(guf.file_exists('no such file here'))
with open('guf_probe.txt', 'w') as f:
    f.write('x')
try:
    show(guf.file_exists('guf_probe.txt'))
finally:
    os.remove('guf_probe.txt')
show(guf.get_site_and_lang(force=True))
show(guf.get_site_and_lang('wikisource', 'foo', 'bar', force=True))
show(guf.get_site_and_lang('wiktionary', 'de', "O'Neil", force=True))
try:
    guf.get_site_and_lang('nosuchfamily', 'de', force=True)
except ValueError as e:
    show('ValueError', e)

gen = gff.FamilyFileGenerator('https://wiki.example.org/wiki/Main_Page', 'bad-name', 'n')
show(gen.base_url, gen.name, gen.dointerwiki, gen.verify, gen.wikis, gen.langs)
show(gen.get_params())
show(gff.FamilyFileGenerator('https://wiki.example.org/', 'good1').get_params())
show(gff.NAME_CHARACTERS, gff.CODE_CHARACTERS)
