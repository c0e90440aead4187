try:
    pass
except Exception as self.error:
    pass
