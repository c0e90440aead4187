# plistlib XML plists and xmlrpc.client's marshalling, both over pyexpat.
import plistlib, datetime
import xmlrpc.client as xc

data = {'name': 'Typhon', 'version': 3.11, 'count': 42, 'ok': True, 'no': False,
        'list': [1, 'two', 3.0, {'nested': b'\x00\x01bytes'}],
        'when': datetime.datetime(2026, 11, 27, 1, 2, 3), 'text': 'a < b & c'}
blob = plistlib.dumps(data)
print(blob.decode())
back = plistlib.loads(blob)
print(back == data, sorted(back))
print(plistlib.loads(plistlib.dumps([1, 2, {'a': 'b'}], sort_keys=False)))

req = xc.dumps((1, 'two', [3, 4.5], {'k': True}), 'method.name')
print(req)
print(xc.loads(req))
resp = xc.dumps(({'result': [1, 2, 3]},), methodresponse=True)
print(xc.loads(resp))
fault = xc.dumps(xc.Fault(4, 'Too many'), methodresponse=True)
try:
    xc.loads(fault)
except xc.Fault as f:
    print('Fault', f.faultCode, f.faultString)
