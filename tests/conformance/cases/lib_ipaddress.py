import ipaddress as ip

for text in ['192.168.1.10', '8.8.8.8', '127.0.0.1', '10.0.0.1', '::1', '2001:db8::1', 'fe80::1',
             '2001:0db8:0000:0000:0000:ff00:0042:8329', '::ffff:192.0.2.128', '2a00:1450:4001:80e::200e', '0:0:1::', '1::']:
    a = ip.ip_address(text)
    print(repr(a), a.version, a.compressed, a.exploded, a.is_private, a.is_global, a.is_loopback, int(a))
for bad in ['256.1.1.1', '1.2.3', 'abc', '1::2::3', '01.2.3.4', '', '1.2.3.4/24']:
    try:
        ip.ip_address(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ip.IPv4Address('1.2.3.256')
except ip.AddressValueError as e:
    print('AddressValueError', e)
n = ip.ip_network('192.168.0.0/29')
print(n, n.netmask, n.hostmask, n.broadcast_address, n.num_addresses, list(n.hosts()), n[1], n[-1])
print(ip.ip_address('192.168.0.5') in n, ip.ip_address('192.168.0.9') in n, list(n.subnets()), n.supernet())
print(ip.ip_network('10.0.0.0/255.0.0.0'), ip.ip_network('10.1.2.3/8', strict=False), ip.ip_network('2001:db8::/126').num_addresses)
try:
    ip.ip_network('10.1.2.3/8')
except ValueError as e:
    print('ValueError', e)
i = ip.ip_interface('192.168.1.5/24')
print(i, i.ip, i.network, i.with_prefixlen)
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('10.0.0.1')]), ip.ip_address('10.0.0.1') + 5, ip.IPv4Address(3232235777))
print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.collapse_addresses([ip.IPv4Network('192.0.2.0/25'), ip.IPv4Network('192.0.2.128/25')])))
print(ip.ip_address('1.2.3.4').reverse_pointer, ip.ip_address('1.2.3.4').packed, hash(ip.ip_address('1.2.3.4')) == hash(ip.ip_address('1.2.3.4')))
print(ip.ip_network('10.0.0.0/8').overlaps(ip.ip_network('10.5.0.0/16')), ip.ip_network('10.5.0.0/16').subnet_of(ip.ip_network('10.0.0.0/8')))
