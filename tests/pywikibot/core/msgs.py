"""Messages and formats: str(page), titles, exception texts, save lines,
Timestamp and Namespace forms, as pywikibot 9.6.3 prints them."""
import pywikibot
from pywikibot import exceptions as ex

site = pywikibot.Site()
site.login()
p = pywikibot.Page(site, 'Msg probe page')
p.text = 'probe text one'
p.save('probe create')
print('str', str(p), 'repr', repr(p))
print('title link', p.title(as_link=True), p.title(as_link=True, with_ns=False))
u = pywikibot.Page(site, 'User:Somebody/sub (x)')
print(u.title(with_ns=False), u.title(as_link=True, with_ns=False), u.title(as_url=True),
      u.title(as_filename=True), u.title(without_brackets=True), u.title(underscore=True))
print(u.title(as_link=True, textlink=True), pywikibot.Page(site, 'Category:Foo').title(as_link=True, textlink=True))
print(str(u), repr(u))
missing = pywikibot.Page(site, 'Definitely missing page xyz')
try:
    missing.get()
except ex.NoPageError as e:
    print('NoPageError:', e)
for cls in (ex.IsRedirectPageError, ex.IsNotRedirectPageError, ex.EditConflictError, ex.LockedPageError,
            ex.NoCreateError, ex.PageSaveRelatedError, ex.CircularRedirectError, ex.LockedNoPageError,
            ex.CascadeLockedPageError, ex.PageCreatedConflictError, ex.TitleblacklistError):
    print(cls.__name__ + ':', cls(p))
print('Other:', ex.OtherPageSaveError(p, 'some reason'))
print('Spam:', ex.SpamblacklistError(p, 'http://spam.example'))
print('API:', ex.APIError('badtoken', 'Invalid CSRF token.'))
print('API2:', ex.APIError('x', 'y', a=1))
print('API repr:', repr(ex.APIError('badtoken', 'Invalid CSRF token.')))
# nocreate
try:
    missing.text = 'x'
    missing.save('nocreate test', nocreate=True)
except ex.Error as e:
    print(type(e).__name__ + ':', e)
# same text again: null edit
p.text = 'probe text one'
p.save('null edit')
ts = pywikibot.Timestamp(2024, 5, 6, 7, 8, 9)
print('ts', str(ts), repr(ts), ts.isoformat(), ts.totimestampformat())
ts2 = pywikibot.Timestamp.fromISOformat('2024-05-06T07:08:09Z')
print('ts2', ts2 == ts, type(ts2).__name__)
print('pageid>0', p.pageid > 0, 'ns', p.namespace(), repr(p.namespace()))
print('site', str(site), repr(site), site.sitename, site.code, site.lang, site.family, repr(site.family))
