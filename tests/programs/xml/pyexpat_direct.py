# pyexpat handlers directly: every event, buffer_text, ordered attributes, namespaces, byte-by-byte input.
import pyexpat

doc = ('<?xml version="1.0" standalone="no"?>\n'
       '<!DOCTYPE r [\n<!ELEMENT r (a|b)*>\n<!ATTLIST a x CDATA "dx" y (p|q) #REQUIRED>\n'
       '<!ENTITY e "ent &#65; text">\n<!NOTATION n PUBLIC "pub">\n]>\n'
       '<r xmlns:z="urn:z"><a y="p">t1\nt2 &e; &#x42;</a><z:b z:c="v"/><![CDATA[cd\nata]]><!--note--><?pi x?></r>')

def parser(**kw):
    p = pyexpat.ParserCreate(**kw)
    out = []
    def h(name):
        return lambda *a: out.append((name,) + a)
    for n in dir(p):
        if n.endswith('Handler') and n not in ('DefaultHandler', 'ExternalEntityRefHandler', 'NotStandaloneHandler'):
            setattr(p, n, h(n[:-7]))
    return p, out

for kw in ({}, {'namespace_separator': '}'}):
    p, out = parser(**kw)
    p.Parse(doc, True)
    for e in out:
        print(e)
    print('----')

# Byte by byte, with buffer_text: the data comes joined.
p, out = parser()
p.buffer_text = True
p.ordered_attributes = True
p.specified_attributes = True
data = doc.encode()
for i in range(len(data)):
    p.Parse(data[i:i + 1])
p.Parse(b'', True)
for e in out:
    print(e)
print(p.buffer_text, p.buffer_size, p.buffer_used, p.ordered_attributes)

# Positions during callbacks.
p = pyexpat.ParserCreate()
pos = []
p.StartElementHandler = lambda n, a: pos.append((n, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
p.Parse('<a>\n <b/>\n  <c>\u00e9<d/></c></a>', True)
print(pos)

# An exception in a handler stops parsing and clears the handlers.
p = pyexpat.ParserCreate()
def boom(name, attrs):
    if name == 'b':
        raise ValueError('stop at ' + name)
p.StartElementHandler = boom
try:
    p.Parse('<a><b/></a>', True)
except ValueError as e:
    print('ValueError', e, p.StartElementHandler)

# Namespace triplets and the intern dict.
p = pyexpat.ParserCreate(namespace_separator=' ')
p.namespace_prefixes = True
names = []
p.StartElementHandler = lambda n, a: names.append((n, a))
p.Parse('<x:a xmlns:x="urn:x" x:k="1"><b/></x:a>', True)
print(names, sorted(p.intern))

# DefaultHandler sees everything the other handlers do not.
p = pyexpat.ParserCreate()
seen = []
p.DefaultHandler = seen.append
p.StartElementHandler = lambda n, a: seen.append(('START', n))
p.Parse('<?xml version="1.0"?><!DOCTYPE a><a x="1">hi<!--c--><?p?></a>', True)
print(seen)
# ParseFile and errors module
import io
p = pyexpat.ParserCreate()
p.CharacterDataHandler = lambda s: None
print(p.ParseFile(io.BytesIO(b'<a>' + b'x' * 5000 + b'</a>')))
try:
    pyexpat.ParserCreate().ParseFile(io.StringIO('<a/>'))
except TypeError as e:
    print('TypeError', e)
print(sorted(k for k in dir(pyexpat.errors) if k.startswith('XML_'))[:5], pyexpat.model.XML_CTYPE_MIXED)
