async def main():
    async while True:
        pass
