// Package textmods provides text and functional standard library modules
// written in Go: string (constants, capwords, Template, Formatter),
// textwrap (wrap, fill, shorten, dedent, indent, TextWrapper), html
// (escape, unescape with the HTML5 entity table), html.entities and
// html.parser (HTMLParser, written in Python so scripts can subclass it),
// unicodedata (NFC/NFD/NFKC/NFKD from generated Unicode 14 tables,
// category, combining, name/lookup for common characters, decimal, digit,
// numeric), urllib and urllib.parse (quote/unquote family, urlparse,
// urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, parse_qs,
// parse_qsl, urlencode; results are named tuples), itertools, functools
// (reduce, partial, wraps, update_wrapper, lru_cache, cache,
// cached_property, cmp_to_key, total_ordering, singledispatch), operator
// and copy.
//
// Modules are registered process-wide in init functions. Where a module
// returns a dict it is currently a py.StringDict (str keys, unordered):
// groupdict-like results (parse_qs, _asdict) should switch to the ordered
// dict of package pyobj.
package textmods

import "github.com/go-python/gpython/py"

// Install adds this layer's per-context state (builtins) to ctx. The
// modules are registered process-wide in init functions, so there is
// nothing to add per context.
func Install(ctx py.Context) error { return nil }
