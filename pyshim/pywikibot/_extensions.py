"""Whether a site has a MediaWiki extension (siteinfo extensions), for
the modules of extensions (proofreadpage, flow)."""


def has_extension(site, name):
    """Whether site runs the extension name."""
    own = getattr(site, 'has_extension', None)
    if own is not None:
        return own(name)
    cache = site.__dict__.setdefault('_gowikibot_extensions', {})
    if 'names' not in cache:
        data = site._api({'action': 'query', 'meta': 'siteinfo', 'siprop': 'extensions'})
        cache['names'] = {e.get('name') for e in data.get('query', {}).get('extensions', [])}
    return name in cache['names']
