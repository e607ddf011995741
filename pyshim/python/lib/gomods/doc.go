// Package gomods provides the standard library modules of the embedded
// interpreter that wrap the operating system or C libraries in CPython,
// built on Go's standard library: subprocess, signal, zlib, gzip, bz2,
// zipfile, tarfile, hmac, secrets, struct, threading (with the interpreter
// lock of package gil), queue, concurrent.futures, a requests module on
// net/http, and the network clients and servers in Python over the socket
// module (smtplib, ftplib, socketserver, http.server, xmlrpc.client).
//
// Each module is registered lazily (package lazymod): nothing is built
// for a program that imports none of them. A module is either Go (a
// private primitive module named _gwb_*) or embedded Python source under
// pysrc/ that builds the public API on those primitives and stays within
// what gpython plus the compatibility layer runs (pysrc/NAME.py is module
// NAME; a double underscore in the file name is a dot).
package gomods
