//go:build race

package methods

// raceEnabled: the race detector is on (it drops sync.Pool items at random,
// so tests of pooled memory do not hold).
const raceEnabled = true
