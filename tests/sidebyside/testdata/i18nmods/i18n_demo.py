"""A bot's messages kept in the script itself (as before pywikibot's i18n
bundles), for make_i18n_dict's i18nBot: under a class named as the module,
the one form pywikibot 9.6.3's i18nBot can read (it looks the module's own
name up in the module)."""


class i18n_demo:  # noqa: N801
    summary = {
        'en': 'Bot: tidying links',
        'de': 'Bot: Links aufgeräumt',
        'fr': 'Robot : liens rangés',
    }
    done = {
        'en': 'Done with %(count)d pages',
        'de': 'Fertig mit %(count)d Seiten',
        'commons': 'not copied',
    }
    nolang = {
        'de': 'Nur deutsch',
    }
