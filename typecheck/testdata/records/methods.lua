type Account = {balance: number, deposit: (self: Account, amount: number) -> ()}
local acc: Account = {
  balance = 0,
  deposit = function(self, amount)
    self.balance = self.balance + amount
  end,
}
acc:deposit(10)
acc:deposit("ten") -- expect-error: TYPE_MISMATCH
acc:withdraw(1) -- expect-error: UNDEFINED_FIELD
print(acc.balance)
