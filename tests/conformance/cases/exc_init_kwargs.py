class Err(Exception):
    def __init__(self, msg, *, page=None, retry=False):
        super().__init__(msg)
        self.page = page
        self.retry = retry
e = Err("m", page="P")
print(e.page, e.retry, repr(e.args), str(e))
