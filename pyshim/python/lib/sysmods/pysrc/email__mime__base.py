"""The base class of the MIME classes (email.mime.base)."""

from email import message
from email.policy import compat32

__all__ = ['MIMEBase']


class MIMEBase(message.Message):
    """A Message with Content-Type maintype/subtype (and its parameters)
    and MIME-Version: 1.0."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            policy = compat32
        message.Message.__init__(self, policy=policy)
        ctype = '%s/%s' % (_maintype, _subtype)
        self.add_header('Content-Type', ctype, **_params)
        self['MIME-Version'] = '1.0'
