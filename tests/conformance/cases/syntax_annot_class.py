class Config:
    name: str = "default"
    retries: int = 3
    debug: bool
    def __init__(self):
        self.extra: list = []
        self.count: int = 0
        self.extra.append(self.count)
c = Config()
print(c.name, c.retries, c.extra)
