"""The less used classes of pywikibot.data.api (pywikibot 9.6.3's
data/api/_generators, _optionset and the multipart helpers): the base of
the API generators, APIGenerator (an offset-continued action), OptionSet
(the enabled and disabled values of a multi-value parameter). The MIME
multipart classes are in data._api_mime."""
from collections.abc import MutableMapping
import pywikibot
from pywikibot.tools.collections import GeneratorWrapper

__all__ = ('APIGenerator', 'APIGeneratorBase', 'OptionSet')


class APIGeneratorBase:
    """The base of the API generators: the keyword arguments as a Request
    takes them (with the site; a RuntimeWarning and the default site
    without one)."""

    def _clean_kwargs(self, kwargs, **mw_api_args):
        from pywikibot.data.api import Request
        if 'site' not in kwargs:
            import warnings
            warnings.warn('{} invoked without a site'.format(type(self).__name__), RuntimeWarning, 3)
            kwargs['site'] = pywikibot.Site()
        self.site = kwargs['site']
        self.request_class = Request
        kwargs = Request.clean_kwargs(kwargs)
        kwargs['parameters'].update(mw_api_args)
        return kwargs

    def set_maximum_items(self, value):
        """Stop after value items (each generator class defines it)."""
        raise NotImplementedError


class APIGenerator(APIGeneratorBase, GeneratorWrapper):
    """The items of an action's response list (response[data_name]), the
    action asked again from the next offset (continue_name) until a
    response has no items or the limit is reached."""

    def __init__(self, action, continue_name='continue', limit_name='limit', data_name='data', **kwargs):
        kwargs = self._clean_kwargs(kwargs, action=action)
        self.continue_name = continue_name
        self.limit_name = limit_name
        self.data_name = data_name
        step = pywikibot.config.step
        self.query_increment = step if step > 0 else None
        self.limit = None
        self.starting_offset = kwargs['parameters'].pop(continue_name, 0)
        self.request = self.request_class(**kwargs)
        if self.query_increment is not None:
            self.request[limit_name] = self.query_increment

    def set_query_increment(self, value):
        """Ask for at most value items per request."""
        self.query_increment = int(value)
        self.request[self.limit_name] = self.query_increment

    def set_maximum_items(self, value):
        """Stop after value items (None or a value below 1: no limit)."""
        if value is not None and int(value) > 0:
            self.limit = int(value)
            if self.query_increment and self.limit < self.query_increment:
                self.request[self.limit_name] = self.limit

    @property
    def generator(self):
        """The items, requested as they are consumed."""
        offset = self.starting_offset
        n = 0
        while True:
            self.request[self.continue_name] = offset
            data = self.request.submit()
            items = data[self.data_name]
            if not items:
                return
            for item in items:
                yield item
                n += 1
                if self.limit is not None and n >= self.limit:
                    return
            offset += len(items)


class OptionSet(MutableMapping):
    """Options that are enabled (True), disabled (False) or neither (None),
    as an API multi-value parameter takes them ('name' or '!name'). With a
    site, module and param, only the values the site's paraminfo lists for
    that parameter are accepted (KeyError); the site is set once."""

    def __init__(self, site=None, module=None, param=None, data=None, **kwargs):
        # pywikibot's deprecate_arg('dict', 'data'), inline: the decorator
        # would load inspect when this module is imported
        if 'dict' in kwargs:
            import warnings
            if data is not None:
                warnings.warn('data argument of pywikibot.data.api._optionset.OptionSet.__init__ replaces dict; '
                              'cannot use both.', RuntimeWarning, 2)
            else:
                warnings.warn('dict argument of pywikibot.data.api._optionset.OptionSet.__init__ is deprecated; '
                              'use data instead.', FutureWarning, 2)
                data = kwargs['dict']
            del kwargs['dict']
        if kwargs:
            raise TypeError("OptionSet.__init__() got an unexpected keyword argument '{}'".format(next(iter(kwargs))))
        self._site_set = False
        self._enabled = set()
        self._disabled = set()
        self._set_site(site, module, param)
        if data:
            self.from_dict(data)

    def _set_site(self, site, module, param, clear_invalid=False):
        if self._site_set:
            raise TypeError('The site cannot be set multiple times.')
        self._valid_enable = set()
        self._valid_disable = set()
        if site is None:
            return
        for value in site._paraminfo.parameter(module, param)['type']:
            if value.startswith('!'):
                self._valid_disable.add(value[1:])
            else:
                self._valid_enable.add(value)
        if clear_invalid:
            self._enabled &= self._valid_enable
            self._disabled &= self._valid_disable
        else:
            invalid = (self._enabled - self._valid_enable) | (self._disabled - self._valid_disable)
            if invalid:
                raise KeyError('OptionSet already contains invalid name(s) "{}"'.format('", "'.join(invalid)))
        self._site_set = True

    def from_dict(self, dictionary):
        """Apply {name: True, False or None} on top of the options set."""
        enabled, disabled, removed = set(), set(), set()
        for name, value in dictionary.items():
            if value is True:
                enabled.add(name)
            elif value is False:
                disabled.add(name)
            elif value is None:
                removed.add(name)
            else:
                raise ValueError('Dict contains invalid value "{}"'.format(value))
        invalid = ((enabled - self._valid_enable) | (disabled - self._valid_disable)
                   | (removed - self._valid_enable - self._valid_disable))
        if invalid and self._site_set:
            raise ValueError('Dict contains invalid name(s) "{}"'.format('", "'.join(invalid)))
        self._enabled = enabled | (self._enabled - disabled - removed)
        self._disabled = disabled | (self._disabled - enabled - removed)

    def __setitem__(self, name, value):
        if value is True:
            if self._site_set and name not in self._valid_enable:
                raise KeyError('Invalid name "{}"'.format(name))
            self._enabled.add(name)
            self._disabled.discard(name)
        elif value is False:
            if self._site_set and name not in self._valid_disable:
                raise KeyError('Invalid name "{}"'.format(name))
            self._disabled.add(name)
            self._enabled.discard(name)
        elif value is None:
            if self._site_set and (name not in self._valid_enable or name not in self._valid_disable):
                raise KeyError('Invalid name "{}"'.format(name))
            self._enabled.discard(name)
            self._disabled.discard(name)
        else:
            raise ValueError('Invalid value "{}"'.format(value))

    def __getitem__(self, name):
        if name in self._enabled:
            return True
        if name in self._disabled:
            return False
        if self._site_set or name in self._valid_enable or name in self._valid_disable:
            return None
        raise KeyError('Invalid name "{}"'.format(name))

    def __delitem__(self, name):
        self[name] = None

    def __iter__(self):
        yield from self._enabled
        yield from self._disabled

    def api_iter(self):
        """The options as the API takes them: 'name', '!name'."""
        yield from self._enabled
        for name in self._disabled:
            yield '!' + name

    def __len__(self):
        return len(self._enabled) + len(self._disabled)


def _optionset_params(self, site=None, module=None, param=None, data=None):
    """OptionSet.__init__'s parameters without the deprecated name it takes
    in **kwargs."""


# the signature pywikibot's deprecate_arg('dict', 'data') shows (made on first use)
OptionSet.__init__.__signature__ = __import__('pywikibot._deprecate', fromlist=['_LazySignature'])._LazySignature(
    _optionset_params, {'dict': 'data'}, OptionSet.__init__)


def _optionset_params(self, site=None, module=None, param=None, data=None):
    raise NotImplementedError


# the parameters OptionSet takes (as pywikibot's deprecate_arg wrapper
# shows them: those of the function it wraps)
OptionSet.__init__.__wrapped__ = _optionset_params
