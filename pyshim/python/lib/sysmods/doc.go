// Package sysmods provides the system standard library modules for the
// embedded interpreter, written in Go (and, for a few, in embedded Python
// source under pysrc/ that stays within what gpython runs).
//
// Go: datetime, time (additions), math (additions), random (CPython's
// Mersenne Twister, same sequences for the same seed), os (additions:
// environ mapping, stat, walk, scandir, rename/replace, chmod, ...),
// os.path/posixpath, pathlib, sys (additions: version_info, modules,
// standard streams, exit), io (StringIO, BytesIO, TextIOWrapper), stat,
// hashlib, base64, platform, locale, getpass, shutil, tempfile
// (additions), typing, typing_extensions, importlib, and the private
// helpers _gwb_sys and _gwb_namespace.
//
// Python (pysrc/): contextlib, logging, logging.handlers, argparse,
// warnings, traceback, abc, enum, dataclasses. abc, enum and dataclasses
// need the class layer (metaclasses, class annotations).
//
// Install also replaces builtins.__import__ per context with an importer
// that has CPython's package semantics (see installImportHook), which
// dotted modules such as os.path need.
package sysmods

import (
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // gpython's modules must be registered before they are extended
)

// Install adds this layer's per-context state to ctx: the import hook, the
// standard streams, the live sys.modules view and os.path bound as an
// attribute of os.
func Install(ctx py.Context) error {
	im := installImportHook(ctx)
	return installSys(ctx, im)
}
