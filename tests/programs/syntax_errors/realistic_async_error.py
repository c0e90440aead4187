import asyncio

async def worker(queue):
    while True:
        item = await queue.get()
        await = process(item)
