# pathlib and glob/fnmatch on a temporary tree.
import fnmatch
import glob
import os
import pathlib
import tempfile

print(pathlib.PurePosixPath('/a/b/c.tar.gz').suffixes, pathlib.PurePath('a/b/../c').parts, pathlib.PurePath('x/y.txt').stem)
p = pathlib.PurePosixPath('/usr/lib/python3.11/os.py')
print(p.name, p.parent, p.anchor, p.with_suffix('.pyc'), p.relative_to('/usr'), p.match('*.py'))
print(fnmatch.fnmatch('file.py', '*.py'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'), fnmatch.translate('*.t?t'))
with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    (root / 'pkg' / 'sub').mkdir(parents=True)
    (root / 'pkg' / '__init__.py').write_text('# init\n')
    (root / 'pkg' / 'mod.py').write_text('x = 1\n')
    (root / 'pkg' / 'sub' / 'data.txt').write_bytes(b'data')
    print(sorted(q.name for q in (root / 'pkg').iterdir()))
    print(sorted(str(q.relative_to(root)) for q in root.rglob('*.py')))
    print(sorted(str(q.relative_to(root)) for q in root.glob('pkg/*')))
    print((root / 'pkg' / 'mod.py').read_text(), (root / 'pkg' / 'sub' / 'data.txt').stat().st_size)
    print((root / 'pkg').is_dir(), (root / 'pkg' / 'mod.py').is_file(), (root / 'nope').exists())
    q = root / 'pkg' / 'mod.py'
    q.rename(root / 'pkg' / 'renamed.py')
    print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(d, 'pkg', '*.py'))))
    print(sorted(os.path.relpath(x, d) for x in glob.glob(os.path.join(d, '**'), recursive=True)))
    (root / 'pkg' / 'renamed.py').unlink()
    print(sorted(x.name for x in (root / 'pkg').iterdir()))
    with (root / 'f.txt').open('w') as fh:
        fh.write('opened via pathlib')
    print((root / 'f.txt').read_text(), pathlib.Path(d).resolve() == pathlib.Path(os.path.realpath(d)))
