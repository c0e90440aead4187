connect(self.host=host)
