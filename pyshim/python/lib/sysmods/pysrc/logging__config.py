"""logging.config: configuring logging from a dictionary (dictConfig, the
version 1 schema) or an INI file (fileConfig)."""
import importlib
import logging
import logging.handlers  # noqa: F401  (handler classes named in configs)
import re

__all__ = ['dictConfig', 'fileConfig', 'valid_ident', 'DictConfigurator', 'BaseConfigurator']

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


class BaseConfigurator:
    """Resolves the 'ext://' and 'cfg://' references of a config."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        """An object from a dotted name (importing modules on the way)."""
        name = s.split('.')
        used = name.pop(0)
        try:
            found = importlib.import_module(used)
            for frag in name:
                used += '.' + frag
                try:
                    found = getattr(found, frag)
                except AttributeError:
                    importlib.import_module(used)
                    found = getattr(found, frag)
            return found
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = re.match(r'^\s*(\w+)\s*', rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = re.match(r'^\.\s*(\w+)\s*', rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = re.match(r'^\[\s*(\w+)\s*\]\s*', rest)
                if m:
                    idx = m.groups()[0]
                    d = d[int(idx)] if idx.isdigit() else d[idx]
                else:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
            rest = rest[m.end():]
        return d

    def convert(self, value):
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                prefix = m.group('prefix')
                if prefix == 'ext':
                    return self.ext_convert(m.group('suffix'))
                if prefix == 'cfg':
                    return self.cfg_convert(m.group('suffix'))
        return value

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        root = logging.getLogger()
        if incremental:
            for name, hconf in config.get('handlers', {}).items():
                h = self._handlers_by_name.get(name) if hasattr(self, '_handlers_by_name') else None
                if h is not None and 'level' in hconf:
                    h.setLevel(logging._checkLevel(hconf['level']))
            for name, lconf in config.get('loggers', {}).items():
                self.common_logger_config(logging.getLogger(name), lconf, True)
            if config.get('root'):
                self.common_logger_config(root, config['root'], True)
            return
        disable_existing = config.pop('disable_existing_loggers', True)
        self.formatters = {}
        for name, fconf in config.get('formatters', {}).items():
            try:
                self.formatters[name] = self.configure_formatter(fconf)
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        self.filters = {}
        for name, fconf in config.get('filters', {}).items():
            try:
                self.filters[name] = self.configure_filter(fconf)
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        self.handlers = {}
        pending = sorted(config.get('handlers', {}))
        while pending:
            deferred = []
            for name in pending:
                try:
                    h = self.configure_handler(config['handlers'][name])
                    h.name = name
                    self.handlers[name] = h
                except _Deferred:
                    deferred.append(name)
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
            if len(deferred) == len(pending):
                raise ValueError('Unable to configure handler %r' % deferred[0])
            pending = deferred
        existing = list(logging._loggers)
        child_loggers = []
        for name, lconf in config.get('loggers', {}).items():
            if name in existing:
                prefix = name + '.'
                for other in existing:
                    if other.startswith(prefix):
                        child_loggers.append(other)
            try:
                self.configure_logger(name, lconf)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            if name in config.get('loggers', {}) or name in child_loggers:
                continue
            logger = logging._loggers[name]
            logger.handlers = []
            logger.propagate = True
            logger.disabled = bool(disable_existing)
        rconf = config.get('root')
        if rconf:
            try:
                self.configure_root(rconf)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format')
        dfmt = config.get('datefmt')
        style = config.get('style', '%')
        cname = config.get('class')
        c = self.resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.filters[f] if isinstance(f, str) else f)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except KeyError as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            klass = self.resolve(cname)
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                tn = config['target']
                if tn not in self.handlers:
                    raise _Deferred
                config['target'] = self.handlers[tn]
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.handlers[h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


class _Deferred(Exception):
    pass


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format file (or a parser)."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        cp = configparser.ConfigParser(defaults)
        if hasattr(fname, 'readline'):
            cp.read_file(fname)
        else:
            if not cp.read(fname, encoding=encoding):
                raise FileNotFoundError("%s doesn't exist" % fname) if isinstance(fname, str) else RuntimeError(fname)
    formatters = {}
    names = [n.strip() for n in cp['formatters']['keys'].split(',') if n.strip()] if cp.has_section('formatters') else []
    for name in names:
        sec = cp['formatter_' + name]
        fs = sec.get('format', None, raw=True)
        dfs = sec.get('datefmt', None, raw=True)
        stl = sec.get('style', '%', raw=True)
        cname = sec.get('class', None)
        c = BaseConfigurator({}).resolve(cname) if cname else logging.Formatter
        formatters[name] = c(fs, dfs, stl)
    handlers = {}
    names = [n.strip() for n in cp['handlers']['keys'].split(',') if n.strip()] if cp.has_section('handlers') else []
    for name in names:
        sec = cp['handler_' + name]
        klass = sec.get('class')
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = BaseConfigurator({}).resolve(klass)
        args = eval(sec.get('args', '()'), vars(logging))
        kwargs = eval(sec.get('kwargs', '{}'), vars(logging))
        h = klass(*args, **kwargs)
        h.name = name
        if 'level' in sec:
            h.setLevel(sec['level'])
        fmt = sec.get('formatter', '')
        if fmt:
            h.setFormatter(formatters[fmt])
        handlers[name] = h
    llist = [n.strip() for n in cp['loggers']['keys'].split(',') if n.strip()]
    existing = list(logging._loggers)
    if 'root' in llist:
        sec = cp['logger_root']
        root = logging.getLogger()
        if 'level' in sec:
            root.setLevel(sec['level'])
        for h in root.handlers[:]:
            root.removeHandler(h)
        for hn in [h.strip() for h in sec.get('handlers', '').split(',') if h.strip()]:
            root.addHandler(handlers[hn])
        llist.remove('root')
    configured = set()
    for lname in llist:
        sec = cp['logger_' + lname]
        qn = sec['qualname']
        logger = logging.getLogger(qn)
        configured.add(qn)
        if 'level' in sec:
            logger.setLevel(sec['level'])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = sec.getint('propagate', fallback=1) != 0
        logger.disabled = False
        for hn in [h.strip() for h in sec.get('handlers', '').split(',') if h.strip()]:
            logger.addHandler(handlers[hn])
    for name in existing:
        if name in configured or any(name.startswith(c + '.') for c in configured):
            continue
        logger = logging._loggers[name]
        logger.handlers = []
        logger.propagate = True
        logger.disabled = bool(disable_existing_loggers)
