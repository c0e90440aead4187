print(f"{'abc}")
