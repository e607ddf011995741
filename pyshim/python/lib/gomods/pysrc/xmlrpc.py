"""The xmlrpc package (gowikibot): see xmlrpc.client."""
