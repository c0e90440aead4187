print(f"total: {   }")
