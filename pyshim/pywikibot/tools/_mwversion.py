"""pywikibot.tools.MediaWikiVersion: MediaWiki version numbers that compare
as MediaWiki's releases follow each other (gowikibot's own code)."""
import re

__all__ = ('MediaWikiVersion',)

# digits separated by dots, then a development suffix (or anything, kept
# but not compared)
_VERSION = re.compile(r'(\d+(?:\.\d+)+)(-?wmf\.?(\d+)|alpha|beta(\d+)|-?rc\.?(\d+)|.*)?')


class MediaWikiVersion:
    """A MediaWiki version such as '1.39.17' or '1.29.0-wmf.2'. For the
    same numbers, wmf builds come before alpha, beta, release candidates
    and the release; the version can be compared with another or with a
    version string."""

    MEDIAWIKI_VERSION = _VERSION

    def __init__(self, version_str):
        m = _VERSION.fullmatch(version_str)
        if not m:
            raise ValueError('Invalid version number "{}"'.format(version_str))
        # the development stage: wmf 0, alpha 1, beta 2, rc 3, release 4
        if m[3]:
            self._dev_version = (0, int(m[3]))
        elif m[4]:
            self._dev_version = (2, int(m[4]))
        elif m[5]:
            self._dev_version = (3, int(m[5]))
        elif m[2] in ('alpha', '-alpha'):
            self._dev_version = (1,)
        else:
            for stage in ('wmf', 'alpha', 'beta', 'rc'):
                # a suffix naming a stage in a form the pattern does not
                # take (as '-rc-1'): pywikibot's parser asserts
                if stage in (m[2] or ''):
                    raise AssertionError('Found "{}" in "{}"'.format(stage, m[2]))
            self._dev_version = (4,)
        self.suffix = m[2] or ''
        self.version = tuple(int(n) for n in m[1].split('.'))

    @staticmethod
    def from_generator(generator):
        """The version of a siteinfo generator string ('MediaWiki 1.39.17')."""
        prefix = 'MediaWiki '
        if not generator.startswith(prefix):
            raise ValueError('Generator string ({!r}) must start with "{}"'.format(generator, prefix))
        return MediaWikiVersion(generator[len(prefix):])

    def __str__(self):
        return '.'.join(str(v) for v in self.version) + self.suffix

    def _key(self, other):
        if isinstance(other, str):
            other = MediaWikiVersion(other)
        elif not isinstance(other, MediaWikiVersion):
            raise TypeError("Comparison between 'MediaWikiVersion' and '{}' unsupported"
                            .format(type(other).__name__))
        return (self.version, self._dev_version), (other.version, other._dev_version)

    def __eq__(self, other):
        if not isinstance(other, (str, MediaWikiVersion)):
            return False
        mine, theirs = self._key(other)
        return mine == theirs

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def __lt__(self, other):
        mine, theirs = self._key(other)
        return mine < theirs

    def __le__(self, other):
        mine, theirs = self._key(other)
        return mine <= theirs

    def __gt__(self, other):
        mine, theirs = self._key(other)
        return mine > theirs

    def __ge__(self, other):
        mine, theirs = self._key(other)
        return mine >= theirs
