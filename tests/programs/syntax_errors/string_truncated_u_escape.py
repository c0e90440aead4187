s = "caf\u00e"
