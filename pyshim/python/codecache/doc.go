// Package codecache keeps compiled code objects of the embedded Python
// modules (the pywikibot package, the standard library written in Python,
// the bundled scripts) between runs, so that a program compiles each of
// them once rather than on every start.
//
// gpython v0.2.0 has no way to write a code object (its marshal module
// only reads CPython's format), so this package has its own format
// (encode.go, decode.go). A compiled code object is more than gpython's
// compiler output: the compatibility layer rewrites its bytecode, puts Go
// helper objects among its constants and records per-code facts in side
// tables. The layers describe those to this package (registry.go):
// helper objects by name, helper kinds with their encoding, side tables
// and the work to redo when a code object is loaded.
//
// The cache lives in os.UserCacheDir()/gowikibot (store.go). An entry is
// keyed by a hash of the source, its file name, the compile mode and the
// binary's build ID, so that it is never stale: a different binary or a
// changed source has its own entries. A module embedded in the binary is
// keyed without its source (embedded.go): the build ID covers the embedded
// files, and a run that finds the entry then never reads the source. Entries are written to a temporary
// file and renamed into place, so that concurrent runs never see half an
// entry; a read-only or missing cache directory silently means compiling
// as before.
package codecache
