"""shutil.make_archive and shutil.unpack_archive (gowikibot): zip archives
through zipfile, tar archives (plain, gzip, bzip2, xz) through tarfile,
with the member names CPython's shutil gives them."""

import os


class ReadError(OSError):
    """Raised when an archive cannot be read."""


ReadError.__module__ = 'shutil'

_FORMATS = {
    'zip': ('.zip', "ZIP file"),
    'tar': ('.tar', "uncompressed tar file"),
    'gztar': ('.tar.gz', "gzip'ed tar-file"),
    'bztar': ('.tar.bz2', "bzip2'ed tar-file"),
    'xztar': ('.tar.xz', "xz'ed tar-file"),
}
_UNPACK = {
    'zip': (['.zip'], "ZIP file"),
    'tar': (['.tar'], "uncompressed tar file"),
    'gztar': (['.tar.gz', '.tgz'], "gzip'ed tar-file"),
    'bztar': (['.tar.bz2', '.tbz2'], "bzip2'ed tar-file"),
    'xztar': (['.tar.xz', '.txz'], "xz'ed tar-file"),
}


def get_archive_formats():
    return sorted((name, desc) for name, (ext, desc) in _FORMATS.items())


def get_unpack_formats():
    return sorted((name, exts, desc) for name, (exts, desc) in _UNPACK.items())


def _make_zip(archive, base_dir, root_dir):
    import zipfile
    def src(p):
        return os.path.join(root_dir, p) if root_dir is not None else p
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        path = os.path.normpath(base_dir)
        if path != os.curdir:
            zf.write(src(path), path)
        for dirpath, dirnames, filenames in os.walk(src(base_dir)):
            rel = dirpath if root_dir is None else os.path.relpath(dirpath, root_dir)
            for name in sorted(dirnames):
                arc = os.path.normpath(os.path.join(rel, name))
                zf.write(os.path.join(dirpath, name), arc)
            for name in filenames:
                p = os.path.join(dirpath, name)
                if os.path.isfile(p):
                    zf.write(p, os.path.normpath(os.path.join(rel, name)))


def _make_tar(archive, base_dir, root_dir, compress, owner, group):
    import tarfile
    mode = 'w' + ({'gztar': ':gz', 'bztar': ':bz2', 'xztar': ':xz'}.get(compress, ''))

    def reset(info):
        if group is not None:
            info.gname = group
        if owner is not None:
            info.uname = owner
        return info
    with tarfile.open(archive, mode) as tar:
        arcname = base_dir
        if root_dir is not None:
            base_dir = os.path.join(root_dir, base_dir)
        tar.add(base_dir, arcname, filter=reset)


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    if format not in _FORMATS:
        raise ValueError("unknown archive format '%s'" % format)
    base_name = os.fspath(base_name)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if base_dir is None:
        base_dir = os.curdir
    archive = base_name + _FORMATS[format][0]
    if dry_run:
        return archive
    head = os.path.dirname(archive)
    if head and not os.path.exists(head):
        os.makedirs(head)
    if format == 'zip':
        _make_zip(archive, base_dir, root_dir)
    else:
        _make_tar(archive, base_dir, root_dir, format, owner, group)
    return os.path.abspath(archive) if root_dir is not None else archive


def _format_of(filename):
    for name, (exts, desc) in _UNPACK.items():
        for ext in exts:
            if filename.endswith(ext):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    filename = os.fspath(filename)
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    if format is None:
        format = _format_of(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    if format == 'zip':
        import zipfile
        with zipfile.ZipFile(filename) as zf:
            zf.extractall(extract_dir)
    else:
        import tarfile
        with tarfile.open(filename) as tar:
            tar.extractall(extract_dir)
