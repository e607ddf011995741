package gomods

import (
	"errors"
	"net"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gowikibot/gowikibot/pyshim/python/gil"
	"github.com/gowikibot/gowikibot/pyshim/python/lib/sysmods"
)

// _gwb_socket: TCP and UDP sockets on Go's net package for socket
// (Python) — connect/bind/listen/accept/send/recv with timeouts, name
// resolution. Blocking calls release the interpreter lock.

// ConnType is the type of socket handles.
var ConnType = py.NewType("_gwb_socket.Handle", "A connected socket, a listener or a UDP socket.")

// Conn is one socket: a stream connection, a TCP listener or a packet
// connection.
type Conn struct {
	mu     sync.Mutex
	conn   net.Conn
	ln     net.Listener
	pc     net.PacketConn
	closed bool
}

// Type returns ConnType.
func (c *Conn) Type() *py.Type { return ConnType }

// netError maps a Go network error to the (kind, errno, message) Python
// raises: kind "timeout", "gaierror" or "oserror".
func netError(err error) py.Object {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return py.Tuple{py.String("timeout"), py.Int(0), py.String("timed out")}
	}
	var de *net.DNSError
	if errors.As(err, &de) {
		return py.Tuple{py.String("gaierror"), py.Int(-2), py.String("Name or service not known")}
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		e := sysmods.OSError(errno, "").(*py.Exception)
		msg, _ := e.Dict["strerror"].(py.String)
		return py.Tuple{py.String("oserror"), py.Int(int(errno)), msg}
	}
	if errors.Is(err, net.ErrClosed) {
		return py.Tuple{py.String("oserror"), py.Int(9), py.String("Bad file descriptor")}
	}
	return py.Tuple{py.String("oserror"), py.Int(0), py.String(err.Error())}
}

func deadline(to py.Object) (time.Time, error) {
	if isNone(to) {
		return time.Time{}, nil
	}
	f, err := toFloat(to)
	if err != nil {
		return time.Time{}, err
	}
	return time.Now().Add(time.Duration(f * float64(time.Second))), nil
}

func hostPort(addr py.Object) (string, error) {
	t, ok := addr.(py.Tuple)
	if !ok || len(t) < 2 {
		return "", py.ExceptionNewf(py.TypeError, "AF_INET address must be tuple, not %s", typeName(addr))
	}
	h, _ := t[0].(py.String)
	p, err := toInt(t[1])
	if err != nil {
		return "", err
	}
	return net.JoinHostPort(string(h), strconv.Itoa(p)), nil
}

func addrTuple(a net.Addr) py.Object {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return py.String(a.String())
	}
	p, _ := strconv.Atoi(port)
	return py.Tuple{py.String(host), py.Int(p)}
}

// connect(network, (host, port), timeout) -> handle or error tuple
func sockConnect(self py.Object, args py.Tuple) (py.Object, error) {
	var no, ao, to py.Object
	if err := py.UnpackTuple(args, nil, "connect", 3, 3, &no, &ao, &to); err != nil {
		return nil, err
	}
	network, _ := no.(py.String)
	addr, err := hostPort(ao)
	if err != nil {
		return nil, err
	}
	var timeout time.Duration
	if !isNone(to) {
		f, err := toFloat(to)
		if err != nil {
			return nil, err
		}
		timeout = time.Duration(f * float64(time.Second))
	}
	var c net.Conn
	gil.Blocking(func() { c, err = net.DialTimeout(string(network), addr, timeout) })
	if err != nil {
		return netError(err), nil
	}
	return &Conn{conn: c}, nil
}

// listen(network, (host, port), backlog) -> handle; network "udp*" binds
// a packet socket.
func sockListen(self py.Object, args py.Tuple) (py.Object, error) {
	var no, ao py.Object
	if err := py.UnpackTuple(args, nil, "listen", 2, 2, &no, &ao); err != nil {
		return nil, err
	}
	network, _ := no.(py.String)
	addr, err := hostPort(ao)
	if err != nil {
		return nil, err
	}
	if len(network) >= 3 && network[:3] == "udp" {
		pc, err := net.ListenPacket(string(network), addr)
		if err != nil {
			return netError(err), nil
		}
		return &Conn{pc: pc}, nil
	}
	ln, err := net.Listen(string(network), addr)
	if err != nil {
		return netError(err), nil
	}
	return &Conn{ln: ln}, nil
}

