"""pywikibot.diff.html_comparator as pywikibot 9.6.3's (with
beautifulsoup4): the text of each diff-deletedline and diff-addedline
cell of an action=compare diff, nested tags' strings joined, other cells
left out. Same output from real pywikibot 9.6.3 (html_comparator.out) and
gowikibot."""
from pywikibot.diff import html_comparator

compare = """<tr>
  <td colspan="2" class="diff-lineno">Line 1:</td>
  <td colspan="2" class="diff-lineno">Line 1:</td>
</tr>
<tr>
  <td class="diff-marker">−</td>
  <td class="diff-deletedline"><div>Old <del class="diffchange">text</del> here</div></td>
  <td class="diff-marker">+</td>
  <td class="diff-addedline"><div>New <ins class="diffchange">words</ins> here</div></td>
</tr>
<tr>
  <td class="diff-context"><div>Same line</div></td>
  <td class="diff-addedline">second
line &amp; more</td>
  <td class="diff-addedline other"><span>classes <i>too</i></span></td>
  <td class="diff-deletedline"></td>
</tr>"""
print(html_comparator(compare))
print(html_comparator(''))
print(html_comparator('<td class="diff-addedline">unclosed <b>bold'))
