# xml.dom.minidom over pyexpat: parseString, the DOM, toprettyxml, a DOCTYPE with entities.
from xml.dom import minidom

doc = minidom.parseString('<?xml version="1.0"?><!DOCTYPE note [<!ENTITY who "World">]>'
                          '<note lang="en"><to>&who;</to><body>Hi &amp; bye<br/>x</body><!--c--></note>')
print(doc.documentElement.tagName, doc.documentElement.getAttribute('lang'))
print(doc.doctype.name, [e.nodeName for e in doc.doctype.entities.values()] if doc.doctype.entities else None)
print([n.nodeName for n in doc.documentElement.childNodes])
print(doc.getElementsByTagName('to')[0].firstChild.data)
print(doc.toprettyxml(indent='  '))
print(doc.toxml())
d2 = minidom.parseString(b'<a xmlns="urn:a" xmlns:b="urn:b"><b:c b:d="1">t</b:c><![CDATA[<x>]]></a>')
c = d2.documentElement.firstChild
print(c.namespaceURI, c.localName, c.prefix, c.getAttributeNS('urn:b', 'd'))
print(d2.documentElement.toxml())
try:
    minidom.parseString('<a><b></a>')
except Exception as e:
    print(type(e).__name__, e)