func (c *Conn) local() net.Addr {
	switch {
	case c.conn != nil:
		return c.conn.LocalAddr()
	case c.ln != nil:
		return c.ln.Addr()
	case c.pc != nil:
		return c.pc.LocalAddr()
	}
	return nil
}

func init() {
	ConnType.Dict["accept"] = method("accept", func(self py.Object, to py.Object) (py.Object, error) {
		c := self.(*Conn)
		if c.ln == nil {
			return py.Tuple{py.String("oserror"), py.Int(22), py.String("Invalid argument")}, nil
		}
		dl, err := deadline(to)
		if err != nil {
			return nil, err
		}
		if tl, ok := c.ln.(*net.TCPListener); ok {
			_ = tl.SetDeadline(dl)
		}
		var nc net.Conn
		gil.Blocking(func() { nc, err = c.ln.Accept() })
		if err != nil {
			return netError(err), nil
		}
		return py.Tuple{&Conn{conn: nc}, addrTuple(nc.RemoteAddr())}, nil
	})
	// recv(n, timeout) -> bytes or error tuple
	ConnType.Dict["recv"] = method("recv", func(self py.Object, args py.Tuple) (py.Object, error) {
		c := self.(*Conn)
		var no, to py.Object
		if err := py.UnpackTuple(args, nil, "recv", 2, 2, &no, &to); err != nil {
			return nil, err
		}
		n, err := toInt(no)
		if err != nil {
			return nil, err
		}
		dl, err := deadline(to)
		if err != nil {
			return nil, err
		}
		buf := make([]byte, n)
		var m int
		var from net.Addr
		switch {
		case c.conn != nil:
			_ = c.conn.SetReadDeadline(dl)
			gil.Blocking(func() { m, err = c.conn.Read(buf) })
		case c.pc != nil:
			_ = c.pc.SetReadDeadline(dl)
			gil.Blocking(func() { m, from, err = c.pc.ReadFrom(buf) })
		default:
			return py.Tuple{py.String("oserror"), py.Int(107), py.String("Transport endpoint is not connected")}, nil
		}
		if err != nil && !(errors.Is(err, os.ErrClosed) && m > 0) {
			if err.Error() == "EOF" {
				return newBytes(nil), nil
			}
			return netError(err), nil
		}
		if from != nil {
			return py.Tuple{newBytes(buf[:m]), addrTuple(from)}, nil
		}
		return newBytes(buf[:m]), nil
	})
	// send(data, timeout, addr_or_None) -> count or error tuple
	ConnType.Dict["send"] = method("send", func(self py.Object, args py.Tuple) (py.Object, error) {
		c := self.(*Conn)
		var do, to, ao py.Object
		if err := py.UnpackTuple(args, nil, "send", 3, 3, &do, &to, &ao); err != nil {
			return nil, err
		}
		data, err := bytesArg(do, "send")
		if err != nil {
			return nil, err
		}
		dl, err := deadline(to)
		if err != nil {
			return nil, err
		}
		var n int
		switch {
		case c.conn != nil:
			_ = c.conn.SetWriteDeadline(dl)
			gil.Blocking(func() { n, err = c.conn.Write(data) })
		case c.pc != nil && !isNone(ao):
			addr, aerr := hostPort(ao)
			if aerr != nil {
				return nil, aerr
			}
			ua, rerr := net.ResolveUDPAddr("udp", addr)
			if rerr != nil {
				return netError(rerr), nil
			}
			gil.Blocking(func() { n, err = c.pc.WriteTo(data, ua) })
		default:
			return py.Tuple{py.String("oserror"), py.Int(32), py.String("Broken pipe")}, nil
		}
		if err != nil {
			return netError(err), nil
		}
		return py.Int(n), nil
	})
	ConnType.Dict["close"] = method("close", func(self py.Object) (py.Object, error) {
		c := self.(*Conn)
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.closed {
			return py.None, nil
		}
		c.closed = true
		switch {
		case c.conn != nil:
			c.conn.Close()
		case c.ln != nil:
			c.ln.Close()
		case c.pc != nil:
			c.pc.Close()
		}
		return py.None, nil
	})
	ConnType.Dict["shutdown"] = method("shutdown", func(self py.Object, how py.Object) (py.Object, error) {
		c := self.(*Conn)
		h, _ := toInt(how)
		if tc, ok := c.conn.(*net.TCPConn); ok {
			if h == 0 || h == 2 {
				_ = tc.CloseRead()
			}
			if h == 1 || h == 2 {
				_ = tc.CloseWrite()
			}
		}
		return py.None, nil
	})
	ConnType.Dict["sockname"] = method("sockname", func(self py.Object) (py.Object, error) {
		if a := self.(*Conn).local(); a != nil {
			return addrTuple(a), nil
		}
		return py.Tuple{py.String("0.0.0.0"), py.Int(0)}, nil
	})
	ConnType.Dict["peername"] = method("peername", func(self py.Object) (py.Object, error) {
		c := self.(*Conn)
		if c.conn == nil {
			return py.Tuple{py.String("oserror"), py.Int(107), py.String("Transport endpoint is not connected")}, nil
		}
		return addrTuple(c.conn.RemoteAddr()), nil
	})
	ConnType.Dict["fileno"] = method("fileno", func(self py.Object) (py.Object, error) {
		c := self.(*Conn)
		var sc syscall.Conn
		switch {
		case c.conn != nil:
			sc, _ = c.conn.(syscall.Conn)
		case c.ln != nil:
			sc, _ = c.ln.(syscall.Conn)
		case c.pc != nil:
			sc, _ = c.pc.(syscall.Conn)
		}
		if sc == nil || c.closed {
			return py.Int(-1), nil
		}
		raw, err := sc.SyscallConn()
		if err != nil {
			return py.Int(-1), nil
		}
		fd := -1
		_ = raw.Control(func(f uintptr) { fd = int(f) })
		return py.Int(fd), nil
	})
}

