//go:build !linux

package main

// dropStartPages is Linux only (see startpages_linux.go).
func dropStartPages() {}
