doc = """
line one
bad \x9 escape
"""
