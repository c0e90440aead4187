# with/async with on objects whose __enter__/__exit__ are descriptors other than functions (MagicMock's MagicProxy)
from unittest.mock import MagicMock, AsyncMock, mock_open, patch
import asyncio
m = MagicMock()
with m as x:
    print(x is m.__enter__.return_value)
print(m.__enter__.called, m.__exit__.call_args)
with patch('builtins.open', mock_open(read_data='hello')) as mo:
    with open('nofile') as f:
        print(f.read())
    print(mo.call_args)
class Desc:
    def __init__(self, name): self.name = name
    def __get__(self, obj, typ=None):
        print('get', self.name)
        return lambda *a: print('call', self.name, len(a)) or obj
class CM:
    __enter__ = Desc('enter')
    __exit__ = Desc('exit')
    __aenter__ = Desc('aenter')
    __aexit__ = Desc('aexit')
with CM():
    print('body')
async def main():
    am = MagicMock()
    async with am as v:
        print('async body', v is am.__aenter__.return_value)
    print(am.__aexit__.await_count)
asyncio.run(main())
