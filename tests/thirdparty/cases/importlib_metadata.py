# importlib.metadata over the machine's installed distributions: versions,
# metadata headers, requirements, files, entry points, the
# PackageNotFoundError pwb.py's script_deps check relies on.
import importlib.metadata as md
from importlib.metadata import PackageNotFoundError, version

print(version('mwparserfromhell'), md.version('PyYAML'), md.version('pyyaml'), md.version('beautifulsoup4'))
m = md.metadata('mwparserfromhell')
print(m['Name'], m['Summary'][:30], m['Metadata-Version'] is not None)
try:
    version('isbnlib')
except PackageNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError), e.name)
d = md.distribution('PyYAML')
print(d.name, d.version, sorted(str(f) for f in d.files)[:2])
print(sorted(md.requires('requests') or [])[:2])
eps = md.entry_points(group='console_scripts')
tq = eps.select(name='tqdm')
print(type(eps).__name__, len(tq), [(e.name, e.group, e.module, e.attr) for e in tq])
print(md.packages_distributions().get('yaml'))
print(sorted(str(f) for f in md.files('tqdm'))[:1])
