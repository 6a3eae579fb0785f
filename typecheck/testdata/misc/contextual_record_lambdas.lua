type Hooks = {before: (name: string) -> (), after: (name: string, ok: boolean) -> number}
local h: Hooks = {
  before = function(name) print(name:upper()) end,
  after = function(name, ok)
    if ok then return #name end
    return 0
  end,
}
local bad: Hooks = {
  before = function(name) print(name + 1) end, -- expect-error: BAD_OPERAND
  after = function(name, ok) return 0 end,
}
print(h, bad)
