"""pywikibot.specialbots.UploadRobot uploads a local file to the test
wiki: the file page, its description, the uploader and the file's size
as the wiki records them; a second upload of the same name is stopped at
the 'exists' warning when aborts names it."""
import os
import struct
import tempfile
import zlib

import pywikibot
from pywikibot.specialbots import UploadRobot


# One-pixel PNGs; the pixel rows are given compressed (zlib's output for
# them differs between implementations, and the file size is checked).
RED = b'x\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00'
BLUE = b'x\x9cc``\xf8\x0f\x00\x01\x03\x01\x00'


def png(pixels):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', pixels) + chunk(b'IEND', b''))


site = pywikibot.Site()
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'dot.png')
with open(path, 'wb') as f:
    f.write(png(RED))
bot = UploadRobot([path], description='A red dot.', use_filename='Red dot.png',
                  keep_filename=True, verify_description=False, ignore_warning=True,
                  summary='upload test', always=True, target_site=site)
bot.run()
page = pywikibot.FilePage(site, 'File:Red dot.png')
info = page.latest_file_info
print(page.exists(), page.text, info.size, info.user == site.username())
with open(path, 'wb') as f:
    f.write(png(BLUE))
bot = UploadRobot([path], description='A blue dot.', use_filename='Red dot.png',
                  keep_filename=True, verify_description=False, aborts=['exists'],
                  ignore_warning=False, summary='second', target_site=site)
bot.run()
page = pywikibot.FilePage(site, 'File:Red dot.png')
print(len(page.get_file_history()), page.latest_file_info.size)
