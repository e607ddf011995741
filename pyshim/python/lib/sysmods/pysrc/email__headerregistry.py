"""Address and Group, the address objects of email.policy.default's
headers (email.headerregistry; the header classes themselves are not
provided: headers are read back as str)."""

__all__ = ['Address', 'Group']

_SPECIALS = set('()<>@,:;.\\"[]')


def _quote_if_needed(name):
    if any(c in _SPECIALS for c in name):
        return '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
    return name


class Address:
    """One address: display name, user name and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        if addr_spec is not None:
            if username or domain:
                raise TypeError('addrspec specified when username and/or domain also specified')
            username, _, domain = addr_spec.rpartition('@') if '@' in addr_spec else (addr_spec, '', '')
        if '\r' in display_name + username + domain or '\n' in display_name + username + domain:
            raise ValueError('invalid arguments; address parts cannot contain CR or LF')
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        lp = self.username
        if any(c in _SPECIALS or c == ' ' for c in lp):
            lp = '"%s"' % lp.replace('\\', '\\\\').replace('"', '\\"')
        if self.domain:
            return lp + '@' + self.domain
        if not lp:
            return '<>'
        return lp

    def __repr__(self):
        return '{}(display_name={!r}, username={!r}, domain={!r})'.format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        disp = _quote_if_needed(self.display_name)
        if disp:
            addr_spec = '' if self.addr_spec == '<>' else self.addr_spec
            return '{} <{}>'.format(disp, addr_spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and self.username == other.username
                and self.domain == other.domain)

    def __hash__(self):
        return hash((self.display_name, self.username, self.domain))


class Group:
    """A named group of addresses ('name: a, b;'), or the addresses alone
    without a name."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        return '{}(display_name={!r}, addresses={!r}'.format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = self.display_name
        if disp is not None:
            disp = _quote_if_needed(disp)
        adrstr = ', '.join(str(x) for x in self.addresses)
        adrstr = ' ' + adrstr if adrstr else adrstr
        return '{}:{};'.format(disp, adrstr)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return self.display_name == other.display_name and self.addresses == other.addresses
