"""threading.excepthook is looked up when a thread's run() raises, not when
the thread starts: a hook set after start() reports the exception (and the
default hook again after it is restored)."""
import threading

go = threading.Event()


def work(message):
    go.wait()
    raise ValueError(message)


t = threading.Thread(target=work, args=('late hook',), name='Worker')
t.start()
threading.excepthook = lambda args: print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name,
                                          args.exc_traceback is not None)
go.set()
t.join()
threading.excepthook = threading.__excepthook__


def quiet():
    raise SystemExit(3)


t = threading.Thread(target=quiet)
t.start()
t.join()
print('done')
