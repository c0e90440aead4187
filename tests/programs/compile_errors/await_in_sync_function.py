def main():
    await job()
