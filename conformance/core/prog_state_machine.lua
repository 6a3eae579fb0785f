-- covers: a table-driven state machine and a goto-based one over token arrays
local transitions = {
  idle = {coin = "ready", push = "idle"},
  ready = {coin = "ready", push = "idle", refund = "idle"},
}
local function run(events)
  local state, log = "idle", {}
  for i = 1, #events do
    local nxt = transitions[state][events[i]]
    if nxt == nil then log[#log + 1] = "bad:" .. events[i] else state = nxt; log[#log + 1] = state end
  end
  local s = ""
  for i = 1, #log do s = s .. log[i] .. " " end
  return s
end
print(run({"coin", "push", "push", "coin", "coin", "refund", "kick"}))
-- number recogniser over a character array, implemented with goto
local function isnumber(chars)
  local i = 1
  local function c() return chars[i] end
  local function digit() local ch = c() return ch ~= nil and ch >= "0" and ch <= "9" end
  if c() == "-" then i = i + 1 end
  if not digit() then goto reject end
  ::intpart::
  i = i + 1
  if digit() then goto intpart end
  if c() == "." then
    i = i + 1
    if not digit() then goto reject end
    ::frac::
    i = i + 1
    if digit() then goto frac end
  end
  if c() ~= nil then goto reject end
  do return true end
  ::reject::
  return false
end
local samples = {
  {"1", "2", "3"}, {"-", "4"}, {"3", ".", "1", "4"}, {"."}, {"1", "."}, {"-"}, {"1", "a"}, {},
}
for i = 1, #samples do
  local s = ""
  for j = 1, #samples[i] do s = s .. samples[i][j] end
  print("[" .. s .. "]", isnumber(samples[i]))
end
