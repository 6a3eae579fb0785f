type Stack = {items: {number}, push: (self: Stack, v: number) -> (), pop: (self: Stack) -> number?}
local S: Stack = {items = {}} :: Stack
function S:push(v)
  table.insert(self.items, v)
end
function S:pop()
  return table.remove(self.items)
end
function S:peek() -- expect-error: UNDEFINED_FIELD
  return self.items[#self.items]
end
S:push(1)
local top: number? = S:pop()
print(top)
