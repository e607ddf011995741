"""The MIME multipart message of pywikibot.data.api that keeps a binary
part as it is (CTEBinaryMIMEMultipart, also named MIMEMultipart there),
loaded on first use: importing the email package costs more than most
scripts need."""
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart as _MIMEMultipart
from io import BytesIO

__all__ = ('CTEBinaryBytesGenerator', 'CTEBinaryMIMEMultipart', 'MIMEMultipart')


class CTEBinaryBytesGenerator(BytesGenerator):
    """A BytesGenerator that writes a part with Content-Transfer-Encoding
    binary as its raw bytes."""

    def _write(self, msg):
        if not msg.is_multipart() and str(msg.get('content-transfer-encoding', '')).lower() == 'binary':
            for header, value in msg.raw_items():
                self.write(self.policy.fold(header, value))
            self.write(self._NL)
            self._fp.write(msg.get_payload(decode=True))
            return
        super()._write(msg)


class CTEBinaryMIMEMultipart(_MIMEMultipart):
    """A MIMEMultipart whose as_bytes() keeps binary parts as they are."""

    def as_bytes(self, unixfrom=False, policy=None):
        """The message as bytes (binary parts unchanged)."""
        policy = self.policy if policy is None else policy
        fp = BytesIO()
        CTEBinaryBytesGenerator(fp, mangle_from_=False, policy=policy).flatten(self, unixfrom=unixfrom)
        return fp.getvalue()


MIMEMultipart = CTEBinaryMIMEMultipart
