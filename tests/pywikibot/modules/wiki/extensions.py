"""ProofreadPage and Flow on the test wiki, which has neither extension."""
import pywikibot
site = pywikibot.Site()
def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)
from pywikibot.proofreadpage import ProofreadPage, IndexPage
attempt('ProofreadPage', lambda: ProofreadPage(site, 'Page:X.djvu/1'))
attempt('IndexPage', lambda: IndexPage(site, 'Index:X.djvu'))
attempt('levels', lambda: ProofreadPage.PROOFREAD_LEVELS)
from pywikibot.flow import Board, Topic
attempt('Board', lambda: Board(site, 'Talk:Main Page'))
attempt('Board.exists', lambda: Board(site, 'Talk:Main Page').exists())
attempt('Topic', lambda: Topic(site, 'Topic:Abc'))
