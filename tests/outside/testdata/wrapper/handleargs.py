"""A script whose handle_args meets a family or site the configuration
cannot make: pywikibot 9.6.3's handle_args makes the Site, so the run ends
there ("ERROR: ... (UnknownFamilyError)", exit status 1), before the
script's next line (as a user-config naming a family that is not there)."""
import pywikibot

print('start')
args = pywikibot.handle_args()
print('after', args)
