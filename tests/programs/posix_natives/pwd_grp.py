# pwd and grp: the root entries, structseq shape, lookups agreeing with getpwall/getgrall, and the
# errors of bad or unknown ids and names.
import pwd
import grp
import os

root = pwd.getpwuid(0)
print(type(root).__name__, type(root).__module__, pwd.struct_passwd.n_fields, len(root))
print(root.pw_name, root.pw_uid, root.pw_gid, root[0] == root.pw_name)
print(pwd.getpwnam('root') == root)
g0 = grp.getgrgid(0)
print(repr(g0)[:40], g0.gr_gid, type(g0.gr_mem).__name__)
print(grp.getgrnam(g0.gr_name) == g0, grp.getgrgid(id=0) == g0)

# Every listed entry is found by its name and, if first with its id, by its id.
seen = set()
for e in pwd.getpwall():
    assert isinstance(e.pw_name, str) and isinstance(e.pw_uid, int)
    assert pwd.getpwnam(e.pw_name).pw_name == e.pw_name
    if e.pw_uid not in seen:
        assert pwd.getpwuid(e.pw_uid) == e
        seen.add(e.pw_uid)
seen = set()
for e in grp.getgrall():
    assert all(isinstance(m, str) for m in e.gr_mem)
    if e.gr_gid not in seen:
        assert grp.getgrgid(e.gr_gid) == e
        seen.add(e.gr_gid)
print('all entries found')

for f, a in [(pwd.getpwuid, (2**32,)), (pwd.getpwuid, (-2,)), (pwd.getpwuid, (1.5,)),
             (pwd.getpwuid, ('0',)), (pwd.getpwnam, (1,)), (pwd.getpwnam, ('a\0b',)),
             (pwd.getpwnam, ('no such user',)), (grp.getgrgid, (2**32,)), (grp.getgrgid, (2**64,)),
             (grp.getgrgid, (1.5,)), (grp.getgrnam, ('no such group',)), (grp.getgrnam, (b'root',)),
             (pwd.getpwall, (1,)), (pwd.getpwuid, ())]:
    try:
        f(*a)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

try:
    pwd.getpwuid(uid=0)
except TypeError as e:
    print(e)
print(pwd.struct_passwd((1, 2, 3, 4, 5, 6, 7)).pw_shell)
print(os.path.expanduser('~root') == root.pw_dir, os.path.expanduser('~no such user/x'))
