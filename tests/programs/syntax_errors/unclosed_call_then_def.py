print("start"
def main():
    pass
