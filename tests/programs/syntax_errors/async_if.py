async def main():
    async if ready:
        pass
