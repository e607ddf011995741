from urllib.parse import quote, quote_plus, unquote, unquote_plus

print(quote('Main Page/Sub page?x=1&y=2'))
print(quote('Main Page/Sub', safe=''))
print(quote('Zoë & café'))
print(quote_plus('a b&c=d/e'))
print(quote_plus('a b', safe='/'))
print(quote('~user_name-1.0'))
print(unquote('Zo%C3%AB%20%26%20caf%C3%A9'))
print(unquote('100%'), unquote('%zz%4'), unquote('%E2%82'))
print(unquote_plus('a+b%2Bc'))
print(quote(b'\xff\x00'))
