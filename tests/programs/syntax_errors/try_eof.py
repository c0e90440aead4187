try:
    risky()
