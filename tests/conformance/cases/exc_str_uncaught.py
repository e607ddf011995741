class Pretty(Exception):
    def __str__(self):
        return "custom message"
print("before")
raise Pretty("ignored")
