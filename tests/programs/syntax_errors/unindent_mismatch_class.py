class Point:
    def __init__(self):
        self.x = 0
  def norm(self):
        return 0
