config.None = 1
