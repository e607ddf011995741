package codecache

import "sync"

// Test hooks.
var (
	ResetDir = resetDir
	Load     = load
)

// SetBinaryVersion makes the cache see the binary version v (another
// build), until the returned function restores the real one.
func SetBinaryVersion(v string) (restore func()) {
	old := binaryVersion
	binaryVersion = sync.OnceValue(func() string { return v })
	resetDir()
	return func() { binaryVersion = old; resetDir() }
}

// BinaryVersion is the running binary's version as the cache sees it.
func BinaryVersion() string { return binaryVersion() }

// FindBuildID exposes findBuildID.
var FindBuildID = findBuildID
