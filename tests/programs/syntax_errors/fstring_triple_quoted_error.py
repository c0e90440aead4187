report = f"""
Name: {name}
Total: {}
"""
