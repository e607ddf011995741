from pywikibot import family


class Family(family.Family)
    name = 'worse'
