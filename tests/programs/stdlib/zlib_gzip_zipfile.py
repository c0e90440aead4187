# gzip, zipfile and zlib reading data that CPython 3.11 (zlib 1.2.13) wrote, then writing and reading back.
import base64, gzip, io, zipfile, zlib, tarfile, shutil, os, tempfile

TEXT = b''.join(b'%d: the quick brown fox jumps over the lazy dog\n' % i for i in range(300))

GZ1 = base64.b64decode(
    'H4sIANIClkkC/5XbSZLTQBiE0T2n8BGUKalKxW0YmhkMDc10eiK4wVv7333RbfspvT2//Xj3cPv29P7Vx9vLx/uvL7c399+3D0+f'
    'v36/3X8+PP5/+dOLv39ur+9vn8XOa+e7nR92ftr5sPNp55edL8y04T12DYYNlg2mDbYNxg3WDeYN9i32rf7dYt9i32LfYt9i32Lf'
    'Yt9i3x377th313/M2HfHvjv23bHvjn137Ltj3wP7Htj3wL6HvvNi3wP7Htj3wL4H9j2w74l9T+x7Yt8T+5760Qr7ntj3xL4n9j2x'
    '78C+A/sO7Duw78C+Qz87Y9+BfQf2Hdh3Yt+JfSf2ndh3Yt+Jfad+OcK+E/tO7Hth3wv7Xtj3wr4X9r2w74V9L/32i30v7Luw78K+'
    'C/su7Luw78K+C/su7LuUN9g3FDg2FY5NiWNT49gUOTZVjk2ZY1Pn2BQ6Ni3tlKWlGbNYs5iz2LMYtFi0mLTUtKKolbJaaml1rShs'
    'RWUrSltR24riVlS3orwV9a3sDNRaWokralxR5IoqV5S5os4Vha6odEWpKwc/i9DSql1R7op6VxS8ouIVJa+oeUXRK6peOfmxk5ZW'
    '+IrKV5S+ovYVxa+ofkX5K+pfUQDL4CeMWloNLIpgUQWLMljUwaIQFpWwKIVFLSyTHyZraeWwqIdFQSwqYlESi5pYFMWiKhZlsVy8'
    'G9DSKmNRGovaWBTHojoW5bGoj0WBLCpkWTwR4Y2IjkTUyKpGVjWyqpFVjaxqZFUjqxpZ1cgangNpaTWyqpFVjaxqZFUjqxpZ1cjK'
    'uy8efvnyS0vz9ovHX7z+4vkX7794AKZGVjWyqpF155GfllYjqxpZ1ciqRlY1sqqRVY2samRVI+vBe04trUZWNbKqkVWNrGpkVSOr'
    'GlnVyKpG1pOnu1pajaxqZFUjqxpZ1ciqRlY1sqqRVY2sg1faWlqNrGpkVSOrGlnVyKpGVjWyqpFVjayTB/laWo2samRVI6saWdXI'
    'qkZWNbKqkVWNrBf/9kJLq5FVjaxqZFUjqxpZ1ciqRlY1sqqRdfHPbLD0P/RpyQn+OAAA'
)
GZ2 = base64.b64decode(
    'H4sICNIClkkC/25vdGVzLnR4dACV20mS00AYhNE9p/ARlCmpSsVtGJoZDA3NdHoiuMFb+9990W37Kb09v/1493D79vT+1cfby8f7'
    'ry+3N/fftw9Pn79+v91/Pjz+f/nTi79/bq/vb5/Fzmvnu50fdn7a+bDzaeeXnS/MtOE9dg2GDZYNpg22DcYN1g3mDfYt9q3+3WLf'
    'Yt9i32LfYt9i32LfYt8d++7Yd9d/zNh3x7479t2x7459d+y7Y98D+x7Y98C+h77zYt8D+x7Y98C+B/Y9sO+JfU/se2LfE/ue+tEK'
    '+57Y98S+J/Y9se/AvgP7Duw7sO/AvkM/O2PfgX0H9h3Yd2LfiX0n9p3Yd2LfiX2nfjnCvhP7Tux7Yd8L+17Y98K+F/a9sO+FfS/9'
    '9ot9L+y7sO/Cvgv7Luy7sO/Cvgv7Luy7lDfYNxQ4NhWOTYljU+PYFDk2VY5NmWNT59gUOjYt7ZSlpRmzWLOYs9izGLRYtJi01LSi'
    'qJWyWmppda0obEVlK0pbUduK4lZUt6K8FfWt7AzUWlqJK2pcUeSKKleUuaLOFYWuqHRFqSsHP4vQ0qpdUe6KelcUvKLiFSWvqHlF'
    '0SuqXjn5sZOWVviKyleUvqL2FcWvqH5F+SvqX1EAy+AnjFpaDSyKYFEFizJY1MGiEBaVsCiFRS0skx8ma2nlsKiHRUEsKmJREoua'
    'WBTFoioWZbFcvBvQ0ipjURqL2lgUx6I6FuWxqI9FgSwqZFk8EeGNiI5E1MiqRlY1sqqRVY2samRVI6saWdXIGp4DaWk1sqqRVY2s'
    'amRVI6saWdXIyrsvHn758ktL8/aLx1+8/uL5F++/eACmRlY1sqqRdeeRn5ZWI6saWdXIqkZWNbKqkVWNrGpkVSPrwXtOLa1GVjWy'
    'qpFVjaxqZFUjqxpZ1ciqRtaTp7taWo2samRVI6saWdXIqkZWNbKqkVWNrINX2lpajaxqZFUjqxpZ1ciqRlY1sqqRVY2skwf5WlqN'
    'rGpkVSOrGlnVyKpGVjWyqpFVjawX//ZCS6uRVY2samRVI6saWdXIqkZWNbKqkXXxz2yw9D/0ackJ/jgAAA=='
)
ZIP = base64.b64decode(
    'UEsDBBQAAAAIAIMYIlD0ackJDQMAAP44AAAMAAAAZG9jcy9mb3gudHh0ldrLcRNRGITRPVFMCLd7XnfIBrB52SAwGAzRU0UGZ61/'
    '95WkmVM9Xi8/P94v358/vXtY3j7dfn9d3t9els/PX779WG6/7p/+f/z45u+f5e724VXsvHa+2vlm57udH3Z+2vm08wszDbzHrsGw'
    'wbLBtMG2wbjBusG8wb7FvtXvLfYt9i32LfYt9i32LfYt9l2x74p9V/1hxr4r9l2x74p9V+y7Yt8V+27Yd8O+G/bd9J8X+27Yd8O+'
    'G/bdsO+GfXfsu2PfHfvu2HfXRyvsu2PfHfvu2HfHvgf2PbDvgX0P7Htg30OfnbHvgX0P7Htg3xP7ntj3xL4n9j2x74l9T305wr4n'
    '9j2x78S+E/tO7Dux78S+E/tO7Dv17Rf7Tux7Yd8L+17Y98K+F/a9sO+FfS/seylvsG8ocAwVjqHEMdQ4hiLHUOUYyhxDnWModAwt'
    '7ZSlpRmzWLOYs9izGLRYtJi01LSiqBVVrShrRV0rCltR2YrSVtS2orgV1a0ob0V9KwpcUeGKElfUuKLIFVWuKHNFnSsKXVHpilJX'
    '1Lqi2BXVrih3Rb0rCl5R8YqSV9S8ougVVa8oe0XdKwpfUfmK0lfUvqL4FdWvKH9F/SsKYFEBixJY1MCiCBZVsCiDRR0sCmFRCYtS'
    'WNTCohgW1bAoh0U9LApiURGLkljUxKIoFlWxKItFXSwKY1EZi9JY1MaiOBbVsSiPRX0sCmRRIYsSWdTIqkZWNbKqkVWNrGpkVSOr'
    'GlnVyKpGVjWyqpFVjaxqZFUjqxpZ1ciqRlY1sqqRlXdfPPzy5ZeW5u0Xj794/cXzL95/8QBMjaxqZFUjqxpZ1ciqRlY1sqqRVY2s'
    'amRVI6saWdXIqkZWNbKqkVWNrGpkVSOrGlnVyKpGVjWyqpFVjaxqZFUjqxpZ1ciqRlY1sqqRVY2samRVI6saWdXIqkZWNbKqkVWN'
    'rGpkVSOrGlnVyKpGVjWyqpFVjaxqZFUjqxpZ1ciqRlY1sqqRVY2samRVI6saWdXIqkZWNbKqkVWNrGpkVSOrGlnVyKpGVjWyf1BL'
    'AwQUAAAACACDGCJQAAAAAAIAAAAAAAAACQAAAGVtcHR5LmJpbgMAUEsDBBQAAAAAAIMYIlDPYiAZBQAAAAUAAAAKAAAAc3RvcmVk'
    'LnR4dHBsYWluUEsBAhQDFAAAAAgAgxgiUPRpyQkNAwAA/jgAAAwAAAAAAAAAAAAAAIABAAAAAGRvY3MvZm94LnR4dFBLAQIUAxQA'
    'AAAIAIMYIlAAAAAAAgAAAAAAAAAJAAAAAAAAAAAAAACAATcDAABlbXB0eS5iaW5QSwECFAMUAAAAAACDGCJQz2IgGQUAAAAFAAAA'
    'CgAAAAAAAAAAAAAAgAFgAwAAc3RvcmVkLnR4dFBLBQYAAAAAAwADAKkAAACNAwAAAAA='
)
ZDICT = base64.b64decode(
    'ePku6QXTldtLjtNQAETROavIElz1PrbZDRItEOpW85dg9Ug9Y3imyZtdJbGPK8f7x8/PT49v/7/6+PLr5euPx+vvp+9vbz9/+Pvn'
    '8fH107vY8drxYcenHV92fNvx045fdvzGTJoVuwbDBssG0wbbBuMG6wbzBvsW+1Y/t9i32LfYt9i32LfYt9i32Hdg34F9h34xY9+B'
    'fQf2Hdh3YN+BfQf2ndh3Yt+Jfaf+8mLfiX0n9p3Yd2LfiX0X9l3Yd2HfhX2XXlph34V9F/Zd2Hdh3419N/bd2Hdj3419t147Y9+N'
    'fTf23dj3xL4n9j2x74l9T+x7Yt9Tb46w74l9T+x7Yd8L+17Y98K+F/a9sO+FfS+9+8W+F/a9se+NfW/se2PfG/ve2PfGvjf2vZU3'
    '2DcUOA4VjkOJ41DjOBQ5DlWOQ5njUOc4FDoOLe2UpaUZs1izmLPYsxi0WLSYtNS0oqiVslpqaXWtKGxFZStKW1HbiuJWVLeivBX1'
    'rQwGai2txBU1rihyRZUrylxR54pCV1S6otSVyc8itLRqV5S7ot4VBa+oeEXJK2peUfSKqlcWP3bS0gpfUfmK0lfUvqL4FdWvKH9F'
    '/SsKYNn8hFFLq4FFESyqYFEGizpYFMKiEhalsKiF5eSHyVpaOSzqYVEQi4pYlMSiJhZFsaiKRVksF+8GtLTKWJTGojYWxbGojkV5'
    'LOpjUSCLCllunojwRkRHImpkVSOrGlnVyKpGVjWyqpFVjaxqZA3PgbS0GlnVyKpGVjWyqpFVjaxqZOXdFw+/fPmlpXn7xeMvXn/x'
    '/Iv3XzwAUyOrGlnVyDp45Kel1ciqRlY1sqqRVY2samRVI6saWdXIOnnPqaXVyKpGVjWyqpFVjaxqZFUjqxpZ1ci6eLqrpdXIqkZW'
    'NbKqkVWNrGpkVSOrGlnVyLp5pa2l1ciqRlY1sqqRVY2samRVI6saWdXIevIgX0urkVWNrGpkVSOrGlnVyKpGVjWyqpH14v9eaGk1'
    'sqqRVY2samRVI6saWdXIqkZWNbLe/DcbLP0PjXDN8g=='
)

