# urllib.robotparser: robots.txt rules per user agent, crawl delay, request
# rate, site maps.
import urllib.robotparser
rp = urllib.robotparser.RobotFileParser()
rp.parse("""# comment
User-agent: Pywikibot
Crawl-delay: 5
Request-rate: 3/10
Disallow: /private
Allow: /private/ok

User-agent: *
Disallow: /w/
Disallow: /search?q=
Sitemap: https://example.org/sitemap.xml
""".splitlines())
for agent, url in [('Pywikibot/9.6', '/private/x'), ('Pywikibot', '/private/ok/y'), ('Pywikibot', '/w/index.php'),
                   ('Other', '/w/index.php'), ('Other', 'https://example.org/wiki/Main_Page'), ('Other', '/search?q=a')]:
    print(agent, url, rp.can_fetch(agent, url))
print(rp.crawl_delay('Pywikibot'), rp.request_rate('Pywikibot'), rp.crawl_delay('x'), rp.site_maps())
print(str(rp))
empty = urllib.robotparser.RobotFileParser('http://example.org/robots.txt')
print(empty.can_fetch('a', '/'), empty.host, empty.path, empty.mtime())
