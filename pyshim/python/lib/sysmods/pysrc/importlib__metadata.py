"""importlib.metadata: the metadata of the distributions installed on
sys.path (their *.dist-info and *.egg-info directories), as CPython 3.11's
for what scripts use: version(), metadata(), requires(), files(),
distribution(), distributions(), entry_points(), packages_distributions()."""

import email
import os
import re
import sys

__all__ = [
    "Distribution", "DistributionFinder", "PackageMetadata", "PackageNotFoundError",
    "distribution", "distributions", "entry_points", "files", "metadata",
    "packages_distributions", "requires", "version",
]


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return "No package metadata was found for %s" % self.name

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    """PEP 503 normalisation, with underscores as in dist-info names."""
    return re.sub(r"[-_.]+", "_", name).lower()


class PackagePath(str):
    """A path in a distribution's RECORD."""

    def read_text(self, encoding="utf-8"):
        with open(self.locate(), encoding=encoding) as f:
            return f.read()

    def read_binary(self):
        with open(self.locate(), "rb") as f:
            return f.read()

    def locate(self):
        return os.path.join(os.path.dirname(self.dist._path), str(self))


class EntryPoint:
    """An entry point: name = module:attr [extras] in a group."""

    pattern = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")

    def __init__(self, name, value, group):
        self.name, self.value, self.group = name, value, group
        self.dist = None

    @property
    def module(self):
        return self.pattern.match(self.value).group("module")

    @property
    def attr(self):
        return self.pattern.match(self.value).group("attr")

    @property
    def extras(self):
        extras = self.pattern.match(self.value).group("extras")
        return re.findall(r"\w+", extras or "")

    def load(self):
        import importlib
        m = self.pattern.match(self.value)
        module = importlib.import_module(m.group("module"))
        attrs = filter(None, (m.group("attr") or "").split("."))
        obj = module
        for attr in attrs:
            obj = getattr(obj, attr)
        return obj

    def matches(self, **params):
        return all(getattr(self, k) == v for k, v in params.items())

    def __eq__(self, other):
        return (self.name, self.value, self.group) == (other.name, other.value, other.group)

    def __hash__(self):
        return hash((self.name, self.value, self.group))

    def __repr__(self):
        return "EntryPoint(name=%r, value=%r, group=%r)" % (self.name, self.value, self.group)


class EntryPoints:
    """An immutable collection of entry points, selectable by attributes
    (CPython's is a tuple subclass; this one is a sequence with the same
    methods)."""

    def __init__(self, eps=()):
        self._eps = tuple(eps)

    def __getitem__(self, name):
        if isinstance(name, (int, slice)):
            return self._eps[name]
        for ep in self._eps:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def __iter__(self):
        return iter(self._eps)

    def __len__(self):
        return len(self._eps)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "EntryPoints(%r)" % (self._eps,)

    def select(self, **params):
        return EntryPoints(ep for ep in self._eps if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self._eps}

    @property
    def groups(self):
        return {ep.group for ep in self._eps}


def _parse_entry_points(text, dist):
    group = None
    out = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            continue
        name, sep, value = line.partition("=")
        if sep and group is not None:
            ep = EntryPoint(name.strip(), value.strip(), group)
            ep.dist = dist
            out.append(ep)
    return out


class PackageMetadata:
    """The metadata headers of a distribution (an email.message.Message)."""


class Distribution:
    """A distribution found on sys.path."""

    def __init__(self, path):
        self._path = path

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in _find(name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        return iter(_find(kwargs.get("name")))

    @staticmethod
    def at(path):
        return PathDistribution(os.fspath(path))

    def read_text(self, filename):
        try:
            with open(os.path.join(self._path, filename), encoding="utf-8") as f:
                return f.read()
        except (OSError, UnicodeDecodeError):
            return None

    def locate_file(self, path):
        return os.path.join(os.path.dirname(self._path), str(path))

    @property
    def metadata(self):
        text = self.read_text("METADATA") or self.read_text("PKG-INFO") or self.read_text("") or ""
        return email.message_from_string(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def _normalized_name(self):
        return _normalize(self.name or "")

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def entry_points(self):
        return EntryPoints(_parse_entry_points(self.read_text("entry_points.txt"), self))

    @property
    def files(self):
        text = self.read_text("RECORD")
        if text is not None:
            import csv
            rows = csv.reader(text.splitlines())
            paths = [row[0] for row in rows if row]
        else:
            text = self.read_text("SOURCES.txt") or self.read_text("installed-files.txt")
            if text is None:
                return None
            paths = [line for line in text.splitlines() if line]
        out = []
        for p in paths:
            pp = PackagePath(p)
            pp.dist = self
            out.append(pp)
        return out

    @property
    def requires(self):
        reqs = self.metadata.get_all("Requires-Dist")
        if reqs is None:
            text = self.read_text("requires.txt")
            if text is None:
                return None
            reqs, section = [], None
            for line in text.splitlines():
                line = line.strip()
                if not line:
                    continue
                if line.startswith("["):
                    section = line[1:-1]
                    continue
                if section:
                    extra, _, marker = section.partition(":")
                    conds = []
                    if marker:
                        conds.append("(" + marker + ")")
                    if extra:
                        conds.append('extra == "%s"' % extra)
                    line += "; " + " and ".join(conds)
                reqs.append(line)
        return list(reqs)


class PathDistribution(Distribution):
    """A distribution in a *.dist-info or *.egg-info directory."""


class DistributionFinder:
    """Finds distributions (the sys.path finder)."""

    class Context:
        def __init__(self, **kwargs):
            self.name = kwargs.get("name")
            self.path = kwargs.get("path", sys.path)


_INFO = re.compile(r"^(?P<name>[^-]+?)(-[^-]*)?\.(dist-info|egg-info)$", re.I)


def _find(name=None, path=None):
    want = _normalize(name) if name else None
    seen = set()
    for entry in (sys.path if path is None else path):
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for low in names:
            m = _INFO.match(low)
            if not m:
                continue
            if want is not None and _normalize(m.group("name")) != want:
                continue
            full = os.path.join(entry or ".", low)
            if not os.path.isdir(full):
                continue
            dist = PathDistribution(full)
            key = _normalize(m.group("name"))
            if key in seen:
                continue
            seen.add(key)
            yield dist


def distribution(distribution_name):
    """The Distribution of the named package."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every distribution on sys.path (or kwargs' path)."""
    return iter(_find(kwargs.get("name"), kwargs.get("path")))


def metadata(distribution_name):
    """The metadata headers of the named package."""
    return distribution(distribution_name).metadata


def version(distribution_name):
    """The version string of the named package."""
    return distribution(distribution_name).version


def entry_points(**params):
    """Entry points of every distribution, selected by params (group=, name=)."""
    eps = []
    for dist in distributions():
        eps.extend(dist.entry_points)
    return EntryPoints(eps).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    """Top-level import names mapped to the distributions that provide them."""
    out = {}
    for dist in distributions():
        top = dist.read_text("top_level.txt")
        names = top.split() if top else []
        for n in names:
            out.setdefault(n, []).append(dist.metadata["Name"])
    return out
