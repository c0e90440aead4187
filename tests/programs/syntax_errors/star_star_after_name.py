print(a, b **)
