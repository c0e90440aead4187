# A script with both an undecodable byte and a NUL: the first bad line decides (its bytes before a NUL are
# checked as UTF-8 first), as CPython's tokenizer reads a file line by line.
import os, subprocess, sys, tempfile

sources = [b'0000\x00\n00000000000\n\x00\n\x9e\n', b'#\x00\n#\xfd\n', b'x = 1\n#\xfd\n\x00\n', b'x = "\xfd"\n',
           b'#\xfd\x00\n', b'x=1\n\x00\n', b'x=1\ny="\x00\xfd"\n', b'x = = 1\n\xfd\n', b'a\r\nb\rc\x00\n\xfd',
           b'\xef\xbb\xbfx = 1\n\x00\n', b'print("ok")\n']
with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, 'bad.py')
    for src in sources:
        with open(fn, 'wb') as f:
            f.write(src)
        r = subprocess.run([sys.executable, fn], capture_output=True)
        print(src, r.returncode, r.stdout, r.stderr.decode('utf-8', 'replace').replace(d, 'DIR'))
