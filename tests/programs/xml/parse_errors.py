# Error messages of malformed documents, as ElementTree and pyexpat report them.
import xml.etree.ElementTree as ET
import pyexpat

bad = [
    '', '<a>', '<a></b>', '<a><b></a>', '<a/><b/>', '<a/>junk', '<a x="1" x="2"/>', '<a>&nbsp;</a>',
    '<a>&#0;</a>', '<1a/>', '<a><!-- x -- y --></a>', '<a><![CDATA[x', '<a b=c/>', '<a b="<"/>',
    '<a>]]></a>', '<a', '<a>\n  <b>\n</a>', ' <?xml version="1.0"?><a/>', '<a>&#65</a>', '<a>& </a>',
    '<p:a/>', '<a xmlns:p=""/>', '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>', '<a>\x01</a>',
    '<?xml version="1.0" encoding="nope"?><a/>', '<a></a >', '<a>\r\n<b></c></a>',
]
for doc in bad:
    try:
        ET.fromstring(doc)
        print(repr(doc), 'ok')
    except ET.ParseError as e:
        print(repr(doc), '->', e, e.code, e.position)
    except LookupError as e:
        print(repr(doc), 'LookupError', e)

p = pyexpat.ParserCreate()
try:
    p.Parse(b'<a>\xff</a>', True)
except pyexpat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
    print(pyexpat.errors.messages[e.code], pyexpat.ErrorString(e.code))
print(pyexpat.errors.XML_ERROR_TAG_MISMATCH, pyexpat.errors.codes['mismatched tag'])
print(pyexpat.EXPAT_VERSION, pyexpat.version_info, pyexpat.native_encoding)
