"""Content-Transfer-Encodings of a message's payload (email.encoders)."""

import base64

from email.charset import qp_body_encode

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']


def encode_base64(msg):
    orig = msg.get_payload(decode=True)
    msg.set_payload(base64.encodebytes(orig).decode('ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    orig = msg.get_payload(decode=True)
    msg.set_payload(qp_body_encode(orig.decode('latin-1')))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    orig = msg.get_payload(decode=True)
    if orig is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        orig.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    pass
