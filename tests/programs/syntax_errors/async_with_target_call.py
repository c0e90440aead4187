async def main():
    async with lock() as acquire():
        pass
