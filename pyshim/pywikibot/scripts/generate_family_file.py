"""pywikibot.scripts.generate_family_file: pywikibot's names for writing
a family file for a wiki.

Usage: generate_family_file [URL] [NAME] [DOINTERWIKI] [VERIFY]

gowikibot writes the family file with its command ``gowikibot
generate_family_file`` (written in Go: it reads the wiki's siteinfo and
writes base_dir/families/NAME_family.py). ``FamilyFileGenerator`` keeps
pywikibot's constructor and attributes and asks for missing parameters as
pywikibot does; ``run`` then runs that command. Only the given wiki is
written: the command answers DOINTERWIKI as 'n'.
"""
import string
import sys
from urllib.parse import urlparse, urlunparse

import _gowikibot

# The characters a family name may have.
NAME_CHARACTERS = string.ascii_letters + string.digits
# The characters a site code may have.
CODE_CHARACTERS = string.ascii_lowercase + string.digits + '_-'


class FamilyFileGenerator:

    """Family file creator (pywikibot's constructor; gowikibot's command
    does the work)."""

    def __init__(self, url=None, name=None, dointerwiki=None, verify=None):
        """url of the wiki, the family's name, the interwiki answer (y, s,
        n or e) and whether to turn certificate verification off (y or
        n); the missing ones are asked for by run."""
        from pywikibot.scripts import _import_with_no_user_config
        self.Wiki = _import_with_no_user_config('pywikibot.site_detect').site_detect.MWSite
        self.base_dir = _import_with_no_user_config('pywikibot.config').config.base_dir
        self.base_url = url
        self.name = name
        self.dointerwiki = dointerwiki
        self.verify = verify
        self.wikis = {}
        self.langs = []

    def get_params(self) -> bool:
        """Ask for the URL and the name when missing; False when one is
        not given or the name has other characters than NAME_CHARACTERS."""
        if self.base_url is None:
            url = ''
            try:
                url = input('Please insert URL to wiki: ')
            except KeyboardInterrupt:
                pass
            if not url:
                return False
            parts = urlparse(url, 'https')
            if not parts.netloc and parts.path:
                self.base_url = urlunparse((parts.scheme, parts.path, parts.netloc, *parts[3:]))
            else:
                self.base_url = urlunparse(parts)
        if self.name is None:
            try:
                self.name = input('Please insert a short name (eg: freeciv): ')
            except KeyboardInterrupt:
                pass
            if not self.name:
                return False
        if any(c not in NAME_CHARACTERS for c in self.name):
            print(f'ERROR: Name of family "{self.name}" must be ASCII letters'
                  ' and digits [a-zA-Z0-9]')
            return False
        return True

    def run(self) -> None:
        """Ask for missing parameters, then write the family file with
        ``gowikibot generate_family_file``."""
        if not self.get_params():
            return
        argv = [sys.executable, 'generate_family_file', '-dir:' + self.base_dir,
                self.base_url, self.name, self.dointerwiki or 'n']
        if self.verify is not None:
            argv.append(self.verify)
        _gowikibot.run_command(argv)


def main() -> None:
    """Process the command line and generate a family file."""
    if len(sys.argv) > 1 and sys.argv[1] == '-help':
        print(__doc__)
    else:
        FamilyFileGenerator(*sys.argv[1:]).run()


if __name__ == '__main__':
    main()
