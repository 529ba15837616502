#!/usr/bin/env python3
"""Compares two file trees the way a restore must reproduce them: the same names (as bytes), types,
modes, owners, sizes, contents, symlink targets, hard-link groups, extended attributes and holes
(a sparse file must stay sparse). Prints each difference; exit 0 when the trees are equal.

    treecompare.py SOURCE RESTORED
"""
import hashlib
import os
import stat
import sys


def describe(root):
    root = os.fsencode(root)
    entries = {}
    inodes = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            st = os.lstat(full)
            info = {
                'type': stat.S_IFMT(st.st_mode),
                'mode': stat.S_IMODE(st.st_mode),
                'uid': st.st_uid,
                'gid': st.st_gid,
                'mtime': int(st.st_mtime),
            }
            if stat.S_ISLNK(st.st_mode):
                info['target'] = os.readlink(full)
            else:
                try:
                    info['xattrs'] = {
                        k: os.getxattr(full, k, follow_symlinks=False)
                        for k in sorted(os.listxattr(full, follow_symlinks=False))
                        if not k.startswith('security.selinux')
                    }
                except OSError:
                    info['xattrs'] = {}
            if stat.S_ISREG(st.st_mode):
                info['size'] = st.st_size
                digest = hashlib.sha256()
                with open(full, 'rb') as f:
                    for chunk in iter(lambda: f.read(1 << 20), b''):
                        digest.update(chunk)
                info['sha256'] = digest.hexdigest()
                # Sparse: far fewer blocks than the size needs.
                info['sparse'] = st.st_blocks * 512 < st.st_size // 2
                inodes.setdefault((st.st_dev, st.st_ino), []).append(rel)
            entries[rel] = info
    for group in inodes.values():
        group.sort()
        for rel in group:
            entries[rel]['links'] = group
    return entries


def main():
    a, b = describe(sys.argv[1]), describe(sys.argv[2])
    differences = 0
    for rel in sorted(set(a) | set(b)):
        if rel not in a or rel not in b:
            print('only in %s: %r' % ('source' if rel in a else 'restored', rel))
            differences += 1
            continue
        for key in sorted(set(a[rel]) | set(b[rel])):
            if a[rel].get(key) != b[rel].get(key):
                print('%r: %s differs: %r != %r' % (rel, key, a[rel].get(key), b[rel].get(key)))
                differences += 1
    print('%d entries, %d differences' % (len(a), differences))
    return 1 if differences or not a else 0


if __name__ == '__main__':
    sys.exit(main())
