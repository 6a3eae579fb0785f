-- covers: an assembler that parses text with gmatch/match into opcodes,
-- encodes them with string.pack into a byte string, and a VM that decodes
-- with string.unpack; labels resolved in a second pass; output via
-- string.format; errors with positions
local OPS = {push = 1, add = 2, sub = 3, mul = 4, jz = 5, jmp = 6, dup = 7, print = 8, halt = 9, swap = 10, over = 11, dec = 12}
local NAMES = {}
for k, v in pairs(OPS) do NAMES[v] = k end

local function assemble(src)
  local code, labels, fixups = {}, {}, {}
  local pos = 1
  local lineno = 0
  for line in (src .. "\n"):gmatch("(.-)\n") do
    lineno = lineno + 1
    line = line:gsub(";.*", ""):match("^%s*(.-)%s*$")
    local label = line:match("^([%a_][%w_]*):$")
    if label then
      labels[label] = pos
    elseif line ~= "" then
      local op, arg = line:match("^(%a+)%s*(%S*)$")
      local code_op = op and OPS[op]
      if not code_op then error(string.format("line %d: unknown instruction %q", lineno, line), 0) end
      if op == "push" then
        local n = math.tointeger(tonumber(arg))
        if not n then error(string.format("line %d: bad operand %q", lineno, arg), 0) end
        code[#code + 1] = string.pack("<Bi4", code_op, n)
        pos = pos + 5
      elseif op == "jz" or op == "jmp" then
        code[#code + 1] = false
        fixups[#fixups + 1] = {index = #code, op = code_op, label = arg, line = lineno}
        pos = pos + 3
      else
        code[#code + 1] = string.pack("B", code_op)
        pos = pos + 1
      end
    end
  end
  for _, fx in ipairs(fixups) do
    local target = labels[fx.label]
    if not target then error(string.format("line %d: undefined label %q", fx.line, fx.label), 0) end
    code[fx.index] = string.pack("<BI2", fx.op, target)
  end
  return table.concat(code)
end

local function run(bytes, limit)
  local stack, out, pc, steps = {}, {}, 1, 0
  while true do
    steps = steps + 1
    if steps > limit then return out, "step limit" end
    local op = string.unpack("B", bytes, pc)
    local name = NAMES[op]
    if name == "push" then stack[#stack + 1] = string.unpack("<i4", bytes, pc + 1); pc = pc + 5
    elseif name == "jz" or name == "jmp" then
      local target = string.unpack("<I2", bytes, pc + 1)
      if name == "jmp" or table.remove(stack) == 0 then pc = target else pc = pc + 3 end
    else
      pc = pc + 1
      if name == "halt" then return out, "halt" end
      if name == "add" then local b = table.remove(stack); stack[#stack] = stack[#stack] + b
      elseif name == "sub" then local b = table.remove(stack); stack[#stack] = stack[#stack] - b
      elseif name == "mul" then local b = table.remove(stack); stack[#stack] = stack[#stack] * b
      elseif name == "dup" then stack[#stack + 1] = stack[#stack]
      elseif name == "dec" then stack[#stack] = stack[#stack] - 1
      elseif name == "swap" then stack[#stack], stack[#stack - 1] = stack[#stack - 1], stack[#stack]
      elseif name == "over" then stack[#stack + 1] = stack[#stack - 1]
      elseif name == "print" then out[#out + 1] = tostring(stack[#stack]) end
    end
  end
end

-- factorial of 10 with a loop: acc n
local program = [[
  push 1      ; acc
  push 10     ; n
loop:
  dup
  jz done
  dup         ; acc n n
  swap        ; acc n n -> acc n n (no-op pattern kept simple)
  over        ; acc n n n
  mul         ; acc n n*n (exercise mul)
  print
  swap
  dec
  dup
  jz done
  jmp loop
done:
  halt
]]
local bytes = assemble(program)
print(#bytes, (bytes:gsub(".", function(c) return string.format("%02x", c:byte()) end)))
local out, why = run(bytes, 1000)
print(why, #out, table.concat(out, " "))
out, why = run(assemble("top:\npush -2147483648\nprint\njmp top"), 7)
print(why, table.concat(out, ","))
for _, bad in ipairs{"push x", "frob", "jmp nowhere", "push 1.5", "push 3000000000"} do
  print(pcall(assemble, bad))
end
