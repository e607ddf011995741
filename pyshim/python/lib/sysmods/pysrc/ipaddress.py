"""IPv4/IPv6 addresses and networks (gowikibot): parsing, formatting
(compressed and exploded IPv6), comparisons, address classes
(is_private, is_global, ...), networks (membership, hosts, subnets)."""
import functools

__all__ = ['ip_address', 'ip_network', 'ip_interface', 'IPv4Address', 'IPv6Address',
           'IPv4Network', 'IPv6Network', 'IPv4Interface', 'IPv6Interface',
           'AddressValueError', 'NetmaskValueError', 'summarize_address_range',
           'collapse_addresses', 'get_mixed_type_key', 'v4_int_to_packed', 'v6_int_to_packed']

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value doesn't parse as an IP address."""


class NetmaskValueError(ValueError):
    """A value doesn't parse as a netmask."""


def ip_address(address):
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % (address,))


def ip_network(address, strict=True):
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 network' % (address,))


def ip_interface(address):
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 interface' % (address,))


def v4_int_to_packed(address):
    return address.to_bytes(4, 'big')


def v6_int_to_packed(address):
    return address.to_bytes(16, 'big')


def _parse_v4(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    octets = text.split('.')
    if len(octets) != 4:
        raise AddressValueError("Expected 4 octets in %r" % text)
    value = 0
    for o in octets:
        if not o:
            raise AddressValueError("Empty octet not permitted in %r" % text)
        if not o.isdigit() or not o.isascii():
            raise AddressValueError("Only decimal digits permitted in %r in %r" % (o, text))
        if len(o) > 3:
            raise AddressValueError("At most 3 characters permitted in %r in %r" % (o, text))
        if o != '0' and o[0] == '0':
            raise AddressValueError("Leading zeros are not permitted in %r in %r" % (o, text))
        n = int(o)
        if n > 255:
            raise AddressValueError("Octet %d (> 255) not permitted in %r" % (n, text))
        value = (value << 8) | n
    return value


def _parse_v6(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    if '%' in text:
        text, _, scope = text.partition('%')
    parts = text.split(':')
    if len(parts) < 3:
        raise AddressValueError("At least 3 parts expected in %r" % text)
    v4 = None
    if '.' in parts[-1]:
        v4 = _parse_v4(parts.pop())
        parts.append('%x' % ((v4 >> 16) & 0xFFFF))
        parts.append('%x' % (v4 & 0xFFFF))
    if len(parts) > 8 + 1:
        raise AddressValueError("At most 8 colons permitted in %r" % text)
    skip = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip is not None:
                raise AddressValueError("At most one '::' permitted in %r" % text)
            skip = i
    if skip is not None:
        hi = skip
        lo = len(parts) - skip - 1
        if not parts[0]:
            hi -= 1
            if hi:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
        if not parts[-1]:
            lo -= 1
            if lo:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
        skipped = 8 - (hi + lo)
        if skipped < 1:
            raise AddressValueError("Expected at most 7 other parts with '::' in %r" % text)
    else:
        if len(parts) != 8:
            raise AddressValueError("Exactly 8 parts expected without '::' in %r" % text)
        if not parts[0]:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
        if not parts[-1]:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
        hi, lo, skipped = len(parts), 0, 0
    value = 0
    for i in range(hi):
        value = (value << 16) | _parse_hextet(parts[i], text)
    value <<= 16 * skipped
    for i in range(-lo, 0):
        value = (value << 16) | _parse_hextet(parts[i], text)
    return value


def _parse_hextet(s, text):
    if len(s) > 4 or not s or any(c not in '0123456789abcdefABCDEF' for c in s):
        raise AddressValueError("Only hex digits permitted in %r in %r" % (s, text) if s and len(s) <= 4
                                else "At most 4 characters permitted in %r in %r" % (s, text))
    return int(s, 16)


def _compress_v6(value):
    hextets = ['%x' % ((value >> (112 - 16 * i)) & 0xFFFF) for i in range(8)]
    best_start, best_len = -1, 0
    start, length = -1, 0
    for i, h in enumerate(hextets):
        if h == '0':
            if start < 0:
                start, length = i, 1
            else:
                length += 1
            if length > best_len:
                best_start, best_len = start, length
        else:
            start, length = -1, 0
    if best_len > 1:
        end = best_start + best_len
        if end == len(hextets):
            hextets += ['']
        hextets[best_start:end] = ['']
        if best_start == 0:
            hextets = [''] + hextets
    return ':'.join(hextets)


@functools.total_ordering
class _BaseAddress:
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        return type(other) is type(self) and self._ip == other._ip

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._string()

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        return format(int(self), fmt)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    @property
    def packed(self):
        return self._ip.to_bytes(self.max_prefixlen // 8, 'big')

    @property
    def exploded(self):
        return self._explode()

    @property
    def compressed(self):
        return str(self)

    def _in(self, nets):
        return any(self in n for n in nets)


class IPv4Address(_BaseAddress):
    __slots__ = ('_ip',)
    version = 4
    max_prefixlen = IPV4LENGTH

    def __init__(self, address):
        if isinstance(address, int):
            if not 0 <= address < 2 ** 32:
                raise AddressValueError("%r (>= 2**32) is not permitted as an IPv4 address" % address)
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != 4:
                raise AddressValueError("%r (len %d != 4) is not permitted as an IPv4 address" % (address, len(address)))
            self._ip = int.from_bytes(address, 'big')
            return
        address = str(address)
        if '/' in address:
            raise AddressValueError("Unexpected '/' in %r" % address)
        self._ip = _parse_v4(address)

    def _string(self):
        return '.'.join(str((self._ip >> s) & 0xFF) for s in (24, 16, 8, 0))

    def _explode(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def is_private(self):
        return self._in(_v4_private)

    @property
    def is_global(self):
        return self not in IPv4Network('100.64.0.0/10') and not self.is_private

    @property
    def is_multicast(self):
        return self in IPv4Network('224.0.0.0/4')

    @property
    def is_reserved(self):
        return self in IPv4Network('240.0.0.0/4')

    @property
    def is_loopback(self):
        return self in IPv4Network('127.0.0.0/8')

    @property
    def is_link_local(self):
        return self in IPv4Network('169.254.0.0/16')

    @property
    def is_unspecified(self):
        return self._ip == 0


class IPv6Address(_BaseAddress):
    __slots__ = ('_ip', '_scope_id')
    version = 6
    max_prefixlen = IPV6LENGTH

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            if not 0 <= address < 2 ** 128:
                raise AddressValueError("%r (>= 2**128) is not permitted as an IPv6 address" % address)
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != 16:
                raise AddressValueError("%r (len %d != 16) is not permitted as an IPv6 address" % (address, len(address)))
            self._ip = int.from_bytes(address, 'big')
            return
        address = str(address)
        if '/' in address:
            raise AddressValueError("Unexpected '/' in %r" % address)
        if '%' in address:
            address, _, scope = address.partition('%')
            if not scope:
                raise AddressValueError('Invalid IPv6 address: %r' % address)
            self._scope_id = scope
        self._ip = _parse_v6(address)

    def _string(self):
        s = _compress_v6(self._ip)
        if self._scope_id:
            s += '%' + self._scope_id
        return s

    def _explode(self):
        return ':'.join('%04x' % ((self._ip >> (112 - 16 * i)) & 0xFFFF) for i in range(8))

    def __eq__(self, other):
        return type(other) is type(self) and self._ip == other._ip and self._scope_id == other._scope_id

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def reverse_pointer(self):
        return '.'.join(reversed(self.exploded.replace(':', ''))) + '.ip6.arpa'

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in(_v6_private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return self in IPv6Network('ff00::/8')

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_link_local(self):
        return self in IPv6Network('fe80::/10')

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_reserved(self):
        return False

    @property
    def is_site_local(self):
        return self in IPv6Network('fec0::/10')


def _split_net(address, version):
    if isinstance(address, (int, bytes)):
        return address, None
    if isinstance(address, tuple):
        return address[0], str(address[1]) if len(address) > 1 else None
    text = str(address)
    addr, sep, mask = text.partition('/')
    if sep and not mask:
        raise NetmaskValueError('%r is not a valid netmask' % mask)
    return addr, (mask if sep else None)


def _prefix_from_mask(mask, maxlen, cls):
    if mask is None:
        return maxlen
    if mask.isdigit() and mask.isascii():
        n = int(mask)
        if not 0 <= n <= maxlen:
            raise NetmaskValueError('%r is not a valid netmask' % mask)
        return n
    if maxlen == IPV4LENGTH:
        try:
            ip = _parse_v4(mask)
        except AddressValueError:
            raise NetmaskValueError('%r is not a valid netmask' % mask) from None
        inverted = ip ^ 0xFFFFFFFF
        for value in (ip, inverted):
            bits = bin(value)[2:].zfill(32)
            if '01' not in bits:
                ones = bits.count('1')
                return ones if value == ip else 32 - ones
        raise NetmaskValueError('%r is not a valid netmask' % mask)
    raise NetmaskValueError('%r is not a valid netmask' % mask)


@functools.total_ordering
class _BaseNetwork:
    def __init__(self, address, strict=True):
        addr, mask = _split_net(address, self.version)
        self.network_address = self._address_class(addr)
        self._prefixlen = _prefix_from_mask(mask, self.max_prefixlen, self._address_class)
        self.netmask = self._address_class(((1 << self._prefixlen) - 1) << (self.max_prefixlen - self._prefixlen))
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(packed & int(self.netmask))

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ ((1 << self.max_prefixlen) - 1))

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        if not isinstance(other, _BaseAddress) or other.version != self.version:
            return False
        return int(other) & int(self.netmask) == int(self.network_address)

    def __eq__(self, other):
        return (type(other) is type(self) and self.network_address == other.network_address
                and self._prefixlen == other._prefixlen)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return (int(self.network_address), self._prefixlen) < (int(other.network_address), other._prefixlen)

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __iter__(self):
        for x in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def hosts(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if self.version == 4 and self._prefixlen >= 31 or self.version == 6 and self._prefixlen >= 127:
            return [self._address_class(x) for x in range(network, broadcast + 1)]
        start = network + 1
        end = broadcast if self.version == 4 else broadcast + 1
        return (self._address_class(x) for x in range(start, end))

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if new_prefix is not None:
            prefixlen_diff = new_prefix - self._prefixlen
        new = self._prefixlen + prefixlen_diff
        if new > self.max_prefixlen or prefixlen_diff < 0:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (prefixlen_diff, self))
        step = 1 << (self.max_prefixlen - new)
        for start in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield self.__class__((start, new))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if new_prefix is not None:
            prefixlen_diff = self._prefixlen - new_prefix
        new = self._prefixlen - prefixlen_diff
        if new < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d' % (self._prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address), new), strict=False)

    def subnet_of(self, other):
        return (other.network_address <= self.network_address and
                other.broadcast_address >= self.broadcast_address)

    def supernet_of(self, other):
        return other.subnet_of(self)

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast


class IPv4Network(_BaseNetwork):
    version = 4
    max_prefixlen = IPV4LENGTH
    _address_class = IPv4Address


class IPv6Network(_BaseNetwork):
    version = 6
    max_prefixlen = IPV6LENGTH
    _address_class = IPv6Address


class _BaseInterface:
    def __init__(self, address):
        addr, mask = _split_net(address, self.version)
        self.ip = self._address_class(addr)
        self.network = self._network_class((addr, mask if mask is not None else self.max_prefixlen), strict=False)
        self._prefixlen = self.network._prefixlen

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.ip, self._prefixlen)

    def __str__(self):
        return self.with_prefixlen

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __eq__(self, other):
        return type(other) is type(self) and self.ip == other.ip and self.network == other.network

    def __hash__(self):
        return hash((self.ip, self.network))


class IPv4Interface(_BaseInterface):
    version = 4
    max_prefixlen = IPV4LENGTH
    _address_class = IPv4Address
    _network_class = IPv4Network


class IPv6Interface(_BaseInterface):
    version = 6
    max_prefixlen = IPV6LENGTH
    _address_class = IPv6Address
    _network_class = IPv6Network


_v4_private = [IPv4Network(n) for n in (
    '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/29',
    '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
    '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
_v6_private = [IPv6Network(n) for n in (
    '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48', '2001:db8::/32',
    '2001:10::/28', 'fc00::/7', 'fe80::/10')]


def summarize_address_range(first, last):
    if first.version != last.version:
        raise TypeError('%s and %s are not of the same version' % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    f, l = int(first), int(last)
    while f <= l:
        nbits = min((f & -f).bit_length() - 1 if f else bits, (l - f + 1).bit_length() - 1)
        yield cls((f, bits - nbits))
        f += 1 << nbits


def collapse_addresses(addresses):
    nets = sorted(set(ip_network(a) if not isinstance(a, _BaseNetwork) else a for a in addresses))
    out = []
    for n in nets:
        if out and n.subnet_of(out[-1]):
            continue
        out.append(n)
    changed = True
    while changed:
        changed = False
        merged = []
        i = 0
        while i < len(out):
            a = out[i]
            if i + 1 < len(out):
                b = out[i + 1]
                if a.prefixlen == b.prefixlen and a.prefixlen > 0:
                    sup = a.supernet()
                    if sup.network_address == a.network_address and b.subnet_of(sup):
                        merged.append(sup)
                        i += 2
                        changed = True
                        continue
            merged.append(a)
            i += 1
        out = merged
    return iter(out)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key() if hasattr(obj, '_get_networks_key') else (obj.version, obj.network_address, obj.netmask)
    if isinstance(obj, _BaseAddress):
        return (obj.version, obj)
    return NotImplemented
