async def main(x):
    del await x
