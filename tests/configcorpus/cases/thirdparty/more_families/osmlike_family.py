from pywikibot import family


class Family(family.SingleSiteFamily):
    name = 'osmlike'
    domain = 'wiki.maps.example'
    code = 'en'