# gzip.compress output and a GzipFile with a file name in its header
print(gzip.decompress(GZ1) == TEXT, len(GZ1))
with gzip.GzipFile(fileobj=io.BytesIO(GZ2)) as f:
    print(f.name, f.readline(), f.read(20))
    f.seek(0)
    print(sum(1 for _ in f), f.mtime)
print(gzip.decompress(GZ1 + GZ2) == TEXT * 2)
print(zlib.decompress(GZ1, 31) == TEXT, zlib.decompress(GZ2, 47) == TEXT)
d = zlib.decompressobj(31)
print(d.decompress(GZ1 + b'trailing') == TEXT, d.eof, d.unused_data)
for bad in (GZ1[:-1], GZ1[:20]):
    try:
        gzip.decompress(bad)
    except EOFError as e:
        print('EOFError', e)
broken = bytearray(GZ1)
broken[-8] ^= 1
try:
    gzip.decompress(bytes(broken))
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)

# a zip archive with deflated, empty and stored members
with zipfile.ZipFile(io.BytesIO(ZIP)) as z:
    for info in z.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size, hex(info.CRC))
    print(z.read('docs/fox.txt') == TEXT, z.read('empty.bin'), z.read('stored.txt'), z.testzip())
    with z.open('docs/fox.txt') as f:
        print(f.read(7), f.readline(), len(f.read()))

