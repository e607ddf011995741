"""The modules record_more.py records and surface_more.py lists: (label,
module name)."""

# (label, module): the namespaces issue #10 lists beyond record.py's, and
# the userinterfaces submodules scripts import (not gui: its windows need
# tkinter, which neither gowikibot nor Debian's python3 without python3-tk has).
MODULES = [
    ('data.api', 'pywikibot.data.api'),
    ('comms.http', 'pywikibot.comms.http'),
    ('specialbots', 'pywikibot.specialbots'),
    ('cosmetic_changes', 'pywikibot.cosmetic_changes'),
    ('logentries', 'pywikibot.logentries'),
    ('date', 'pywikibot.date'),
    ('diff', 'pywikibot.diff'),
    ('throttle', 'pywikibot.throttle'),
    ('time', 'pywikibot.time'),
    ('titletranslate', 'pywikibot.titletranslate'),
    ('interwiki_graph', 'pywikibot.interwiki_graph'),
    ('proofreadpage', 'pywikibot.proofreadpage'),
    ('flow', 'pywikibot.flow'),
    ('tools', 'pywikibot.tools'),
    ('tools.collections', 'pywikibot.tools.collections'),
    ('tools.itertools', 'pywikibot.tools.itertools'),
    ('tools.threading', 'pywikibot.tools.threading'),
    ('tools.chars', 'pywikibot.tools.chars'),
    ('tools.formatter', 'pywikibot.tools.formatter'),
    ('userinterfaces', 'pywikibot.userinterfaces'),
    ('userinterfaces._interface_base', 'pywikibot.userinterfaces._interface_base'),
    ('userinterfaces.terminal_interface_base', 'pywikibot.userinterfaces.terminal_interface_base'),
    ('userinterfaces.terminal_interface_unix', 'pywikibot.userinterfaces.terminal_interface_unix'),
    ('userinterfaces.transliteration', 'pywikibot.userinterfaces.transliteration'),
    ('i18n', 'pywikibot.i18n'),
    ('login', 'pywikibot.login'),
    ('family', 'pywikibot.family'),
    ('site_detect', 'pywikibot.site_detect'),
]

# (label, module, class): the classes of those modules that scripts use
# most, recorded like record.py's classes (their public names and the
# private names scripts use).
CLASSES = [
    ('data.api.Request', 'pywikibot.data.api', 'Request'),
    ('data.api.QueryGenerator', 'pywikibot.data.api', 'QueryGenerator'),
    ('data.api.ParamInfo', 'pywikibot.data.api', 'ParamInfo'),
    ('throttle.Throttle', 'pywikibot.throttle', 'Throttle'),
    ('logentries.LogEntry', 'pywikibot.logentries', 'LogEntry'),
    ('cosmetic_changes.CosmeticChangesToolkit', 'pywikibot.cosmetic_changes', 'CosmeticChangesToolkit'),
    ('diff.PatchManager', 'pywikibot.diff', 'PatchManager'),
    ('family.Family', 'pywikibot.family', 'Family'),
    ('login.ClientLoginManager', 'pywikibot.login', 'ClientLoginManager'),
    ('specialbots.UploadRobot', 'pywikibot.specialbots', 'UploadRobot'),
    ('site_detect.MWSite', 'pywikibot.site_detect', 'MWSite'),
    ('tools.MediaWikiVersion', 'pywikibot.tools', 'MediaWikiVersion'),
]
