type Scores = {alice: number, bob: number}
local s: Scores = {alice = 1, bob = 2}
local total = 0
for name, v in pairs(s) do
  total = total + v
  print(name:upper())
end
local m: {[string]: number} = s
print(total, m)
