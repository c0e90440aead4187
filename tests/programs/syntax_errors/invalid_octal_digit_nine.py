perm = 0o9
