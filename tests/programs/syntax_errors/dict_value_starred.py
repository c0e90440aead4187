options = {"paths": *extra}
