import logging, io
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.DEBUG, format="%(message)s")
logging.debug("%(a)s and %(b)d", {"a": "x", "b": 2})
logging.info("percent %% literal")
logging.warning("plain")
print(repr(buf.getvalue()))
