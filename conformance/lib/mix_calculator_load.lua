-- covers: a calculator that validates expressions with patterns, rewrites
-- functions via gsub, compiles them with load in a restricted env, and
-- compares with a hand-written shunting-yard evaluator; load error messages
local env = {sqrt = math.sqrt, abs = math.abs, max = math.max, min = math.min, floor = math.floor,
  pi = math.pi, int = math.tointeger}

local function compile(expr)
  if expr:find("[^%w%s%.%+%-%*/%%%^%(%),]") then return nil, "illegal character" end
  for name in expr:gmatch("%a[%w_]*") do
    if env[name] == nil then return nil, "unknown name '" .. name .. "'" end
  end
  local f, err = load("return " .. expr, "=expr", "t", env)
  if not f then return nil, err end
  return f
end

local function calc(expr)
  local f, err = compile(expr)
  if not f then return "error: " .. err end
  local ok, v = pcall(f)
  if not ok then return "runtime: " .. v end
  return string.format("%s (%s)", tostring(v), math.type(v) or type(v))
end

local exprs = {"1 + 2 * 3", "(1 + 2) * 3", "7 // 2", "7 / 2", "-7 // 2", "7 % -3", "2 ^ 10",
  "sqrt(16) + abs(-3)", "max(1, 9, 4) - min(3, 2)", "floor(pi * 100)", "int(3.0)",
  "1e308 * 10", "0x10 + 1", "10 // 0.0", "1 +", "os.exit()", "a = 1", "2 $ 3", "int(2.5)", "1 // 0"}
for _, e in ipairs(exprs) do
  print(string.format("%-26s => %s", e, calc(e)))
end

-- independent evaluator: tokens via gmatch, precedence climbing
local prec = {["+"] = 1, ["-"] = 1, ["*"] = 2, ["/"] = 2, ["%"] = 2, ["^"] = 4}
local right = {["^"] = true}
local function eval(expr)
  local toks = {}
  for num, op in expr:gmatch("%s*(%d*%.?%d+)%s*([%+%-%*/%%%^%(%)]?)") do
    toks[#toks + 1] = tonumber(num)
    if op ~= "" then toks[#toks + 1] = op end
  end
  local i = 1
  local parse
  local function primary()
    local t = toks[i]; i = i + 1
    if t == "(" then
      local v = parse(0); i = i + 1
      return v
    end
    return t
  end
  function parse(minp)
    local lhs = primary()
    while true do
      local op = toks[i]
      local p = prec[op]
      if not p or p < minp then break end
      i = i + 1
      local rhs = parse(right[op] and p or p + 1)
      if op == "+" then lhs = lhs + rhs elseif op == "-" then lhs = lhs - rhs
      elseif op == "*" then lhs = lhs * rhs elseif op == "/" then lhs = lhs / rhs
      elseif op == "%" then lhs = lhs % rhs else lhs = lhs ^ rhs end
    end
    return lhs
  end
  return parse(1)
end
for _, e in ipairs{"1+2*3", "2^3^2", "100/8/2", "17%5*2", "1.5*4", "2*3+4*5-6", "10-4-3"} do
  local mine = eval(e)
  local ref = load("return " .. e)()
  print(e, mine, ref, mine == ref, math.type(mine) == math.type(ref))
end
-- load with a chunk name and syntax errors
print(load("return +", "=calc"))
print(load("x =", "@calc.lua"))
print(load("return 1", "calc", "b"))
print(pcall(load("return x.y", "=calc", "t", {})))
