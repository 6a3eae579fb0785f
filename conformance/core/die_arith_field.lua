-- covers: uncaught arithmetic error on a missing field inside a method
local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:deposit(v) self.balance = self.balance + v; return self.balance end
function Account:withdraw(v)
  if v > self.balance then error("insufficient funds", 2) end
  self.balance = self.balance - v
  return self.balance
end
function Account:interest() return self.balance * self.rate end
local acc = Account.new(100)
print(acc:deposit(50))
print(acc:withdraw(30))
print(pcall(acc.withdraw, acc, 1000))
print(pcall(Account.deposit, {}, 1))
local savings = setmetatable({balance = 10, rate = 0.5}, Account)
print(savings:interest())
print(acc:deposit("5"))
print(acc:interest())
print("never printed")
