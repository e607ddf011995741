"""APISite and page methods of extensions the test wiki does not have
(Structured Discussions, Thanks, ProofreadPage, GeoData, GlobalUsage) and
XTools' authorship: each line is what the call raised. Run by real
pywikibot 9.6.3 and by gowikibot on the same wiki (extensions.out is
pywikibot's output)."""
import pywikibot

site = pywikibot.Site()
page = pywikibot.Page(site, 'Surface extensions board')


class Post:
    """Stands for a flow.Post (the methods check before using it)."""
    page = page
    uuid = 'x'


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)


post = Post()
calls = [
    ('load_board', lambda: site.load_board(page)),
    ('load_topiclist', lambda: site.load_topiclist(page, limit=5)),
    ('load_topic', lambda: site.load_topic(page, 'wikitext')),
    ('load_post_current_revision', lambda: site.load_post_current_revision(page, 'x', 'wikitext')),
    ('create_new_topic', lambda: site.create_new_topic(page, 'T', 'C', 'wikitext')),
    ('reply_to_post', lambda: site.reply_to_post(page, 'x', 'C', 'wikitext')),
    ('lock_topic', lambda: site.lock_topic(page, True, 'r')),
    ('moderate_topic', lambda: site.moderate_topic(page, 'hide', 'r')),
    ('summarize_topic', lambda: site.summarize_topic(page, 's')),
    ('delete_topic', lambda: site.delete_topic(page, 'r')),
    ('hide_topic', lambda: site.hide_topic(page, 'r')),
    ('suppress_topic', lambda: site.suppress_topic(page, 'r')),
    ('restore_topic', lambda: site.restore_topic(page, 'r')),
    ('moderate_post', lambda: site.moderate_post(post, 'hide', 'r')),
    ('delete_post', lambda: site.delete_post(post, 'r')),
    ('hide_post', lambda: site.hide_post(post, 'r')),
    ('suppress_post', lambda: site.suppress_post(post, 'r')),
    ('restore_post', lambda: site.restore_post(post, 'r')),
    ('thank_post', lambda: site.thank_post(post)),
    ('proofread_index_ns', lambda: site.proofread_index_ns),
    ('proofread_page_ns', lambda: site.proofread_page_ns),
    ('proofread_levels', lambda: site.proofread_levels),
    ('loadcoordinfo', lambda: site.loadcoordinfo(page)),
    ('coordinates', lambda: page.coordinates()),
    ('globalusage', lambda: list(pywikibot.FilePage(site, 'File:Surface.png').globalusage())),
    ('authorship', lambda: page.authorship()),
    ('throttle', lambda: type(site.throttle).__name__),
    ('WIKIBLAME_CODES', lambda: page.WIKIBLAME_CODES),
]
for label, fn in calls:
    attempt(label, fn)
