# A with-statement target captured by an inner function, next to a free
# variable of the enclosing function.
class Recorder:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False


def session(log):
    def run(name):
        with Recorder(log, name) as rec:
            note = lambda msg: log.append(rec.name + ": " + msg)
            note("working")
            note("done")
        return len(log)
    return run


log = []
r = session(log)
print(r("one"), r("two"))
print(log)
