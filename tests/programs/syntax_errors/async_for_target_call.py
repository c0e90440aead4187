async def main():
    async for f() in x:
        pass
