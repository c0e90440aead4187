# ElementTree over pyexpat: parse, iter, findall, namespaces, tostring round trip.
import xml.etree.ElementTree as ET
import io

doc = """<?xml version="1.0" encoding="utf-8"?>
<!-- a catalogue -->
<catalog xmlns="urn:books" xmlns:x="urn:extra">
  <book id="b1" x:rating="5">
    <title>Dune &amp; Sons</title>
    <price currency="EUR">9.99</price>
    <x:note>first &#x263A; <![CDATA[<raw> & stuff]]></x:note>
  </book>
  <book id="b2">
    <title lang="fr">L'\u00e9tranger</title>
    <price currency="USD">12.50</price>
  </book>
  <?render fast?>
</catalog>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
ns = {'b': 'urn:books', 'x': 'urn:extra'}
for book in root.findall('b:book', ns):
    print(book.get('id'), book.find('b:title', ns).text, book.find('b:price', ns).attrib)
    for k, v in sorted(book.attrib.items()):
        print('  attr', k, v)
print([e.tag for e in root.iter()])
note = root.find('.//x:note', ns)
print(repr(note.text))
print(ET.tostring(root, encoding='unicode'))
ET.register_namespace('', 'urn:books')
ET.register_namespace('x', 'urn:extra')
print(ET.tostring(root, encoding='unicode'))
tree = ET.parse(io.BytesIO(doc.encode('utf-8')))
print(tree.getroot().tag)
out = io.BytesIO()
tree.write(out, encoding='utf-8', xml_declaration=True)
print(out.getvalue().decode())
# TreeBuilder with comments and PIs kept
parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
r2 = ET.fromstring('<r><!-- c --><?p d?><a>t</a>tail</r>', parser)
print([(e.tag if isinstance(e.tag, str) else e.tag.__name__, e.text, e.tail) for e in r2])
# Latin-1 and a declared encoding
r3 = ET.fromstring(b'<?xml version="1.0" encoding="iso-8859-1"?><a>caf\xe9</a>')
print(r3.text)
r4 = ET.fromstring('<?xml version="1.0" encoding="utf-16"?><a>\u20ac</a>'.encode('utf-16'))
print(r4.text)
r5 = ET.fromstring(b'<?xml version="1.0" encoding="cp1252"?><a>\x80</a>')
print(r5.text)
# doctype through the default handler
class T(ET.TreeBuilder):
    def doctype(self, name, pubid, system):
        print('doctype', name, pubid, system)
ET.fromstring('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>', ET.XMLParser(target=T()))
# canonicalize
print(ET.canonicalize('<a  b="2"   a="1"><c/></a>'))
