// Package gosmtp runs smtplib scripts against a small SMTP server written
// for the test (plain with STARTTLS, and TLS from the start), with a
// certificate made for the test and given to the scripts as a CA file.
// The same script's output under CPython is recorded beside it; the
// server's transcript of each run is compared too.
package gosmtp

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"strings"
	"sync"
	"time"
)

// The account the server accepts.
const (
	user     = "bot"
	password = "s3cret"
	// cramChallenge is the fixed CRAM-MD5 challenge (so runs compare).
	cramChallenge = "<1896.697170952@smtp.test>"
)

// server is an SMTP server on two loopback listeners: plain (with
// STARTTLS) and implicit TLS. It keeps a transcript of what clients sent.
type server struct {
	plain, tlsLn net.Listener
	cert         tls.Certificate
	certPEM      []byte

	mu         sync.Mutex
	transcript []string
	refused    int // TLS handshakes the client gave up
	wg         sync.WaitGroup
}

func newServer() (*server, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "smtp.test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, BasicConstraintsValid: true, IsCA: true,
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	s := &server{cert: tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key},
		certPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}
	if s.plain, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		return nil, err
	}
	if s.tlsLn, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		s.plain.Close()
		return nil, err
	}
	go s.serve(s.plain, false)
	go s.serve(s.tlsLn, true)
	return s, nil
}

func (s *server) port(ln net.Listener) int { return ln.Addr().(*net.TCPAddr).Port }

func (s *server) close() {
	s.plain.Close()
	s.tlsLn.Close()
	s.wg.Wait()
}

// takeTranscript returns and clears what clients sent so far.
func (s *server) takeTranscript() string {
	s.wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	out := strings.Join(s.transcript, "")
	s.transcript = nil
	return out
}

func (s *server) log(format string, args ...any) {
	s.mu.Lock()
	s.transcript = append(s.transcript, fmt.Sprintf(format, args...))
	s.mu.Unlock()
}

func (s *server) serve(ln net.Listener, implicitTLS bool) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			if implicitTLS {
				tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{s.cert}})
				if err := tc.Handshake(); err != nil {
					// not in the transcript: the client that refused the
					// certificate has gone on before this goroutine logs
					s.mu.Lock()
					s.refused++
					s.mu.Unlock()
					return
				}
				c = tc
			}
			s.session(c, implicitTLS)
		}()
	}
}

// session speaks SMTP on c until QUIT or the client goes away.
func (s *server) session(c net.Conn, secure bool) {
	_ = c.SetDeadline(time.Now().Add(30 * time.Second))
	r := bufio.NewReader(c)
	w := func(lines ...string) {
		for _, l := range lines {
			fmt.Fprintf(c, "%s\r\n", l)
		}
	}
	read := func() (string, bool) {
		line, err := r.ReadString('\n')
		if err != nil {
			return "", false
		}
		return strings.TrimRight(line, "\r\n"), true
	}
	w("220 smtp.test ESMTP ready")
	s.log("[connect tls=%v]\n", secure)
	authed := false
	for {
		line, ok := read()
		if !ok {
			s.log("[closed]\n")
			return
		}
		verb, arg, _ := strings.Cut(line, " ")
		s.log("%s\n", line)
		switch strings.ToUpper(verb) {
		case "EHLO":
			lines := []string{"250-smtp.test greets " + arg, "250-SIZE 1000000", "250-8BITMIME"}
			if !secure {
				lines = append(lines, "250-STARTTLS")
			}
			w(append(lines, "250 AUTH CRAM-MD5 PLAIN LOGIN")...)
		case "HELO":
			w("250 smtp.test")
		case "STARTTLS":
			if secure {
				w("503 already in TLS")
				continue
			}
			w("220 go ahead")
			tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{s.cert}})
			if err := tc.Handshake(); err != nil {
				s.log("[TLS handshake failed]\n")
				return
			}
			c, secure = tc, true
			r = bufio.NewReader(c)
			s.log("[TLS]\n")
		case "AUTH":
			mech, initial, _ := strings.Cut(arg, " ")
			authed = s.auth(strings.ToUpper(mech), initial, read, w)
		case "MAIL":
			if !authed {
				w("530 authentication required")
				continue
			}
			w("250 sender ok")
		case "RCPT":
			if strings.Contains(arg, "@refused.example") {
				w("550 no such user")
				continue
			}
			w("250 recipient ok")
		case "DATA":
			w("354 end data with <CR><LF>.<CR><LF>")
			for {
				l, ok := read()
				if !ok {
					return
				}
				s.log("| %s\n", l)
				if l == "." {
					break
				}
			}
			w("250 queued as 42")
		case "RSET":
			w("250 reset")
		case "NOOP":
			w("250 ok")
		case "VRFY":
			w("252 cannot verify " + arg)
		case "QUIT":
			w("221 bye")
			return
		default:
			w("502 command not implemented")
		}
	}
}

// auth runs one AUTH exchange and reports whether it succeeded.
func (s *server) auth(mech, initial string, read func() (string, bool), w func(...string)) bool {
	ask := func(prompt string) (string, bool) {
		w("334 " + base64.StdEncoding.EncodeToString([]byte(prompt)))
		line, ok := read()
		if !ok {
			return "", false
		}
		s.log("%s\n", line)
		d, err := base64.StdEncoding.DecodeString(line)
		return string(d), err == nil
	}
	decoded := func(b64 string) string {
		d, _ := base64.StdEncoding.DecodeString(b64)
		return string(d)
	}
	ok := false
	switch mech {
	case "PLAIN":
		resp := decoded(initial)
		if initial == "" {
			resp, _ = ask("")
		}
		ok = resp == "\x00"+user+"\x00"+password
	case "LOGIN":
		name := decoded(initial)
		if initial == "" {
			name, _ = ask("Username:")
		}
		pw, _ := ask("Password:")
		ok = name == user && pw == password
	case "CRAM-MD5":
		resp, _ := ask(cramChallenge)
		mac := hmac.New(md5.New, []byte(password))
		mac.Write([]byte(cramChallenge))
		ok = resp == user+" "+hex.EncodeToString(mac.Sum(nil))
	default:
		w("504 unrecognized authentication type")
		return false
	}
	if ok {
		w("235 2.7.0 authentication successful")
	} else {
		w("535 5.7.8 authentication credentials invalid")
	}
	return ok
}
