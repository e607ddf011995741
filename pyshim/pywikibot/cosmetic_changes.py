"""pywikibot.cosmetic_changes: small wikitext clean-ups applied before a
save (config.cosmetic_changes) or by the cosmetic_changes script.

gowikibot does the language-neutral clean-ups of pywikibot's toolkit:
spaces (removeUselessSpaces, removeNonBreakingSpaceBeforePercent,
cleanUpSectionHeaders, putSpacesInLists), HTML to wiki markup (fixHtml),
<ref> tags (fixReferences), prettytable (fixStyle), the page footer
(standardizePageFooter), links (cleanUpLinks) and HTML entities
(resolveHtmlEntities). The methods that need per-wiki data (namespace and
magic-word translation, Arabic letters, ISBNs, Commons file descriptions,
empty sections) are present and leave the text unchanged; those of the
site's own links (fixSelfInterwiki, fixSyntaxSave), units (fixTypo) and
deprecated templates (replaceDeprecatedTemplates) are pywikibot's.
"""
import re
from enum import IntEnum

import pywikibot
from pywikibot import exceptions, i18n, textlib  # noqa: F401 (as pywikibot's)
from pywikibot.site import Namespace  # noqa: F401 (as pywikibot's)
from pywikibot.textlib import FILE_LINK_REGEX, MultiTemplateMatchBuilder, get_regexes  # noqa: F401
from pywikibot.tools import first_lower, first_upper  # noqa: F401 (as pywikibot's)
from pywikibot.tools.chars import url2string  # noqa: F401 (as pywikibot's)

# pywikibot's ISBN library (python-stdnum) is not part of gowikibot
stdnum_isbn = None

__all__ = ['CANCEL', 'CosmeticChangesToolkit', 'moved_links', 'main_sortkey',
           'nn_iw_msg', 'deprecatedTemplates']

# the documentation template and the documentation subpage of a language
moved_links = {
    'bn': ('documentation', '/doc'),
    'ca': ('ús de la plantilla', '/ús'),
    'cs': ('dokumentace', '/doc'),
    'da': ('dokumentation', '/doc'),
    'de': ('dokumentation', '/Meta'),
    'en': (['documentation', 'template documentation', 'template doc', 'doc',
            'documentation, template'], '/doc'),
    'es': (['documentación', 'documentación de plantilla'], '/doc'),
}

main_sortkey = {'_default': ' ', 'ar': '*'}

nn_iw_msg = '<!--interwiki (no, sv, da first; then other languages alphabetically by name)-->'

# the deprecated templates of a wiki, by family and code: (old template,
# its replacement with \g<parameters> for the old one's parameters)
deprecatedTemplates = {
    'wikipedia': {
        'de': [
            ('Belege', 'Belege fehlen\\g<parameters>'),
            ('Quelle', 'Belege fehlen\\g<parameters>'),
            ('Quellen', 'Belege fehlen\\g<parameters>'),
            ('Quellen fehlen', 'Belege fehlen\\g<parameters>'),
        ],
        'ur': [
            ('Infobox former country', 'خانہ معلومات سابقہ ملک\\g<parameters>'),
            ('Infobox Former Country', 'خانہ معلومات سابقہ ملک\\g<parameters>'),
        ],
    }
}


# a redirect line, when the site does not give its own redirect_regex
_REDIRECT = re.compile(r'(?i)^#REDIRECT\s*:?\s*\[\[.*?\]\]')


class CANCEL(IntEnum):
    """What an error in a clean-up cancels: ALL raises it, PAGE skips the
    page, METHOD skips that clean-up, MATCH that one match."""

    ALL = 0
    PAGE = 1
    METHOD = 2
    MATCH = 3


