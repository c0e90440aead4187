# The encoding an XML declaration names: expat's own, a single-byte codec through pyexpat's unknown-encoding
# handler (refused when markup characters would not be themselves), multi-byte codecs refused (ValueError).
import xml.etree.ElementTree as ET

def xml(encoding):
    return "<?xml version='1.0' encoding='%s'?><xml />" % encoding

def show(encoding, data):
    try:
        print(encoding, ET.tostring(ET.XML(data)))
    except Exception as e:
        print(encoding, type(e).__name__, e)

for encoding in ['ascii', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-16be', 'utf-16le', 'iso8859-1', 'iso8859-2',
                 'iso8859-7', 'iso8859-15', 'cp437', 'cp720', 'cp1006', 'cp1125', 'cp1252', 'cp1258', 'mac-roman',
                 'mac-turkish', 'iso2022-jp', 'iso2022-jp-2004', 'iso2022-jp-3', 'koi8-r', 'kz1048', 'hz', 'ptcp154',
                 'big5', 'big5hkscs', 'cp932', 'euc-jis-2004', 'euc-jisx0213', 'shift-jis-2004', 'shift-jisx0213',
                 'gb18030', 'johab', 'utf-7', 'cp037', 'cp424', 'cp500', 'cp864', 'cp875', 'cp1026', 'cp1140',
                 'utf_32', 'utf_32_be', 'utf_32_le']:
    show(encoding, xml(encoding).encode(encoding))
show('undefined', xml('undefined').encode('ascii'))
show('xxx', xml('xxx').encode('ascii'))
