opts = {}
open(**opts, "r")
