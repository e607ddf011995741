class HTTPError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e.code, e.msg, repr(e.args), str(e))
e = HTTPError(500, "x")
e.extra = [1]
print(e.extra, hasattr(e, "extra"), hasattr(e, "nothere"), getattr(e, "nothere", "dflt"))
