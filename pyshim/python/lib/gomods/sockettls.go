package gomods

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"os"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
)

// The TLS client side of a connected socket (ssl.SSLContext.wrap_socket,
// which smtplib's starttls and SMTP_SSL use): the handle's connection is
// replaced by a crypto/tls client over it after the handshake.

// tlsConfig builds the client configuration: the system roots plus the
// context's CA files (PEM paths or PEM text), verification off when
// verify is false, the host name check off when checkHost is false.
func tlsConfig(serverName string, verify, checkHost bool, cafiles []string) (*tls.Config, error) {
	cfg := &tls.Config{ServerName: serverName}
	if !verify {
		cfg.InsecureSkipVerify = true
		return cfg, nil
	}
	if len(cafiles) > 0 {
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		for _, f := range cafiles {
			pem := []byte(f)
			if data, err := os.ReadFile(f); err == nil {
				pem = data
			}
			if !pool.AppendCertsFromPEM(pem) {
				return nil, errors.New("[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found")
			}
		}
		cfg.RootCAs = pool
	}
	if !checkHost {
		// verify the chain but not the name, as OpenSSL with
		// check_hostname off
		roots := cfg.RootCAs
		cfg.InsecureSkipVerify = true
		cfg.VerifyPeerCertificate = func(raw [][]byte, _ [][]*x509.Certificate) error {
			opts := x509.VerifyOptions{Roots: roots, Intermediates: x509.NewCertPool()}
			var leaf *x509.Certificate
			for i, r := range raw {
				c, err := x509.ParseCertificate(r)
				if err != nil {
					return err
				}
				if i == 0 {
					leaf = c
				} else {
					opts.Intermediates.AddCert(c)
				}
			}
			if leaf == nil {
				return errors.New("no certificate")
			}
			_, err := leaf.Verify(opts)
			return err
		}
	}
	return cfg, nil
}

func init() {
	// tls_client(server_hostname, verify, check_hostname, cafiles, timeout)
	// -> None, or (kind, errno, message) where kind "ssl" and "verify"
	// name ssl's exceptions.
	ConnType.Dict["tls_client"] = method("tls_client", func(self py.Object, args py.Tuple) (py.Object, error) {
		c := self.(*Conn)
		var ho, vo, co, fo, to py.Object
		if err := py.UnpackTuple(args, nil, "tls_client", 5, 5, &ho, &vo, &co, &fo, &to); err != nil {
			return nil, err
		}
		if c.conn == nil {
			return py.Tuple{py.String("oserror"), py.Int(107), py.String("Transport endpoint is not connected")}, nil
		}
		host, _ := ho.(py.String)
		cafiles, err := strList(fo, "cafiles")
		if err != nil {
			return nil, err
		}
		cfg, err := tlsConfig(string(host), vo == py.True, co == py.True, cafiles)
		if err != nil {
			return py.Tuple{py.String("ssl"), py.Int(0), py.String(err.Error())}, nil
		}
		dl, err := deadline(to)
		if err != nil {
			return nil, err
		}
		tc := tls.Client(c.conn, cfg)
		_ = c.conn.SetDeadline(dl)
		gil.Blocking(func() { err = tc.Handshake() })
		_ = c.conn.SetDeadline(time.Time{})
		if err != nil {
			var uae x509.UnknownAuthorityError
			var hne x509.HostnameError
			var cie x509.CertificateInvalidError
			switch {
			case errors.As(err, &uae):
				return py.Tuple{py.String("verify"), py.Int(1), py.String("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate")}, nil
			case errors.As(err, &hne):
				return py.Tuple{py.String("verify"), py.Int(1), py.String("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for '" + string(host) + "'.")}, nil
			case errors.As(err, &cie):
				return py.Tuple{py.String("verify"), py.Int(1), py.String("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: " + cie.Error())}, nil
			}
			return py.Tuple{py.String("ssl"), py.Int(1), py.String(err.Error())}, nil
		}
		c.mu.Lock()
		c.conn = tc
		c.mu.Unlock()
		return py.None, nil
	})
}
