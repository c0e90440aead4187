async def main(lock):
    async with lock:
    print("locked")