func socketModule() (map[string]any, py.StringDict) {
	return map[string]any{
		"connect": sockConnect,
		"listen":  sockListen,
		"gethostname": func(self py.Object) (py.Object, error) {
			h, err := os.Hostname()
			if err != nil {
				return nil, sysmods.OSError(err, "")
			}
			return py.String(h), nil
		},
		// resolve(host) -> list of address strings, or error tuple
		"resolve": func(self py.Object, ho py.Object) (py.Object, error) {
			h, _ := ho.(py.String)
			if ip := net.ParseIP(string(h)); ip != nil {
				return py.NewListFromItems([]py.Object{py.String(ip.String())}), nil
			}
			var addrs []string
			var err error
			gil.Blocking(func() { addrs, err = net.LookupHost(string(h)) })
			if err != nil {
				return netError(err), nil
			}
			out := make([]py.Object, len(addrs))
			for i, a := range addrs {
				out[i] = py.String(a)
			}
			return py.NewListFromItems(out), nil
		},
		"reverse": func(self py.Object, ao py.Object) (py.Object, error) {
			a, _ := ao.(py.String)
			var names []string
			var err error
			gil.Blocking(func() { names, err = net.LookupAddr(string(a)) })
			if err != nil || len(names) == 0 {
				return py.Tuple{py.String("herror"), py.Int(1), py.String("Unknown host")}, nil
			}
			n := names[0]
			if len(n) > 0 && n[len(n)-1] == '.' {
				n = n[:len(n)-1]
			}
			return py.String(n), nil
		},
	}, nil
}

func init() { registerGo("_gwb_socket", "Sockets on Go's net package.", socketModule) }
