"""Count or list the pages that transclude templates.

gowikibot's own implementation of pywikibot's ``templatecount`` script:

    -count              count the transclusions of each template
    -list               list the pages transcluding the templates
    -namespace:N        only pages in namespace N (repeatable)

The remaining arguments are template names (without the namespace).
"""
import pywikibot
from pywikibot.bot import suggest_help

DEFAULT_TEMPLATES = ['ref', 'note', 'ref label', 'note label', 'reflist']


def _transclusions(templates, namespaces):
    """Map each template name to the pages that transclude it."""
    site = pywikibot.Site()
    result = {}
    for name in templates:
        tpl = pywikibot.Page(site, name, ns=10)
        result[name] = list(tpl.getReferences(namespaces=namespaces or None,
                                              only_template_inclusion=True))
    return result


def _stamp():
    pywikibot.stdout('Report generated on {}'.format(pywikibot.Timestamp.nowutc().isoformat()))


def count_templates(templates, namespaces):
    """Print how many pages transclude each template, and the total."""
    row = '{0:<10}: {1:>5}'
    found = _transclusions(templates, namespaces)
    pywikibot.stdout('\nNumber of transclusions per template')
    pywikibot.stdout('-' * 36)
    total = 0
    for name, pages in found.items():
        pywikibot.stdout(row.format(name, len(pages)))
        total += len(pages)
    pywikibot.stdout(row.format('TOTAL', total))
    _stamp()


def list_templates(templates, namespaces):
    """Print the titles of the pages that transclude the templates."""
    found = _transclusions(templates, namespaces)
    pywikibot.stdout('\nList of pages transcluding templates:')
    for name in templates:
        pywikibot.info('* ' + name)
    pywikibot.stdout('-' * 36)
    total = 0
    for pages in found.values():
        for page in pages:
            pywikibot.stdout(page.title())
            total += 1
    pywikibot.info('Total page count: {}'.format(total))
    _stamp()


def main(*args):
    """Parse the command line and print the report."""
    operation = None
    templates = []
    namespaces = []
    for arg in pywikibot.handle_args(args):
        if arg in ('-count', '-list'):
            operation = arg[1:]
        elif arg.startswith('-namespace:'):
            value = arg[len('-namespace:'):]
            try:
                namespaces.append(int(value))
            except ValueError:
                namespaces.append(value)
        else:
            templates.append(arg)
    if not operation:
        suggest_help(missing_parameters=['operation'])
        return
    if not templates:
        templates = list(DEFAULT_TEMPLATES)
    if 'reflist' in templates:
        pywikibot.info('NOTE: it will take a long time to count "reflist".')
        choice = pywikibot.input_choice('Proceed anyway?',
                                        [('yes', 'y'), ('no', 'n'), ('skip', 's')],
                                        'y', automatic_quit=False)
        if choice == 's':
            templates.remove('reflist')
        elif choice == 'n':
            return
    if operation == 'count':
        count_templates(templates, namespaces)
    else:
        list_templates(templates, namespaces)


if __name__ == '__main__':
    main()
