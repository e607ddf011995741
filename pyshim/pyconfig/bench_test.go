package pyconfig

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gowikibot/gowikibot/userconfig"
)

// bigConfig is a user-config.py of about size bytes: one usernames line
// per code, as a config for many wikis has.
func bigConfig(size int) string {
	var b strings.Builder
	b.WriteString("family = 'wikipedia'\nmylang = 'en'\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "usernames['wikipedia']['c%d'] = 'Bot%d'  # a comment to make it longer\n", i, i)
	}
	return b.String()
}

// BenchmarkEvalUserConfig loads user-config.py files of growing size;
// the time per byte stays flat when evaluation is linear.
func BenchmarkEvalUserConfig(b *testing.B) {
	for _, size := range []int{100 << 10, 400 << 10, 1600 << 10} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			dir := b.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "user-config.py"), []byte(bigConfig(size)), 0o644); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(size))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				cfg, err := userconfig.Load(userconfig.LoadOptions{Args: []string{"-dir:" + dir}, Cwd: dir, Home: dir, Env: []string{}, Stderr: io.Discard, Stdout: io.Discard})
				if err != nil {
					b.Fatal(err)
				}
				if len(cfg.Usernames["wikipedia"]) < 100 {
					b.Fatalf("%d usernames", len(cfg.Usernames["wikipedia"]))
				}
			}
		})
	}
}
