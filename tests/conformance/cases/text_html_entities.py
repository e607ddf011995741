from html.entities import name2codepoint, codepoint2name, html5, entitydefs

print(name2codepoint['eacute'], name2codepoint['amp'], codepoint2name[233], codepoint2name[8212])
print(html5['amp;'], html5['amp'], ascii(html5['NotEqualTilde;']), len(html5))
print(len(name2codepoint), len(codepoint2name), entitydefs['copy'] == '\u00a9')
print('nbsp' in name2codepoint, 'apos' in name2codepoint, 'notin' in name2codepoint)
