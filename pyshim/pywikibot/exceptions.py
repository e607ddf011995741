"""Exceptions of the pywikibot package, with pywikibot's names and hierarchy."""
import re


class Error(Exception):
    """Base class for gowikibot's pywikibot exceptions."""

    def __init__(self, arg):
        Exception.__init__(self, arg)
        self.unicode = arg

    def __str__(self):
        return str(self.unicode)


class NoUsernameError(Error):
    """No username is configured, or the login failed."""


class UserRightsError(Error):
    """The user lacks a right for an action."""


class HiddenKeyError(UserRightsError, KeyError):
    """A property is hidden from the user."""


class SiteDefinitionError(Error):
    """The site is not defined."""


class UnknownSiteError(SiteDefinitionError):
    """The site is unknown."""


class UnknownFamilyError(SiteDefinitionError):
    """The family is unknown."""


class UnknownExtensionError(Error, NotImplementedError):
    """An extension the action needs is not installed."""


class InvalidTitleError(Error):
    """The title is not valid."""


class BadTitle(InvalidTitleError):
    """Old name of InvalidTitleError."""


class TranslationError(Error, ImportError):
    """No translation exists for a message."""


class CaptchaError(Error):
    """The wiki asks for a captcha."""


class ServerError(Error):
    """The server answered with an error."""


class FatalServerError(ServerError):
    """A server error that retrying does not help."""


class Server504Error(ServerError):
    """The server timed out."""


class ClientError(Error):
    """The request was refused (HTTP 4xx)."""


class TimeoutError(Error):
    """The request timed out, or the retries ran out."""


class MaxlagTimeoutError(TimeoutError):
    """The wiki's replication lag stayed too high."""


class APIError(Error):
    """The API answered with an error code."""

    def __init__(self, code, info, **kwargs):
        self.code = code
        self.info = info
        self.other = kwargs
        for k in kwargs:
            setattr(self, k, kwargs[k])
        Error.__init__(self, self.__str__())

    def __str__(self):
        if self.other:
            return '{}: {}\n[{}]'.format(self.code, self.info, ';\n '.join(
                '{}: {}'.format(k, v) for k, v in self.other.items()))
        return '{}: {}'.format(self.code, self.info)

    def __repr__(self):
        return '{}("{}", "{}", {})'.format(type(self).__name__, self.code, self.info, self.other)


class APIMWError(APIError):
    """The API answered with a MediaWiki error: an internal exception
    of class mediawiki_exception_class_name."""

    def __init__(self, mediawiki_exception_class_name, info, **kwargs):
        self.mediawiki_exception_class_name = mediawiki_exception_class_name
        APIError.__init__(self, 'internal_api_error_' + mediawiki_exception_class_name, info, **kwargs)


class UploadError(APIError):
    """An upload stopped at a warning of the wiki (code, message), with
    the file key to resume it and the offset reached."""

    def __init__(self, code, message, file_key=None, offset=0):
        APIError.__init__(self, code, message)
        self.file_key = file_key
        self.offset = offset

    @property
    def message(self):
        return self.info


class PageRelatedError(Error):
    """An error about a page; the message names the page."""

    message = ''

    def __init__(self, page, message=None):
        if message:
            self.message = message
        self.page = page
        if isinstance(page, str):
            self.title = page
            self.site = None
        else:
            self.title = page.title(as_link=True)
            self.site = page.site
        Error.__init__(self, self._format())

    def _format(self):
        """The message with the page: '{}' is str(page) (a link with the
        site), '{title}' and other '{name}'s are attributes."""
        if re.search(r'\{\w+\}', self.message):
            fields = {}
            for name in ('page', 'title', 'site', 'reason', 'url', 'info', 'target_page', 'target_site'):
                if name in self.__dict__:
                    fields[name] = self.__dict__[name]
            return self.message.format(**fields)
        return self.message.format(self.page)

    def getPage(self):
        return self.page


class PageLoadRelatedError(PageRelatedError):
    message = 'Page {} was not loaded.'


class NoPageError(PageRelatedError):
    message = "Page {} doesn't exist."


class NoMoveTargetError(PageRelatedError):
    message = 'Move target page of {} not found.'


class NoRenameTargetError(PageRelatedError):
    message = 'Rename target user of {} not found.'


class InconsistentTitleError(PageLoadRelatedError):
    """The wiki answered with another title than the one asked for."""

    def __init__(self, page, actual):
        self.message = "Query on {{}} returned data on '{}'".format(actual)
        PageLoadRelatedError.__init__(self, page)


