def main()
    pass
