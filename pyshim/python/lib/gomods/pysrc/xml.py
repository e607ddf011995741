"""Core XML support for Python (gowikibot): see xml.etree.ElementTree and xml.dom.minidom."""
