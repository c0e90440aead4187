# "The above exception was the direct cause of the following exception"
class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"invalid port in {cfg!r}") from e
configs = [
    {"port": "8080"},
    {"port": "443"},
    {"port": "eighty"},
]
for cfg in configs:
    port = read_port(cfg)
    print("port", port)
    print("ok")
print("done")
def unused():
    pass
def also_unused():
    pass
