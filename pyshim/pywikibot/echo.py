"""pywikibot.echo: the notifications of the Echo extension
(site.notifications() gives them as Notification objects)."""
import pywikibot

__all__ = ('Notification',)


class Notification:
    """One notification: its id, type, category, time, page, agent (the
    user who caused it), when it was read (False if not), content and
    revision id."""

    def __init__(self, site):
        self.site = site
        self.event_id = None
        self.type = None
        self.category = None
        self.timestamp = None
        self.page = None
        self.agent = None
        self.read = None
        self.content = None
        self.revid = None

    @classmethod
    def fromJSON(cls, site, data):  # noqa: N802 (pywikibot's name)
        """The notification of one item of the API's notifications list."""
        notif = cls(site)
        notif.event_id = int(data['id'])
        notif.type = data['type']
        notif.category = data['category']
        notif.timestamp = pywikibot.Timestamp.fromtimestampformat(data['timestamp']['mw'])
        title = (data.get('title') or {}).get('full')
        notif.page = pywikibot.Page(site, title) if title is not None else None
        agent = (data.get('agent') or {}).get('name')
        notif.agent = pywikibot.User(site, agent) if agent is not None else None
        notif.read = pywikibot.Timestamp.fromtimestampformat(data['read']) if 'read' in data else False
        notif.content = data.get('*')
        notif.revid = data.get('revid')
        return notif

    @property
    def id(self):
        """The notification's id (event_id)."""
        return self.event_id

    def mark_as_read(self):
        """Mark the notification read; whether that worked."""
        return self.site.notifications_mark_read(list=self.id)
