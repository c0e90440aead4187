# iterparse and XMLPullParser events, with data fed in small pieces.
import xml.etree.ElementTree as ET
import io

doc = b'<root xmlns:p="urn:p"><p:a k="v">one</p:a><b>two<c/>three</b><!--x--></root>'
for event, elem in ET.iterparse(io.BytesIO(doc), events=('start', 'end', 'start-ns', 'end-ns', 'comment')):
    if event in ('start', 'end'):
        print(event, elem.tag, elem.text)
    elif event == 'comment':
        print(event, elem.text)
    else:
        print(event, elem)

pp = ET.XMLPullParser(events=('start', 'end'))
for i in range(0, len(doc), 3):
    pp.feed(doc[i:i + 3])
    for ev, el in pp.read_events():
        print(i, ev, el.tag)
pp.close()
print(list(pp.read_events()))
# incremental feed of a str
pp = ET.XMLPullParser()
for ch in '<a>h\u00e9llo<b/></a>':
    pp.feed(ch)
root = pp.close()
print(root.text, [c.tag for c in root])
