-- covers: a tiny stack-machine interpreter with a program given as a table of instructions
local function run(code)
  local stack, pc, out = {}, 1, {}
  local function push(v) stack[#stack + 1] = v end
  local function pop() local v = stack[#stack]; stack[#stack] = nil; return v end
  local ops = {
    push = function(arg) push(arg) end,
    add = function() local b, a = pop(), pop(); push(a + b) end,
    sub = function() local b, a = pop(), pop(); push(a - b) end,
    mul = function() local b, a = pop(), pop(); push(a * b) end,
    dup = function() local v = pop(); push(v); push(v) end,
    swap = function() local b, a = pop(), pop(); push(b); push(a) end,
    over = function() local b, a = pop(), pop(); push(a); push(b); push(a) end,
    drop = function() pop() end,
    print = function() out[#out + 1] = tostring(pop()) end,
    jz = function(arg) if pop() == 0 then pc = arg - 1 end end,
    jmp = function(arg) pc = arg - 1 end,
  }
  local steps = 0
  while code[pc] do
    local ins = code[pc]
    local op = ops[ins[1]]
    if not op then error("unknown op " .. tostring(ins[1]) .. " at " .. pc, 0) end
    op(ins[2])
    pc = pc + 1
    steps = steps + 1
  end
  local s = ""
  for i = 1, #out do s = s .. out[i] .. " " end
  return s, steps
end
print(run({{"push", 2}, {"push", 3}, {"add"}, {"push", 4}, {"mul"}, {"print"}}))
-- countdown loop: prints 5..1
print(run({
  {"push", 5},
  {"dup"}, {"print"},
  {"push", 1}, {"sub"},
  {"dup"}, {"jz", 9},
  {"jmp", 2},
  {"push", "done"}, {"print"},
}))
-- sum of 1..10 with a loop (stack: acc n)
print(run({
  {"push", 0}, {"push", 10},
  {"dup"}, {"jz", 12},
  {"swap"}, {"over"}, {"add"}, {"swap"},
  {"push", -1}, {"add"},
  {"jmp", 3},
  {"drop"}, {"print"},
}))
print(pcall(run, {{"push", 1}, {"bogus"}}))
print(pcall(run, {{"add"}}))
