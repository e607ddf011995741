"""Policies: how email messages are folded and generated (email.policy;
email._policybase's Compat32 and EmailPolicy)."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP', 'SMTPUTF8', 'HTTP']


class Policy:
    """The settings every policy has; clone() makes a changed copy."""

    linesep = '\n'
    max_line_length = 78
    cte_type = '8bit'
    raise_on_defect = False
    mangle_from_ = False
    message_factory = None
    utf8 = False
    refold_source = 'long'

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError('{!r} is an invalid keyword argument for {}'.format(name, type(self).__name__))
            setattr(self, name, value)

    def clone(self, **kw):
        new = type(self)()
        for name, value in self.__dict__.items():
            setattr(new, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError('{!r} is an invalid keyword argument for {}'.format(name, type(self).__name__))
            setattr(new, name, value)
        return new

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def __repr__(self):
        args = ['{}={!r}'.format(k, v) for k, v in sorted(self.__dict__.items())]
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return value


class Compat32(Policy):
    """The policy of email.message.Message: the Python 3.2 behaviour."""

    mangle_from_ = True

    def header_fetch_parse(self, name, value):
        return value

    def fold(self, name, value):
        from email.header import Header
        if isinstance(value, str):
            h = Header(value, header_name=name)
        else:
            h = value
        return '%s: %s%s' % (name, h.encode(linesep=self.linesep, maxlinelen=self.max_line_length or 0), self.linesep)


compat32 = Compat32()


class EmailPolicy(Policy):
    """The policy of email.message.EmailMessage (email.policy.default)."""

    def header_store_parse(self, name, value):
        # Address and Group objects (and sequences of them) are kept as
        # their text
        if isinstance(value, (tuple, list)):
            value = ', '.join(str(v) for v in value)
        elif not isinstance(value, str):
            value = str(value)
        return (name, value)

    def header_fetch_parse(self, name, value):
        value = ''.join(str(value).splitlines())
        if '=?' in value:
            # RFC 2047 encoded words read back as text
            from email.header import decode_header, make_header
            try:
                value = str(make_header(decode_header(value)))
            except (LookupError, UnicodeError, ValueError):
                pass
        return value

    def fold(self, name, value):
        from email._fold import fold_default
        return fold_default(name, str(value), self.max_line_length, self.linesep, self.utf8)

    @property
    def content_manager(self):
        return None


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
