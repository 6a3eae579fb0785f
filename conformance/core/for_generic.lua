-- covers: generic for with stateless iterators, stateful closures, multiple variables
local function iter(state, ctrl)
  ctrl = ctrl + 1
  if ctrl <= state.n then return ctrl, state.data[ctrl] end
end
local st = {n = 3, data = {"a", "b", "c"}}
for i, v in iter, st, 0 do print(i, v) end
-- stateless iterator over a linked list
local list = {v = 1, next = {v = 2, next = {v = 3}}}
local function nodes(head)
  return function(_, node)
    if node == nil then return head end
    return node.next
  end, nil, nil
end
for node in nodes(list) do print("node", node.v) end
-- iterator returning more values than variables and fewer
local function triple(_, i)
  if i < 2 then return i + 1, "x", "y" end
end
for a in triple, nil, 0 do print("one var", a) end
for a, b, c, d in triple, nil, 0 do print("four vars", a, b, c, d) end
-- the loop stops when the first value is nil even if others are not
local function stopper(_, i)
  if i < 3 then return i + 1, "v" end
  return nil, "ignored"
end
local c = 0
for _ in stopper, nil, 0 do c = c + 1 end
print("stopper", c)
-- false as the first value does not stop the loop
local function boolean_iter(_, i)
  i = i + 1
  if i == 1 then return i, false end
  if i <= 3 then return i, true end
end
for k, v in boolean_iter, nil, 0 do print("bool", k, v) end
-- ipairs and pairs in generic for
for i, v in ipairs({10, 20, 30}) do print("ipairs", i, v) end
local sum = 0
for _, v in pairs({a = 1, b = 2, c = 3}) do sum = sum + v end
print("pairs sum", sum)
-- modifying the control variable inside the body does not affect iteration
for i, v in ipairs({"p", "q"}) do i = 99; print("ctl", i, v) end
-- break inside generic for
for i, v in ipairs({5, 6, 7, 8}) do
  if v == 7 then break end
  print("before break", i, v)
end
-- iterators returned by a function call with extra results
local function gen() return iter, st, 1, "extra" end
for i, v in gen() do print("from 2", i, v) end
