package bridge

import "github.com/gowikibot/gowikibot/pyshim/python/gil"

// unlocked runs fn, a call into the Go core that can wait (HTTP requests,
// the throttle, retry back-offs, a login prompt), with the interpreter lock
// released, as CPython releases its GIL around blocking I/O: other Python
// threads run meanwhile, so a ThreadPoolExecutor that loads pages through
// the pywikibot package overlaps its requests. The core is safe for
// concurrent use (site.APISite) and calls no Python, so fn must only call
// the core: its arguments are converted from Python before, its results to
// Python after, with the lock held. While no thread was started the lock
// is inactive and this is a plain call.
func unlocked(fn func()) { gil.Blocking(fn) }