class IsRedirectPageError(PageRelatedError):
    message = 'Page {} is a redirect page.'


class IsNotRedirectPageError(PageRelatedError):
    message = 'Page {} is not a redirect page.'


class CircularRedirectError(PageRelatedError):
    message = 'Page {} is a circular redirect.'


class InterwikiRedirectPageError(PageRelatedError):
    message = 'Page redirects to a page on another Site.\nPage: {page}\nTarget page: {target_page} on {target_site}.'

    def __init__(self, page, target_page):
        self.target_page = target_page
        self.target_site = target_page.site
        PageRelatedError.__init__(self, page)


class InvalidPageError(PageLoadRelatedError):
    message = 'Page {} is invalid.'


class SectionError(Error):
    """The section does not exist."""


class NotEmailableError(PageRelatedError):
    message = '{} is not emailable.'


class PageSaveRelatedError(PageRelatedError):
    message = 'Page {} was not saved.'


class OtherPageSaveError(PageSaveRelatedError):
    message = 'Edit to page {title} failed:\n{reason}'

    def __init__(self, page, reason):
        self.reason = reason
        PageSaveRelatedError.__init__(self, page)


class EditConflictError(PageSaveRelatedError):
    message = 'Page {} could not be saved due to an edit conflict'


class PageCreatedConflictError(EditConflictError):
    message = 'Page {} has been created since last retrieved.'


class PageDeletedConflictError(EditConflictError):
    message = 'Page {} has been deleted since last retrieved.'


class ArticleExistsConflictError(EditConflictError):
    message = 'Destination article {} already exists and is not a redirect to the source article'


class LockedPageError(PageSaveRelatedError):
    message = 'Page {} is locked.'


class LockedNoPageError(LockedPageError):
    message = 'Page {} does not exist and is locked preventing creation.'


class CascadeLockedPageError(LockedPageError):
    message = 'Page {} is locked due to cascading protection.'


class NoCreateError(PageSaveRelatedError):
    message = 'Page {} could not be created due to parameter nocreate'


class SpamblacklistError(PageSaveRelatedError):
    message = 'Edit to page {title} rejected by spam filter due to content:\n{url}'

    def __init__(self, page, url):
        self.url = url
        PageSaveRelatedError.__init__(self, page)


class TitleblacklistError(PageSaveRelatedError):
    message = 'Page {} is title-blacklisted.'


class AbuseFilterDisallowedError(PageSaveRelatedError):
    message = 'Edit to page {title} disallowed by the AbuseFilter.\n{info}'

    def __init__(self, page, info):
        self.info = info
        PageSaveRelatedError.__init__(self, page)


class UnsupportedPageError(PageRelatedError):
    message = 'Page {} is not supported due to namespace restriction.'


class NoSiteLinkError(PageLoadRelatedError, NoPageError):
    """An item has no sitelink to the site dbname."""

    def __init__(self, page, dbname):
        self.message = 'Item {{}} has no sitelink to {!r}'.format(dbname)
        PageRelatedError.__init__(self, page)


class VersionParseError(Error):
    """Version information could not be parsed."""


class Client414Error(ClientError):
    """The server answered HTTP 414 (URI too long)."""


class AutoblockUserError(Error):
    """An action other than unblock was asked of a virtual autoblock user."""


class PageInUseError(Error):
    """The page is reserved for writing by another thread."""


class WikiBaseError(Error):
    """A Wikibase error."""


class NoWikibaseEntityError(WikiBaseError):
    """A Wikibase entity that does not exist."""

    def __init__(self, entity):
        Error.__init__(self, "Entity '{}' doesn't exist on {}".format(entity.id, entity.repo))
        self.entity = entity


class CoordinateGlobeUnknownError(WikiBaseError, NotImplementedError):
    """A globe that Wikibase or gowikibot does not know."""


class EntityTypeUnknownError(WikiBaseError):
    """An entity type the site does not know."""


from pywikibot._deprecate import _NotImplementedWarning  # noqa: E402 (pywikibot.exceptions._NotImplementedWarning)


class NotImplementedWarning(_NotImplementedWarning):
    """A feature that is no longer implemented."""


class ArgumentDeprecationWarning(UserWarning, FutureWarning):
    """A command line argument is deprecated."""


