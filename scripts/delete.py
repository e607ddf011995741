"""Delete (or undelete) the pages of a generator.

gowikibot's own implementation of pywikibot's ``delete`` script:

    -always         do not ask for each page
    -summary:TEXT   the deletion reason
    -undelete       restore the pages instead
    -isorphan[:N]   show the pages linking to each page (N of them per
                    namespace); -isorphan:-1 turns this off
    -orphansonly[:NS,...]  delete only pages with no links from NS

plus every page generator option; a reason is made from -cat, -links,
-ref, -file or -imageused when -summary is missing.
"""
import collections

import pywikibot
from pywikibot import i18n, pagegenerators
from pywikibot.bot import CurrentPageBot

docuReplacements = {'&params;': pagegenerators.parameterHelp}


def _references_by_namespace(page):
    table = collections.defaultdict(list)
    for ref in page.getReferences():
        table[page.site.namespaces[int(ref.namespace())]].append(ref)
    return table


class DeletionRobot(CurrentPageBot):
    """Deletes or undeletes each page."""

    update_options = {
        'undelete': False,
        'isorphan': 0,
        'orphansonly': [],
    }

    def __init__(self, summary, **kwargs):
        """Remember the reason."""
        super().__init__(**kwargs)
        self.summary = summary
        self._refs = {}

    def ref_table(self, page):
        """The pages referring to page, grouped by namespace (cached)."""
        key = page.title()
        if key not in self._refs:
            self._refs[key] = _references_by_namespace(page)
        return self._refs[key]

    def display_references(self):
        """Warn about the pages that link to the current page."""
        refs = self.ref_table(self.current_page)
        if not refs:
            return
        total = sum(len(v) for v in refs.values())
        if total > 1:
            pywikibot.warning('There are {} pages that link to {}.'.format(total, self.current_page))
        else:
            pywikibot.warning('There is a page that links to {}.'.format(self.current_page))
        shown = self.opt.isorphan
        width = max(len(ns.canonical_prefix()) for ns in refs)
        for ns in sorted(refs):
            n = len(refs[ns])
            label = ns.canonical_prefix() if int(ns) else 'Main:'
            pywikibot.info('    {0!s:<{w}} {1:>6} {2:>10} page{3}'.format(
                label, '[{}]'.format(int(ns)), n, '' if n == 1 else 's', w=width))
            if shown:
                for i, ref in enumerate(refs[ns]):
                    if i == shown:
                        pywikibot.info('      ...')
                        break
                    pywikibot.info('      {}'.format(ref.title()))

    def skip_page(self, page):
        """Skip pages that are already in the wanted state."""
        if self.opt.undelete and page.exists():
            pywikibot.info('Skipping: {} already exists.'.format(page))
            return True
        if not self.opt.undelete and not page.exists():
            pywikibot.info('Skipping: {} does not exist.'.format(page))
            return True
        return super().skip_page(page)

    def treat_page(self):
        """Delete or undelete the current page."""
        page = self.current_page
        if self.opt.undelete:
            page.undelete(self.summary)
            self.counter['undelete'] += 1
            return
        if self.opt.isorphan is not False and not self.opt.always:
            self.display_references()
        if self.opt.orphansonly:
            wanted = {int(ns) for ns in self.opt.orphansonly}
            linked = sorted(int(ns) for ns in self.ref_table(page) if int(ns) in wanted)
            if linked:
                pywikibot.info('Skipping: {} is not orphan in ns: {}.'.format(
                    page, ', '.join(str(n) for n in linked)))
                return
        if page.site.user() is None:
            page.site.login()
        done = page.delete(self.summary, not self.opt.always, self.opt.always, automatic_quit=True)
        if done > 0:
            self.counter['delete'] += 1
        elif done < 0:
            self.counter['marked-for-deletion'] += 1
        else:
            self.counter['no-action'] += 1


def main(*args):
    """Parse the command line and run the bot."""
    summary = None
    options = {}
    gen_args = []
    factory = pagegenerators.GeneratorFactory()
    rest = pywikibot.handle_args(args)
    site = pywikibot.Site()
    for arg in rest:
        name, _, value = arg.partition(':')
        if name in ('-always', '-undelete'):
            options[name[1:]] = True
        elif name == '-summary':
            summary = value or pywikibot.input('Enter a reason for the deletion:')
        elif name == '-isorphan':
            n = int(value or 0)
            options['isorphan'] = n if n >= 0 else False
        elif name == '-orphansonly':
            if value:
                options['orphansonly'] = site.namespaces.resolve(value.split(','))
            else:
                options['orphansonly'] = list(site.namespaces.values())
        else:
            gen_args.append(arg)
    un = 'un' if 'undelete' in options else ''
    for arg in gen_args:
        target = arg.partition(':')[2]
        if not factory.handle_arg(arg) or summary:
            continue
        if arg.startswith('-file'):
            summary = i18n.twtranslate(site, un + 'delete-from-file')
        elif target:
            if arg.startswith(('-cat', '-subcats')):
                summary = i18n.twtranslate(site, 'delete-from-category', {'page': target})
            elif arg.startswith('-links'):
                summary = i18n.twtranslate(site, un + 'delete-linked-pages', {'page': target})
            elif arg.startswith('-ref'):
                summary = i18n.twtranslate(site, 'delete-referring-pages', {'page': target})
            elif arg.startswith('-imageused'):
                summary = i18n.twtranslate(site, un + 'delete-images', {'page': target})
    gen = factory.getCombinedGenerator()
    if pywikibot.bot.suggest_help(missing_generator=not gen):
        return
    if summary is None:
        summary = pywikibot.input('Enter a reason for the {}deletion:'.format(un))
    DeletionRobot(summary, generator=gen, **options).run()


if __name__ == '__main__':
    main()
