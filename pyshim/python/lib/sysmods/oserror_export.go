package sysmods

// OSError converts a Go error from the os or syscall packages into the
// Python OSError subclass CPython raises for its errno (FileNotFoundError,
// PermissionError, ...) with errno, strerror and filename set, for the
// other Go-written modules.
func OSError(err error, filename string) error { return osError(err, filename) }
