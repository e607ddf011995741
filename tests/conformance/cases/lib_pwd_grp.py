# pwd and grp over /etc/passwd and /etc/group: records, lookups, KeyError
# and TypeError texts (only root's name and ids are printed: the rest of
# an entry depends on the machine).
import grp
import os
import pwd

r = pwd.getpwuid(0)
print(r.pw_name, r.pw_uid, r.pw_gid, r[0], r[2], len(r), type(r.pw_dir).__name__, type(r.pw_shell).__name__)
print(repr(r).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, repr(g).startswith("grp.struct_group(gr_name='root'"))
print(pwd.getpwnam('root').pw_uid, grp.getgrnam('root').gr_gid, len(pwd.getpwall()) > 0, len(grp.getgrall()) > 0)
for f in (lambda: pwd.getpwuid(54321), lambda: pwd.getpwnam('nosuchuserx'), lambda: grp.getgrgid(54321),
          lambda: grp.getgrnam('nosuchgrp'), lambda: pwd.getpwuid('x')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
me = [p for p in pwd.getpwall() if p.pw_uid == os.getuid()]
print(pwd.getpwuid(os.getuid()).pw_name == me[0].pw_name, pwd.getpwuid(os.getuid()) == me[0])
