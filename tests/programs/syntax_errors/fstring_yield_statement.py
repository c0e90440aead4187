print(f"{import os}")
