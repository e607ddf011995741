class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
    @property
    def balance(self):
        """Current balance."""
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @balance.deleter
    def balance(self):
        self._balance = 0
a = Account("ann")
a.balance = 50
print(a.balance, Account.balance.__doc__)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(a.balance)
try:
    a.owner_missing
except AttributeError as e:
    print("AttributeError:", e)