class FamilyMaintenanceWarning(UserWarning):
    """A family file needs maintenance."""


# Names the Go core uses for errors that are page-related but carry a title
# rather than a page object.
PAGE_ERRORS = (
    'EditConflictError', 'PageCreatedConflictError', 'PageDeletedConflictError',
    'LockedPageError', 'LockedNoPageError', 'CascadeLockedPageError', 'NoCreateError',
    'SpamblacklistError', 'TitleblacklistError', 'AbuseFilterDisallowedError',
    'OtherPageSaveError', 'NoPageError',
)


# Python's own exceptions the Go core may name: pywikibot raises the
# built-in ConnectionError for a wiki host whose name does not resolve.
_BUILTIN = {
    'ConnectionError': ConnectionError,  # builtin
}


def _from_go(name, message, code='', info='', other=None):
    """Build the exception the Go core reports: name is the pywikibot
    exception's name, message the Go error's text (it already names the
    page); code and info are set for API errors, and other holds the rest
    of the API's answer (its help line as 'help'), as pywikibot's."""
    if name in _BUILTIN:
        return _BUILTIN[name](message)
    cls = globals().get(name)
    if not (isinstance(cls, type) and issubclass(cls, Exception)):
        cls = APIError if code else Error
    e = Exception.__new__(cls)
    Error.__init__(e, message)
    if issubclass(cls, PageRelatedError):
        e.page = None
        e.title = ''
    if code or issubclass(cls, APIError):
        e.code = code
        e.info = info
        e.other = other or {}
        e.unicode = APIError.__str__(e) if info else message
    return e


# Edit errors pywikibot reports as a plain Error with a message about the
# user or site rather than the page.
_EDIT_MESSAGES = {
    'noapiwrite': 'API editing not enabled on {site} wiki',
    'writeapidenied': 'User {user} is not authorized to edit on {site} wiki',
    'cantcreate': 'User {user} not authorized to create new pages on {site} wiki',
    'cantcreate-anon': 'Bot is not logged in, and anon users are not authorized to create new '
                       'pages on {site} wiki',
    'noimageredirect-anon': 'Bot is not logged in, and anon users are not authorized to create '
                            'image redirects on {site} wiki',
    'noimageredirect': 'User {user} not authorized to create image redirects on {site} wiki',
    'filtered': '{info}',
    'contenttoobig': '{info}',
    'noedit-anon': 'Bot is not logged in, and anon users are not authorized to edit on {site} wiki',
    'noedit': 'User {user} not authorized to edit pages on {site} wiki',
}

# The API error codes the page-related save errors stand for.
_EDIT_CODES = {
    'missingtitle', 'editconflict', 'articleexists', 'pagedeleted', 'protectedpage',
    'protectedtitle', 'cascadeprotected', 'titleblacklist-forbidden', 'spamblacklist',
    'abusefilter-disallowed',
}


def _for_page(e, page):
    """The exception pywikibot raises for page when the Go core reported e
    (an edit error without a page object): the page-related classes get
    the page and their own message; API errors pywikibot does not map to a
    page error stay APIError; a few become an Error about the user."""
    code = getattr(e, 'code', '') or ''
    info = getattr(e, 'info', '') or ''
    if code in _EDIT_MESSAGES:
        user = page.site.user() if hasattr(page.site, 'user') else ''
        return Error(_EDIT_MESSAGES[code].format(site=page.site, title=page.title(with_section=False),
                                                 user=user, info=info))
    if not isinstance(e, PageRelatedError) or getattr(e, 'page', None) is not None:
        return e
    cls = type(e)
    if code and code not in _EDIT_CODES and issubclass(cls, PageSaveRelatedError):
        # 9.6.3's editpage maps only the codes of its _ep_errors; any other
        # (protectednamespace-interface, spamdetected, ...) stays APIError
        new = APIError(code, info, **(getattr(e, 'other', None) or {}))
    elif issubclass(cls, SpamblacklistError):
        new = cls(page, url=info)
    elif issubclass(cls, AbuseFilterDisallowedError):
        new = cls(page, info=info)
    elif issubclass(cls, OtherPageSaveError):
        new = cls(page, getattr(e, 'reason', '') or info or str(e))
    else:
        new = cls(page)
    if code:
        new.code = code
        new.info = info
    return new
from pywikibot._lazy import exceptions_dir as __dir__, exceptions_getattr as __getattr__  # noqa: E402,F401  (Wikibase errors)
