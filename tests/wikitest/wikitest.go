// Package wikitest creates throwaway MediaWiki instances for integration
// tests: Debian 12's mediawiki package (1.39) on SQLite, served by PHP's
// built-in web server on a free loopback port, with a bot account, a bot
// password and a switch that makes maxlag fire on demand. Each wiki is one
// temporary directory selected by MW_CONFIG_FILE; nothing is written to /etc
// or /var/lib, and several wikis can run at once.
//
// A test package starts one wiki for all its tests:
//
//	func TestMain(m *testing.M) { os.Exit(wikitest.Main(m)) }
//	func TestX(t *testing.T) { w := wikitest.Get(t); ... }
//
// When CI=true a wiki that cannot be started fails the run with the reason;
// elsewhere the tests that need it are skipped with a one-line install hint.
package wikitest

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// MediaWikiDir is where Debian's mediawiki package installs the code.
const MediaWikiDir = "/usr/share/mediawiki"

// InstallHint is the command that installs what the test wiki needs.
const InstallHint = "run tests/wiki/install-packages.sh (as root) to install mediawiki, php-cli, php-sqlite3 and friends"

// Wiki is one running test wiki.
type Wiki struct {
	Dir      string // the wiki's directory (LocalSettings.php, data, logs)
	URL      string // "http://127.0.0.1:PORT"
	APIURL   string // URL + "/api.php"
	IndexURL string // URL + "/index.php"
	Host     string // "127.0.0.1:PORT"
	Port     int

	AdminUser, AdminPassword string // sysop and bureaucrat

	BotUser, BotPassword            string // "TestBot" (group bot) and its main password
	BotLoginName, BotPasswordSecret string // "TestBot@ci" and its 32-character bot password

	OtherUser, OtherPassword            string // "OtherUser": an ordinary account
	OtherLoginName, OtherPasswordSecret string // "OtherUser@ci" and its bot password

	CookiePrefix string

	cmd *exec.Cmd
}

// Options adjust a new wiki.
type Options struct {
	// ExtraSettings is PHP appended to LocalSettings.php (no "<?php").
	ExtraSettings string
	// Workers is PHP_CLI_SERVER_WORKERS (default 4).
	Workers int
	// PHPArgs are passed to php before -S (e.g. "-d", "memory_limit=1G").
	// php -S runs as SAPI cli-server, which has the opcode cache and APCu
	// on already (opcache.enable_cli does not apply to it).
	PHPArgs []string
	// Detach keeps the server running after this process exits (for
	// "make demo"); stop it later with StopPID.
	Detach bool
	// Port to listen on (0 = a free one).
	Port int
}

// Grants given to the bot passwords.
const grants = "basic,highvolume,editpage,editprotected,createeditmovepage,uploadfile,uploadeditmovefile," +
	"patrol,rollback,delete,protect,editmywatchlist,viewmywatchlist,editmyoptions,editinterface," +
	"editmycssjs,createaccount,blockusers,mergehistory,import"

