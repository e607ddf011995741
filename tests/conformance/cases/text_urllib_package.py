import urllib.parse
from urllib.parse import quote
import urllib

print(urllib.parse.quote('a b'), quote('c d'))
print(urllib.parse.urlparse('http://x/y').netloc)
