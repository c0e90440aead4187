import os

def read_config(path):
    with open(path) as fh:
        return fh.read()

def main():
    config = read_config("app.cfg")
    for line in config.splitlines():
        key, value = line.split("=")
        if key = "debug":
            print(value)

main()