class CosmeticChangesToolkit:
    """The clean-ups for the text of one page (see the module doc)."""

    def __init__(self, page, *, show_diff=False, ignore=CANCEL.ALL):
        self.site = page.site
        self.title = page.title()
        self.namespace = page.namespace()
        self.show_diff = show_diff
        self.template = self.namespace == 10
        self.talkpage = self.namespace >= 0 and self.namespace % 2 == 1
        self.ignore = ignore
        self.common_methods = [
            self.commonsfiledesc, self.fixSelfInterwiki, self.standardizePageFooter,
            self.fixSyntaxSave, self.cleanUpLinks, self.cleanUpSectionHeaders,
            self.putSpacesInLists, self.translateAndCapitalizeNamespaces,
            self.translateMagicWords, self.replaceDeprecatedTemplates,
            self.resolveHtmlEntities, self.removeEmptySections, self.removeUselessSpaces,
            self.removeNonBreakingSpaceBeforePercent, self.fixHtml, self.fixReferences,
            self.fixStyle, self.fixTypo, self.fixArabicLetters,
        ]

    def safe_execute(self, method, text):
        """method(text); with ignore=CANCEL.METHOD an error keeps text."""
        result = None
        try:
            result = method(text)
        except Exception as e:
            if self.ignore != CANCEL.METHOD:
                raise
            pywikibot.warning('Unable to perform "{}" on "{}"!'.format(method.__name__, self.title))
            pywikibot.error(e)
        return text if result is None else result

    def _change(self, text):
        for method in self.common_methods:
            text = self.safe_execute(method, text)
        return text

    def change(self, text):
        """The cleaned-up text; False when an error skipped the page
        (ignore=CANCEL.PAGE)."""
        try:
            new_text = self._change(text)
        except Exception as e:
            if self.ignore == CANCEL.PAGE:
                pywikibot.warning('Skipped "{}", because an error occurred.'.format(self.title))
                pywikibot.error(e)
                return False
            raise
        if self.show_diff:
            pywikibot.showDiff(text, new_text)
        return new_text

    # -- clean-ups that need per-wiki data: the text is kept --
    def _unchanged(self, text):
        return text

    commonsfiledesc = _unchanged
    translateAndCapitalizeNamespaces = translateMagicWords = _unchanged
    removeEmptySections = _unchanged
    fixArabicLetters = fix_ISBN = _unchanged

    # -- per-wiki clean-ups gowikibot does --
    def fixSelfInterwiki(self, text):
        """Links with the site's own language prefix ([[de:X]], [[:de: X]]
        on dewiki) become local links; not on talk pages nor under the
        interwiki script."""
        if self.talkpage or pywikibot.calledModuleName() == 'interwiki':
            return text
        own = re.compile(r'\[\[(?: *:)? *' + re.escape(self.site.code) + r' *: *([^\[\]\n]*)\]\]')
        return own.sub(r'[[\1]]', text)

    def replaceDeprecatedTemplates(self, text):
        """The wiki's deprecated templates (deprecatedTemplates) replaced,
        their parameters kept."""
        olds = deprecatedTemplates.get(self.site.family.name, {}).get(self.site.code, [])
        builder = MultiTemplateMatchBuilder(self.site)
        for old, new in olds:
            text = textlib.replaceExcept(text, builder.pattern(old), '{{%s}}' % new if new else '',
                                         ['comment', 'math', 'nowiki', 'pre'])
        return text

    def fixTypo(self, text):
        """Units: '42 ccm' becomes '42&nbsp;cm³', an ordinal sign before C or
        F a degree sign ('42 ºC': '42&nbsp;°C'); not in links, quotations
        in «» and the usual exceptions."""
        exceptions = ['comment', 'gallery', 'hyperlink', 'interwiki', 'link', 'nowiki',
                      'math', 'pre', 'startspace', 'syntaxhighlight']
        text = textlib.replaceExcept(text, r'(\d)\s*(?:&nbsp;)?ccm', '\\1&nbsp;cm³', exceptions,
                                     site=self.site)
        exceptions.append(re.compile('«.*?»'))
        text = textlib.replaceExcept(text, r'(\d)\s*(?:&nbsp;)?[º°]([CF])', '\\1&nbsp;°\\2',
                                     exceptions, site=self.site)
        return textlib.replaceExcept(text, 'º([CF])', '°\\1', exceptions, site=self.site)

    def _article_url_patterns(self):
        """Regexes of the site's own article URLs (index.php/TITLE,
        index.php?title=TITLE and the article path) with {title} where the
        title goes: a link's scheme optional when http and https share
        the host."""
        path = self.site.path()
        for suffix in (path + '/{}', path + '?title={}', self.site.articlepath):
            host = self.site.hostname()
            if self.site.protocol() == 'http':
                url = re.escape('http://' + host + suffix)
            else:
                url = '(?:https?:)?' + re.escape('//' + host + suffix)
            separator = '?&' if '?' in suffix else '?'
            yield suffix, url.replace(r'\{\}', '{title}'), separator

    def fixSyntaxSave(self, text):
        """External links to the site's own articles become wikilinks
        (files and categories with a leading colon); [[URL]] and [[URL]
        become [URL]; a pipe between URL and label becomes a space."""
        file_cat = [*self.site.namespaces[6], *self.site.namespaces[14]]

        def wikilink(match):
            link = match['link']
            colon = ':' if re.match('(?:{}):'.format('|'.join(file_cat)), link) else ''
            label = '|' + match['title'] if match['title'] else ''
            return '[[' + colon + link + label + ']]'

        exceptions = ['comment', 'math', 'nowiki', 'pre', 'startspace', 'syntaxhighlight']
        for _, url, separator in self._article_url_patterns():
            # the title starts with a non-space, so that trailing spaces
            # without a label are not taken for one
            title = r'(?P<link>[^{}]+?)(\s+(?P<title>[^\s].*?))'.format(separator)
            pattern = r'\[\[?' + url + r'?\s*\]\]?'
            text = textlib.replaceExcept(text, pattern.replace('{title}', title), wikilink,
                                         exceptions, site=self.site)
        text = textlib.replaceExcept(text, r'\[\[(?P<url>https?://[^\]]+?)\]\]?', r'[\g<url>]',
                                     exceptions, site=self.site)
        text = textlib.replaceExcept(text, r'\[(?P<url>https?://[^\|\] \r\n]+?) +\| *(?P<label>[^\|\]]+?)\]',
                                     r'[\g<url> \g<label>]', exceptions)
        ext = '|'.join(r'\.' + e for e in ('pdf', 'html?', 'php', 'aspx?', 'jsp'))
        return textlib.replaceExcept(
            text, r'\[(?P<url>https?://[^\|\] ]+?(' + ext + r')) *\| *(?P<label>[^\|\]]+?)\]',
            r'[\g<url> \g<label>]', exceptions)

    # -- footer, links and entities --
    def standardizePageFooter(self, text):
        """Categories, then language links, at the end of the text in the
        site's order: the category links are written again after the
        family's separator (a category named as the page itself first,
        with the site's main sort key when it has none)."""
        categories = [] if self.template else textlib.getCategoryLinks(text, site=self.site)
        langlinks = {}
        subpage = False
        if not self.talkpage:
            if self.template:
                loc = moved_links.get(self.site.code, (None, None))[1]
                subpage = loc is not None and loc in self.title
            langlinks = textlib.getLanguageLinks(text, insite=self.site, template_subpage=subpage)
            text = textlib.removeLanguageLinks(text, site=self.site)
        if categories:
            own = pywikibot.Category(self.site, 'Category:' + self.title)
            if own in categories:
                own = categories.pop(categories.index(own))
                key = own.sortKey or main_sortkey.get(self.site.code, main_sortkey['_default'])
                if key not in (' ', '*', '!', '#'):
                    raise ValueError("sort key for {} is {} but must be one of ' ', '*', '!', '#'"
                                     .format(self.site, key))
                categories.insert(0, pywikibot.Category(own, sort_key=key))
            text = textlib.replaceCategoryLinks(text, categories, site=self.site)
        if langlinks:
            text = textlib.replaceLanguageLinks(text, langlinks, site=self.site,
                                                template=self.template, template_subpage=subpage)
        return text

    def cleanUpLinks(self, text):
        """Tidy the links to main-namespace pages: underscores and double
        spaces in the target become single spaces, spaces at the ends move
        out of the link, URL escapes are decoded, a label equal to the
        target (but for the case of the first letter, on first-letter
        wikis) drops the pipe, and a label that is the target plus letters
        of the link trail becomes [[target]]trail."""
        from pywikibot.tools.chars import url2string
        from pywikibot.tools import first_lower
        trail = self.site.linktrail()
        trail_re = re.compile(trail)
        encodings = self.site.encodings() if hasattr(self.site, 'encodings') else ['utf-8']
        first_letter = self.site.siteinfo['case'] == 'first-letter'

        def one(m):
            target = url2string(m.group('target'), encodings=encodings)
            label, tail, newline = m.group('label'), m.group('trail'), m.group('newline')
            whole = url2string(m.group(), encodings=encodings)
            try:
                if self.site.isInterwikiLink(target) is not False:
                    return whole
            except pywikibot.exceptions.ServerError:
                return whole
            try:
                main = pywikibot.Page(pywikibot.Link(target, self.site)).namespace() == 0
            except pywikibot.exceptions.InvalidTitleError:
                main = False
            if not main:
                return whole
            target = re.sub('  +', ' ', re.sub('_+', ' ', target))
            stripped = target.lstrip()
            lead = stripped != target
            target, end = stripped, False
            if not tail:
                stripped = target.rstrip()
                end = stripped != target
                target = stripped
            if not target:
                return m.group()
            if label is None:
                label = target
            else:
                stripped = label.lstrip()
                lead = stripped != label
                label = stripped
                if not tail:
                    stripped = label.rstrip()
                    end = stripped != label
                    label = stripped
            if tail:
                label += tail
            t, lab = (first_lower(target), first_lower(label)) if first_letter else (target, label)
            if lab == t:
                link = '[[{}]]'.format(label)
            elif lab.startswith(t) and trail_re.sub('', label[len(target):]) == '':
                link = '[[{}]]{}'.format(label[:len(target)], label[len(target):])
            else:
                if self.site.sitename == 'wikipedia:de':
                    target = target[:1].upper() + target[1:]
                link = '[[{}|{}]]'.format(target, label)
            if lead and not newline:
                link = ' ' + link
            if end:
                link += ' '
            return (newline or '') + link

        link_re = re.compile(r'(?P<newline>[\n]*)\[\[(?P<target>[^\]\|]+)'
                             r'(\|(?P<label>[^\]\|]*))?\]\](?P<trail>' + trail + ')')
        return textlib.replaceExcept(text, link_re, one,
                                     ['comment', 'math', 'nowiki', 'pre', 'startspace'])

    def resolveHtmlEntities(self, text):
        """HTML entities become their characters, except those that wikitext
        or editors need as entities (&amp; &#39; &lt; &gt; [ ] | &nbsp;
        &shy; and the direction marks; in templates also space and colon)."""
        keep = [38, 39, 60, 62, 91, 93, 124, 160, 173, 8206, 8207]
        if self.template:
            keep += [32, 58]
        return pywikibot.html2unicode(text, ignore=keep, exceptions=['comment', 'syntaxhighlight'])

    # -- language-neutral clean-ups --
    def removeUselessSpaces(self, text):
        """Remove repeated and trailing spaces and tabs."""
        exceptions = ['comment', 'math', 'nowiki', 'pre', 'syntaxhighlight', 'startspace', 'table']
        if self.site.sitename != 'wikipedia:cs':
            exceptions.append('template')
        return textlib.replaceExcept(text, r'(?m)[\t ]+( |$)', r'\1', exceptions, site=self.site)

    def removeNonBreakingSpaceBeforePercent(self, text):
        """'5&nbsp;%' becomes '5 %' (MediaWiki adds the non-breaking space)."""
        return textlib.replaceExcept(text, r'(\d)&(?:nbsp|#160|#x[Aa]0);%', r'\1 %', ['timeline'])

    def cleanUpSectionHeaders(self, text):
        """'==Title==' becomes '== Title ==' (not on en and jbo Wiktionary)."""
        if self.site.sitename in ('wiktionary:jbo', 'wiktionary:en'):
            return text
        return textlib.replaceExcept(
            text, r'(?m)^(={1,6})[ \t]*(?P<title>.*[^\s=])[ \t]*\1[ \t]*\r?\n',
            r'\1 \g<title> \1\n', ['comment', 'math', 'nowiki', 'pre'])

    def putSpacesInLists(self, text):
        """'*item' becomes '* item' (not in templates)."""
        if self.template:
            return text
        exceptions = ['comment', 'math', 'nowiki', 'pre', 'syntaxhighlight', 'template',
                      'timeline', getattr(self.site, 'redirect_regex', _REDIRECT)]
        return textlib.replaceExcept(
            text, r'(?m)^(?P<bullet>[:;]*(\*+|#+)[:;\*#]*)(?P<char>[^\s\*#:;].+?)',
            r'\g<bullet> \g<char>', exceptions)

    def fixHtml(self, text):
        """<b>, <strong>, <i>, <em>, <hr> and lone <hN> lines as wiki markup."""
        def header(match):
            depth = int(match.group(1))
            return '{0} {1} {0}'.format('=' * depth, match.group(2))

        exceptions = ['comment', 'math', 'nowiki', 'pre', 'startspace', 'syntaxhighlight']
        text = textlib.replaceExcept(text, r'(?i)<(b|strong)>(.*?)</\1>', r"'''\2'''",
                                     exceptions, site=self.site)
        text = textlib.replaceExcept(text, r'(?i)<(i|em)>(.*?)</\1>', r"''\2''",
                                     exceptions, site=self.site)
        text = textlib.replaceExcept(text, r'(?i)([\r\n])<hr[ /]*>([\r\n])', r'\1----\2', exceptions)
        text = textlib.replaceExcept(text, r'(?i)<hr ([^>/]+?)>', r'<hr \1 />', exceptions)
        return textlib.replaceExcept(
            text, r'(?i)(?<=[\r\n]) *<h([1-7])> *([^<]+?) *</h\1> *(?=[\r\n])', header, exceptions)

    def fixReferences(self, text):
        """Normalise '<ref name =' and remove empty <ref> tags."""
        exceptions = ['comment', 'math', 'nowiki', 'pre', 'syntaxhighlight', 'startspace']
        text = re.sub(r'(?i)<ref +name(= *| *=)"', r'<ref name="', text)
        text = textlib.replaceExcept(text, r'(?i)(<ref\s*/>|<ref *>\s*</ref>)', r'', exceptions)
        return textlib.replaceExcept(text, r'(?i)<ref\s+([^>]+?)\s*>\s*</ref>', r'<ref \1/>',
                                     exceptions)

    def fixStyle(self, text):
        """class="prettytable" becomes "wikitable" (de and en)."""
        if self.site.code in ('de', 'en'):
            return textlib.replaceExcept(
                text, r'(class="[^"]*)prettytable([^"]*")', r'\1wikitable\2',
                ['comment', 'math', 'nowiki', 'pre', 'startspace', 'syntaxhighlight'])
        return text
