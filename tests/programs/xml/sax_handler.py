# xml.sax with a ContentHandler (the expatreader driver), with and without namespaces.
import xml.sax
from xml.sax.handler import ContentHandler, feature_namespaces
import io

class H(ContentHandler):
    def __init__(self):
        super().__init__()
        self.out = []
    def startDocument(self): self.out.append('startDocument')
    def endDocument(self): self.out.append('endDocument')
    def startElement(self, name, attrs): self.out.append(('start', name, sorted(attrs.items())))
    def endElement(self, name): self.out.append(('end', name))
    def startElementNS(self, name, qname, attrs): self.out.append(('startNS', name, qname, sorted(attrs.items())))
    def endElementNS(self, name, qname): self.out.append(('endNS', name, qname))
    def startPrefixMapping(self, prefix, uri): self.out.append(('map', prefix, uri))
    def endPrefixMapping(self, prefix): self.out.append(('unmap', prefix))
    def characters(self, content): self.out.append(('chars', content))
    def processingInstruction(self, target, data): self.out.append(('pi', target, data))

doc = b'<?xml version="1.0"?>\n<r xmlns:q="urn:q" a="1">\n  <q:e q:f="2">text &lt; more</q:e>\n  <?go now?>\n</r>\n'
h = H()
xml.sax.parseString(doc, h)
for e in h.out:
    print(e)
h = H()
p = xml.sax.make_parser()
p.setFeature(feature_namespaces, True)
p.setContentHandler(h)
p.parse(io.BytesIO(doc))
for e in h.out:
    print(e)
try:
    xml.sax.parseString(b'<a><b></a>', ContentHandler())
except xml.sax.SAXParseException as e:
    print('SAXParseException', e, e.getLineNumber(), e.getColumnNumber())
