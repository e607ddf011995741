//go:build !race

package classes

// raceEnabled: the race detector is on (it drops sync.Pool items at random,
// so tests of pooled memory do not hold).
const raceEnabled = false
