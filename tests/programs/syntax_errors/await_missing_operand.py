async def main():
    result = await
