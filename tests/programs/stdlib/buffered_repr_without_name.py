# repr() of a buffered stream over a raw stream without a name (BytesIO): no name shown, no AttributeError
from io import BufferedReader, BufferedWriter, BufferedRandom, BytesIO, TextIOWrapper
for cls in (BufferedReader, BufferedWriter, BufferedRandom):
    b = cls(BytesIO(b'x'))
    print(repr(b), hasattr(b, 'name'))
print(repr(TextIOWrapper(BytesIO(b''), encoding='utf-8')))
