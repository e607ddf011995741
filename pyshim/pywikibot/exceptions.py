"""Exceptions of the pywikibot package, with pywikibot's names and hierarchy."""


class Error(Exception):
    """Base class for gowikibot's pywikibot exceptions."""

    def __init__(self, arg=''):
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


class Server414Error(ServerError):
    """The request URI is too long."""


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

    def __init__(self, code='', info='', **kwargs):
        Error.__init__(self, info and '{}: {}'.format(code, info) or code)
        self.code = code
        self.info = info
        self.other = kwargs
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __str__(self):
        if self.info:
            return '{}: {}'.format(self.code, self.info)
        return str(self.code)


class APIMWError(APIError):
    """The API answered with a MediaWiki error."""


class UploadError(APIError):
    """An upload failed."""


class PageRelatedError(Error):
    """An error about a page; the message names the page."""

    message = ''

    def __init__(self, page, message=None):
        self.page = page
        self.title = page if isinstance(page, str) else page.title(as_link=True)
        if message is None:
            message = self.message
        if '{}' in message or '%(' in message or '%s' in message:
            if '%(' in message:
                text = message % {'title': self.title, 'page': self.title}
            elif '%s' in message:
                text = message % self.title
            else:
                text = message.format(self.title)
        else:
            text = message
        Error.__init__(self, text)

    def getPage(self):
        return self.page


class NoPageError(PageRelatedError):
    message = "Page {} doesn't exist."


class NoMoveTargetError(PageRelatedError):
    message = 'Move target page of {} not found.'


class IsRedirectPageError(PageRelatedError):
    message = 'Page {} is a redirect page.'


class IsNotRedirectPageError(PageRelatedError):
    message = 'Page {} is not a redirect page.'


class CircularRedirectError(PageRelatedError):
    message = 'Page {} is a circular redirect.'


class InterwikiRedirectPageError(PageRelatedError):
    message = 'Page {} is a redirect to another site.'


class InvalidPageError(PageRelatedError):
    message = 'Page {} is invalid.'


class SectionError(Error):
    """The section does not exist."""


class NotEmailableError(PageRelatedError):
    message = 'User {} is not emailable.'


class PageSaveRelatedError(PageRelatedError):
    message = 'Page {} was not saved.'


class OtherPageSaveError(PageSaveRelatedError):
    message = 'Edit to page {} failed:\n{}'

    def __init__(self, page, reason=''):
        self.reason = reason
        PageRelatedError.__init__(self, page, 'Edit to page {} failed:\n'.format(
            page if isinstance(page, str) else page.title(as_link=True)) + str(reason))


class EditConflictError(PageSaveRelatedError):
    message = 'Page {} could not be retrieved. Check your virus wall.'


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
    message = 'Page {} could not be created.'


class SpamblacklistError(PageSaveRelatedError):
    message = 'Edit to page {} rejected by spam filter due to content:\n'

    def __init__(self, page, url=''):
        self.url = url
        PageSaveRelatedError.__init__(self, page, self.message + str(url))


class TitleblacklistError(PageSaveRelatedError):
    message = 'Page {} is title-blacklisted.'


class AbuseFilterDisallowedError(PageSaveRelatedError):
    message = 'Edit to page {} disallowed by the AbuseFilter.\n'


class UnsupportedPageError(PageRelatedError):
    message = 'Page {} is not supported due to namespace restriction.'


class NoSiteLinkError(PageRelatedError):
    message = 'Page {} has no sitelink.'


class ArgumentDeprecationWarning(UserWarning):
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


def _from_go(name, message, code='', info=''):
    """Build the exception the Go core reports: name is the pywikibot
    exception's name, message the Go error's text (it already names the
    page); code and info are set for API errors."""
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
        e.other = {}
        e.unicode = '{}: {}'.format(code, info) if info else message
    return e