// Available reports whether the packages the test wiki needs are installed,
// and if not, what is missing.
func Available() error {
	var missing []string
	if _, err := exec.LookPath("php"); err != nil {
		missing = append(missing, "php-cli")
	}
	if _, err := os.Stat(filepath.Join(MediaWikiDir, "maintenance", "install.php")); err != nil {
		missing = append(missing, "mediawiki")
	}
	if len(missing) == 0 {
		out, err := exec.Command("php", "-m").Output()
		if err != nil || !strings.Contains(string(out), "pdo_sqlite") {
			missing = append(missing, "php-sqlite3")
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("test wiki unavailable: missing %s; %s", strings.Join(missing, ", "), InstallHint)
	}
	return nil
}

// Start creates a fresh wiki in a new temporary directory and starts it.
func Start(opts ...Options) (*Wiki, error) {
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	if o.Workers == 0 {
		o.Workers = 4
	}
	if err := Available(); err != nil {
		return nil, err
	}
	port := o.Port
	if port == 0 {
		p, err := freePort()
		if err != nil {
			return nil, err
		}
		port = p
	}
	dir, err := os.MkdirTemp("", "gowikibot-wiki-")
	if err != nil {
		return nil, err
	}
	w := &Wiki{
		Dir:                 dir,
		Port:                port,
		Host:                "127.0.0.1:" + strconv.Itoa(port),
		AdminUser:           "Admin",
		AdminPassword:       "Adm-" + randHex(12),
		BotUser:             "TestBot",
		BotPassword:         "Bot-" + randHex(12),
		BotPasswordSecret:   randHex(16),
		OtherUser:           "OtherUser",
		OtherPassword:       "Oth-" + randHex(12),
		OtherPasswordSecret: randHex(16),
		CookiePrefix:        "mw" + strconv.Itoa(port),
	}
	w.URL = "http://" + w.Host
	w.APIURL = w.URL + "/api.php"
	w.IndexURL = w.URL + "/index.php"
	w.BotLoginName = w.BotUser + "@ci"
	w.OtherLoginName = w.OtherUser + "@ci"
	if err := w.create(o); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := w.start(o); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return w, nil
}

func (w *Wiki) create(o Options) error {
	for _, d := range []string{"data", "images", "cache", "logs"} {
		if err := os.MkdirAll(filepath.Join(w.Dir, d), 0o755); err != nil {
			return err
		}
	}
	if _, err := w.php(filepath.Join(MediaWikiDir, "maintenance", "install.php"), "--quiet",
		"--dbtype", "sqlite", "--dbpath", filepath.Join(w.Dir, "data"), "--dbname", "wiki",
		"--server", w.URL, "--scriptpath", "", "--confpath", w.Dir, "--skins", "Vector",
		"--lang", "en", "--pass", w.AdminPassword, "TestWiki", w.AdminUser); err != nil {
		return fmt.Errorf("install.php: %w", err)
	}
	settings := fmt.Sprintf(`
# ---- added by gowikibot's tests/wikitest ----
$wgEnableBotPasswords = true;
$wgCookiePrefix = "%[2]s";
$wgSessionCacheType = CACHE_DB;
$wgMainCacheType = CACHE_ACCEL;
$wgCacheDirectory = "%[1]s/cache";
$wgEnableUploads = true;
$wgUploadDirectory = "%[1]s/images";
$wgUploadPath = "/images";
$wgUseImageMagick = false;
$wgEnableEmail = false;
$wgShowExceptionDetails = true;
$wgDebugLogGroups['exception'] = "%[1]s/logs/exception.log";
$wgDebugLogGroups['error'] = "%[1]s/logs/error.log";
$wgGroupPermissions['bot']['noratelimit'] = true;
# Run deferred updates (link tables, counts) before the response is sent,
# so a read right after an edit sees them, as MediaWiki advises for
# end-to-end tests; under load the post-send updates came too late.
$wgForceDeferredUpdatesPreSend = true;
# maxlag on demand: a number of seconds in fake-maxlag.
$wgHooks['ApiMaxLagInfo'][] = static function ( &$lagInfo ) {
	$f = '%[1]s/fake-maxlag';
	if ( is_readable( $f ) ) {
		$lag = (float)trim( (string)file_get_contents( $f ) );
		if ( $lag > $lagInfo['lag'] ) {
			$lagInfo = [ 'host' => 'fake-replica', 'lag' => $lag, 'type' => 'db' ];
		}
	}
};
`, w.Dir, w.CookiePrefix) + o.ExtraSettings + "\n"
	f, err := os.OpenFile(filepath.Join(w.Dir, "LocalSettings.php"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(settings); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	router := `<?php
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?? '/';
if ( strncmp( $path, '/images/', 8 ) === 0 ) {
	$base = realpath( __DIR__ . '/images' );
	$file = realpath( $base . '/' . rawurldecode( substr( $path, 8 ) ) );
	if ( $file === false || strncmp( $file, $base . '/', strlen( $base ) + 1 ) !== 0 || !is_file( $file ) ) {
		http_response_code( 404 );
		return true;
	}
	// the file's own type (php -S would say text/html) and size: clients
	// that check them, as pywikibot's upload bot, take a page for a
	// missing file, and without a size download again and again
	header( 'Content-Type: ' . ( mime_content_type( $file ) ?: 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $file ) );
	readfile( $file );
	return true;
}
return false;
`
	if err := os.WriteFile(filepath.Join(w.Dir, "router.php"), []byte(router), 0o644); err != nil {
		return err
	}
	if _, err := w.Maintenance("createAndPromote", "--custom-groups=bot", w.BotUser, w.BotPassword); err != nil {
		return err
	}
	if _, err := w.Maintenance("createBotPassword", "--appid", "ci", "--grants", grants, w.BotUser, w.BotPasswordSecret); err != nil {
		return err
	}
	if _, err := w.Maintenance("createAndPromote", w.OtherUser, w.OtherPassword); err != nil {
		return err
	}
	if _, err := w.Maintenance("createBotPassword", "--appid", "ci", "--grants", grants, w.OtherUser, w.OtherPasswordSecret); err != nil {
		return err
	}
	return nil
}

func (w *Wiki) env() []string {
	return append(os.Environ(), "MW_CONFIG_FILE="+filepath.Join(w.Dir, "LocalSettings.php"))
}

func (w *Wiki) php(args ...string) ([]byte, error) {
	cmd := exec.Command("php", args...)
	cmd.Env = w.env()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return out, fmt.Errorf("php %s: %v\n%s", filepath.Base(args[0]), err, out)
	}
	return out, nil
}

// Maintenance runs MediaWiki's maintenance/<script>.php against this wiki.
func (w *Wiki) Maintenance(script string, args ...string) ([]byte, error) {
	return w.php(append([]string{filepath.Join(MediaWikiDir, "maintenance", script+".php")}, args...)...)
}

func (w *Wiki) start(o Options) error {
	logf, err := os.OpenFile(filepath.Join(w.Dir, "logs", "server.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	cmd := exec.Command("php", append(append([]string{}, o.PHPArgs...), "-S", w.Host, "-t", MediaWikiDir, filepath.Join(w.Dir, "router.php"))...)
	cmd.Env = append(w.env(), "PHP_CLI_SERVER_WORKERS="+strconv.Itoa(o.Workers))
	cmd.Stdout, cmd.Stderr = logf, logf
	// Its own process group, so Stop ends the workers too; and killed with
	// the test process if that dies first.
	ownGroup(cmd, o.Detach)
	if err := cmd.Start(); err != nil {
		logf.Close()
		return err
	}
	logf.Close()
	w.cmd = cmd
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			log, _ := os.ReadFile(filepath.Join(w.Dir, "logs", "server.log"))
			return fmt.Errorf("php -S exited at start:\n%s", log)
		default:
		}
		if w.answers() {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	w.Stop()
	return errors.New("test wiki did not answer within 30 s; see " + filepath.Join(w.Dir, "logs", "server.log"))
}

func (w *Wiki) answers() bool {
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(w.APIURL + "?action=query&meta=siteinfo&format=json")
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return strings.Contains(string(b), `"sitename"`)
}

// PID is the server's process id (its process group id too).
func (w *Wiki) PID() int {
	if w.cmd == nil || w.cmd.Process == nil {
		return 0
	}
	return w.cmd.Process.Pid
}

// StopPID stops a detached server by its process group id.
func StopPID(pgid int) {
	if pgid <= 0 {
		return
	}
	signalGroup(pgid, syscall.SIGTERM)
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) && signalGroup(pgid, 0) == nil {
		time.Sleep(50 * time.Millisecond)
	}
	signalGroup(pgid, syscall.SIGKILL)
}

// SetMaxlag makes requests with maxlag=N fail with MediaWiki's real maxlag
// error while lag > N. 0 turns it off.
func (w *Wiki) SetMaxlag(lag int) error {
	f := filepath.Join(w.Dir, "fake-maxlag")
	if lag <= 0 {
		err := os.Remove(f)
		if os.IsNotExist(err) {
			return nil
		}
		return err
	}
	return os.WriteFile(f, []byte(strconv.Itoa(lag)), 0o644)
}

// Stop stops the server, leaving no process behind, and removes the wiki's
// directory unless WIKITEST_KEEP is set.
func (w *Wiki) Stop() error {
	if w.cmd != nil && w.cmd.Process != nil {
		StopPID(w.cmd.Process.Pid)
		w.cmd = nil
	}
	if os.Getenv("WIKITEST_KEEP") == "" {
		return os.RemoveAll(w.Dir)
	}
	return nil
}

var (
	shared   *Wiki
	startErr error
)

// Main starts one wiki for the test package, runs the tests and stops it.
// With CI=true a wiki that cannot be started fails the run; elsewhere tests
// calling Get are skipped with an install hint.
func Main(m *testing.M) int {
	shared, startErr = Start()
	if startErr != nil {
		if os.Getenv("CI") == "true" {
			fmt.Fprintf(os.Stderr, "FAIL: CI=true and the test wiki cannot be started: %v\n", startErr)
			return 1
		}
		fmt.Fprintf(os.Stderr, "wikitest: %v\n", startErr)
	}
	code := m.Run()
	if shared != nil {
		shared.Stop()
	}
	return code
}

// Get returns the package's wiki started by Main. Without one it fails the
// test under CI=true and skips it otherwise.
func Get(t testing.TB) *Wiki {
	t.Helper()
	if shared != nil {
		return shared
	}
	err := startErr
	if err == nil {
		err = errors.New("wikitest.Main was not called from TestMain")
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("test wiki required (CI=true): %v", err)
	}
	t.Skipf("no test wiki: %v", err)
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func randHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}
