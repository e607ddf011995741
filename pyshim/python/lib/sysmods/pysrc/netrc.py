"""The .netrc file format (gowikibot)."""
import os
import shlex

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class netrc:
    """Machines with (login, account, password), macros."""

    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        with open(file, encoding="utf-8") as fp:
            self._parse(file, fp.read(), default_netrc)

    def _parse(self, file, text, default_netrc):
        lines = text.splitlines()
        tokens = []
        for no, line in enumerate(lines, 1):
            stripped = line.strip()
            if stripped.startswith('#'):
                continue
            for tok in shlex.split(line, comments=True):
                tokens.append((tok, no))
        i = 0
        while i < len(tokens):
            tt, lineno = tokens[i]
            i += 1
            if tt == 'machine':
                if i >= len(tokens):
                    raise NetrcParseError("missing machine name", file, lineno)
                entryname = tokens[i][0]
                i += 1
            elif tt == 'default':
                entryname = 'default'
            elif tt == 'macdef':
                name = tokens[i][0] if i < len(tokens) else ''
                i += 1
                self.macros[name] = []
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % tt, file, lineno)
            login = account = password = ''
            self.hosts[entryname] = {}
            while i < len(tokens):
                tt, lineno = tokens[i]
                if tt in ('machine', 'default', 'macdef'):
                    break
                i += 1
                value = tokens[i][0] if i < len(tokens) else ''
                i += 1
                if tt in ('login', 'user'):
                    login = value
                elif tt == 'account':
                    account = value
                elif tt == 'password':
                    password = value
                else:
                    raise NetrcParseError("bad follower token %r" % tt, file, lineno)
            self.hosts[entryname] = (login, account, password)

    def authenticators(self, host):
        """(login, account, password) for host (or the default entry), or None."""
        if host in self.hosts:
            return self.hosts[host]
        if 'default' in self.hosts:
            return self.hosts['default']
        return None

    def __repr__(self):
        rep = ""
        for host, attrs in self.hosts.items():
            rep += "machine {host}\n\tlogin {attrs[0]}\n".format(host=host, attrs=attrs)
            if attrs[1]:
                rep += "\taccount {attrs[1]}\n".format(attrs=attrs)
            rep += "\tpassword {attrs[2]}\n".format(attrs=attrs)
        for macro, lines in self.macros.items():
            rep += "macdef {}\n".format(macro)
            for line in lines:
                rep += line
            rep += "\n"
        return rep