# a preset dictionary
print(zlib.decompressobj(zdict=b'quick brown fox').decompress(ZDICT) == TEXT)
try:
    zlib.decompress(ZDICT)
except zlib.error as e:
    print(e)

# writing: GzipFile in pieces, zipfile deflated members, tar.gz, shutil archives
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0) as f:
    for i in range(0, len(TEXT), 1000):
        f.write(TEXT[i:i + 1000])
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f:
    print(f.read() == TEXT)
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w', zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    z.writestr('a.txt', TEXT)
    with z.open('b.txt', 'w') as w:
        w.write(TEXT[:5000])
        w.write(TEXT[5000:])
with zipfile.ZipFile(zb) as z:
    print(z.namelist(), z.read('a.txt') == TEXT, z.read('b.txt') == TEXT, z.testzip())
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 't.tar.gz')
    with tarfile.open(path, 'w:gz') as t:
        info = tarfile.TarInfo('fox.txt')
        info.size = len(TEXT)
        t.addfile(info, io.BytesIO(TEXT))
    with tarfile.open(path) as t:
        print(t.getnames(), t.extractfile('fox.txt').read() == TEXT)
    os.mkdir(os.path.join(tmp, 'src'))
    with open(os.path.join(tmp, 'src', 'f.txt'), 'wb') as f:
        f.write(TEXT)
    for fmt in ('zip', 'gztar'):
        archive = shutil.make_archive(os.path.join(tmp, 'arch'), fmt, os.path.join(tmp, 'src'))
        out = os.path.join(tmp, 'out-' + fmt)
        shutil.unpack_archive(archive, out)
        with open(os.path.join(out, 'f.txt'), 'rb') as f:
            print(fmt, os.path.basename(archive), f.read() == TEXT)
finally:
    shutil.rmtree(tmp)
